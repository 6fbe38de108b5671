/** Importing from the desk: the file chooser, drag and drop, the demo, progress, Cancel and the summary. */
package dev.moddesk.ui.importing;
