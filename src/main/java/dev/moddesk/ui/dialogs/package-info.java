/** Every question, message and file chooser the desk puts to the user, behind one interface that tests answer. */
package dev.moddesk.ui.dialogs;
