/**
 * The desk's spam triage: the queue re-scored in the background after every change of decisions, the "Likely spam"
 * view, and the bulk "mark likely spam as spam" with its count first.
 */
package dev.moddesk.ui.triage;
