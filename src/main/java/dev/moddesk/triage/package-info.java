/**
 * Spam triage: turns a comment and what is known about its author into a {@link dev.moddesk.core.Verdict} (a score
 * 0..1 and the reasons in a moderator's words), with WordPress's discussion rules, address checks (Apache Commons
 * Validator), near-duplicates of known spam and a linear model trained on the moderator's decisions. Pure Java over
 * the core: it never reads the database or the network, so the services hand it what it scores.
 */
package dev.moddesk.triage;
