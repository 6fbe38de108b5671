/**
 * The desk's spam triage: the queue re-scored in the background after every change of decisions, the "Likely spam"
 * view, the bulk "mark likely spam as spam" with its count first, and the Spam rules window (WordPress's discussion
 * rules, edited, dry-run against past decisions, and saved).
 */
package dev.moddesk.ui.triage;
