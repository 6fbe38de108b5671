package dev.moddesk.app.triage;

/** What one triage run did: how many pending comments it scored, how many of them score as likely spam. */
public record TriageSummary(long scored, long likelySpam, int learnedFrom, double seconds) {
}
