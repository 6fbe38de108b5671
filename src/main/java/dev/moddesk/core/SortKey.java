package dev.moddesk.core;

/** What the desk's queue can be ordered by (always with the row id as the tie-breaker). */
public enum SortKey {
    DATE, AUTHOR, POST, SCORE
}
