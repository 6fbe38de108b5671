/** The status bar: database, counts, outbox, last import and sync, progress, and what decisions wait for. */
package dev.moddesk.ui.status;
