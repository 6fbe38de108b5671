/**
 * Spam triage as a service: learns from the decisions in the database and scores the pending comments with their
 * reasons (the pure work is in {@link dev.moddesk.triage}), measures the model honestly, keeps the discussion rules
 * and tries them on past decisions, and turns what the site's own filters said (imported comment meta) into
 * evidence.
 */
package dev.moddesk.app.triage;
