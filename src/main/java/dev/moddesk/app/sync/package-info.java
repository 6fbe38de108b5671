/**
 * Two-way sync with a WordPress site over REST (DESIGN.md section 3): a pull merges like an import, a push sends
 * the outbox oldest first; and the saved sites with their credentials (never in the database).
 */
package dev.moddesk.app.sync;
