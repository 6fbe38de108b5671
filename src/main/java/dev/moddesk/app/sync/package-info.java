/**
 * Two-way sync with a WordPress site over REST (the sync rules in the README): a pull merges like an import, a
 * push sends the outbox oldest first; and the saved sites with their credentials (never in the database).
 */
package dev.moddesk.app.sync;
