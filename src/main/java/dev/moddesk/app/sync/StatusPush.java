package dev.moddesk.app.sync;

import dev.moddesk.core.ChangeKind;
import dev.moddesk.core.Status;
import dev.moddesk.formats.RestComment;
import dev.moddesk.site.SiteException;
import dev.moddesk.site.SiteHttpException;
import dev.moddesk.site.WordPressClient;
import dev.moddesk.store.OutboxStore;

/**
 * A moderator's decision to the site: {@code POST /wp/v2/comments/{id}} with the new status (and the commenter's
 * IP and user agent, which WordPress 6.1 would overwrite otherwise), or {@code DELETE ?force=true} for a
 * permanent delete. Done only when the site shows the status asked for; a delete of a comment the site no longer
 * has is done too.
 */
final class StatusPush implements ChangePush {
    static final StatusPush INSTANCE = new StatusPush();

    private StatusPush() {
    }

    @Override
    public PlannedPush plan(OutboxStore.Entry e) {
        String request = e.target() == Status.DELETED
                ? "DELETE /wp/v2/comments/" + e.remoteId() + "?force=true"
                : "POST /wp/v2/comments/" + e.remoteId() + " status="
                        + e.target().restValue().orElse(e.target().word());
        return new PlannedPush(e.remoteId(), ChangeKind.STATUS, e.siteStatus().word(), e.target().word(), request,
                e.attempts(), e.lastError());
    }

    @Override
    public Confirmed send(WordPressClient client, OutboxStore.Entry e) {
        if (e.target() == Status.DELETED) {
            try {
                client.deletePermanently(e.remoteId());
            } catch (SiteHttpException x) {
                if (!x.notFound()) {
                    throw x;
                }
                // already gone: a permanent delete is done either way
            }
            return outbox -> outbox.confirmStatus(e, Status.DELETED);
        }
        String rest = e.target().restValue().orElseThrow(() ->
                new SiteException("status " + e.target().word() + " cannot be pushed"));
        RestComment now = client.setStatus(e.remoteId(), rest, e.authorIp(), e.authorAgent());
        if (Status.fromSite(now.status()).filter(s -> s == e.target()).isEmpty()) {
            throw new SiteException("the site shows comment " + e.remoteId() + " as '" + now.status()
                    + "' after setting it to " + rest);
        }
        return outbox -> outbox.confirmStatus(e, e.target());
    }
}
