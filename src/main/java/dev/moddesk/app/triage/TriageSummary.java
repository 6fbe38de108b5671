package dev.moddesk.app.triage;

/**
 * What one triage run did: how many pending comments it scored, how many of them score as likely spam, how many
 * decisions it learned from, and how many comments auto-spam marked spam (0 while it is off).
 */
public record TriageSummary(long scored, long likelySpam, int learnedFrom, long autoSpammed, double seconds) {
}
