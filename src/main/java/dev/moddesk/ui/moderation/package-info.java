/**
 * Deciding from the desk: the comment under the cursor or the checked ones, bulk with a question first when
 * destructive, undo and redo, conflicts, and the "waiting" state while another write holds the database.
 */
package dev.moddesk.ui.moderation;
