package dev.moddesk.store;

/** What merging one incoming comment did to the store (DESIGN.md §3). */
public enum MergeOutcome {
    INSERTED, UPDATED, UNCHANGED, CONFLICT
}
