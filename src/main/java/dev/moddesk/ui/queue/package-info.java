/**
 * The queue: the table over pages read from SQLite (never the whole view in memory), the cursor, the checked
 * rows, the status views and their counts.
 */
package dev.moddesk.ui.queue;
