/** Sync in the desk: the Sites dialog, Sync now with progress and Cancel, automatic sync, and their messages. */
package dev.moddesk.ui.sync;
