package dev.moddesk.app.sync;

import dev.moddesk.core.ChangeKind;
import dev.moddesk.core.CommentText;
import dev.moddesk.core.EditRule;
import dev.moddesk.site.SiteHttpException;
import dev.moddesk.site.WordPressClient;
import dev.moddesk.store.OutboxStore;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An edit to the site: the comment is read first and {@link EditRule} judges it against the text the edit was
 * made from. Still that text: {@code POST /wp/v2/comments/{id}} with the fields the edit changes ({@code content},
 * {@code author_name}, {@code author_email}, {@code author_url}) and the commenter's IP and user agent; the site
 * already shows the edit: done; the site's content changed: held back as a conflict, nothing sent.
 */
final class EditPush implements ChangePush {
    static final EditPush INSTANCE = new EditPush();

    private EditPush() {
    }

    @Override
    public PlannedPush plan(OutboxStore.Entry e) {
        return new PlannedPush(e.remoteId(), ChangeKind.EDIT, null, null, "POST /wp/v2/comments/" + e.remoteId()
                + " " + String.join(",", fields(e.from(), e.text()).keySet()), e.attempts(), e.lastError());
    }

    @Override
    public Confirmed send(WordPressClient client, OutboxStore.Entry e) {
        CommentText site = SiteComments.text(SiteComments.read(client.comment(e.remoteId()).orElseThrow(() ->
                new SiteHttpException(404, "rest_comment_invalid_id", "comment " + e.remoteId() + " is not on the site"))));
        return switch (EditRule.onSite(e.from(), e.text(), site)) {
            case DONE -> outbox -> outbox.confirmEdit(e, site);
            case CONFLICT -> (HeldBack) outbox -> outbox.editConflict(e, site);
            case STANDS -> {
                CommentText now = SiteComments.text(SiteComments.read(
                        client.edit(e.remoteId(), fields(site, e.text()), e.authorIp(), e.authorAgent())));
                yield outbox -> outbox.confirmEdit(e, now);
            }
        };
    }

    /** The REST fields of {@code to} that differ from {@code from}: only what the moderator changed is sent. */
    private static Map<String, String> fields(CommentText from, CommentText to) {
        Map<String, String> out = new LinkedHashMap<>();
        put(out, "content", from.content(), to.content());
        put(out, "author_name", from.author(), to.author());
        put(out, "author_email", from.email(), to.email());
        put(out, "author_url", from.url(), to.url());
        return out;
    }

    private static void put(Map<String, String> out, String field, String was, String now) {
        if (!was.equals(now)) {
            out.put(field, now);
        }
    }
}
