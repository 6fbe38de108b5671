/**
 * Spam triage as a service: learns from the decisions in the database, scores the pending comments with their
 * reasons (the pure work is in {@link dev.moddesk.triage}), and measures the model honestly.
 */
package dev.moddesk.app.triage;
