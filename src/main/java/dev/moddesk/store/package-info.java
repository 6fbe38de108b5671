/**
 * The SQLite store: all SQL lives here. The schema and its numbered migrations, queries for the queue, counts,
 * reports and exports, the import writer, and persistence of decisions, the outbox and the append-only audit
 * log. It persists; it does not decide (the decision rule is in {@code core}). Uses {@code core} only.
 */
package dev.moddesk.store;
