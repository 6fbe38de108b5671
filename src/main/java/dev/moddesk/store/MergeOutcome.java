package dev.moddesk.store;

/** What merging one incoming comment did to the store (the sync rules in the README). */
public enum MergeOutcome {
    INSERTED, UPDATED, UNCHANGED, CONFLICT
}
