package dev.moddesk.app.sync;

import dev.moddesk.core.ChangeKind;
import dev.moddesk.site.SiteException;
import dev.moddesk.site.WordPressClient;
import dev.moddesk.store.OutboxStore;

/**
 * Entries of a kind this ModDesk has no push for yet: each push fails them with a clear error, so that they stay
 * queued (with their comment's later entries) for a ModDesk that can send them.
 */
final class NotPushable implements ChangePush {
    private final ChangeKind kind;

    NotPushable(ChangeKind kind) {
        this.kind = kind;
    }

    @Override
    public PlannedPush plan(OutboxStore.Entry e) {
        return new PlannedPush(e.remoteId(), kind, null, null, "none: " + why(), e.attempts(), e.lastError());
    }

    @Override
    public Confirmed send(WordPressClient client, OutboxStore.Entry e) {
        throw new SiteException("comment " + e.remoteId() + ": " + why());
    }

    private String why() {
        return "this version of ModDesk cannot push " + kind.word() + " changes; they stay queued";
    }
}
