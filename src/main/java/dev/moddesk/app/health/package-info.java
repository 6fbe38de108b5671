/**
 * The database's health: {@link dev.moddesk.app.health.Doctor} checks a file without changing it (integrity, schema,
 * search index, counts, outbox, leftovers) and does the safe repairs; {@link dev.moddesk.app.health.Backups} makes
 * consistent copies, by hand and automatically before risky work; {@link dev.moddesk.app.health.Restore} puts one in
 * place. These work on a database file by its path, so that a damaged database, which cannot be opened as a
 * {@code Workspace}, can still be checked and restored. Uses {@code core}, {@code store} and {@code app.export}'s
 * atomic file writing.
 */
package dev.moddesk.app.health;
