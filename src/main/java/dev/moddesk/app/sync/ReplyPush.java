package dev.moddesk.app.sync;

import dev.moddesk.core.ChangeKind;
import dev.moddesk.core.Comment;
import dev.moddesk.formats.FieldNormaliser;
import dev.moddesk.formats.RestComment;
import dev.moddesk.site.SiteException;
import dev.moddesk.site.SiteHttpException;
import dev.moddesk.site.WordPressClient;
import dev.moddesk.store.OutboxStore;
import java.util.List;
import java.util.Optional;

/**
 * A reply to the site: {@code POST /wp/v2/comments} with {@code post}, {@code parent} and {@code content}, as the
 * verified user. Never twice: a push that created the reply may die before it records the site's id, so every
 * reply push first looks for the user's comment with that content under that parent and, when the site has it,
 * takes its id instead of posting again (WordPress's own duplicate check, 409 {@code comment_duplicate}, would
 * catch most repeats, but a site may switch it off). A reply to a reply not on the site yet waits for it.
 */
final class ReplyPush implements ChangePush {
    static final ReplyPush INSTANCE = new ReplyPush();

    private ReplyPush() {
    }

    @Override
    public PlannedPush plan(OutboxStore.Entry e) {
        return new PlannedPush(e.remoteId(), ChangeKind.REPLY, null, null, "POST /wp/v2/comments post=" + e.postId()
                + " parent=" + e.parentId() + " content", e.attempts(), e.lastError());
    }

    @Override
    public Confirmed send(WordPressClient client, OutboxStore.Entry e) {
        if (e.parentId() < 0) {
            throw new SiteException("reply " + e.remoteId() + " waits for the reply it answers to be on the site");
        }
        Optional<RestComment> there = existing(client, e);
        RestComment created;
        if (there.isPresent()) {
            created = there.get();
        } else {
            try {
                created = client.reply(e.postId(), e.parentId(), e.text().content());
            } catch (SiteHttpException x) {
                if (x.status() != 409) {
                    throw x;
                }
                created = existing(client, e).orElseThrow(() -> x);
            }
        }
        Comment site = SiteComments.read(created);
        return new Created() {
            @Override
            public long siteId() {
                return site.remoteId();
            }

            @Override
            public void record(OutboxStore outbox) {
                outbox.confirmReply(e, site);
            }
        };
    }

    /**
     * The user's comment under the parent with the reply's content, if the site has one: the same text, or, when
     * none is, the same visible text (a site may filter tags out of what it stores, as WordPress's kses does for a
     * user without {@code unfiltered_html}; WordPress refuses such a duplicate as well).
     */
    private static Optional<RestComment> existing(WordPressClient client, OutboxStore.Entry e) {
        String content = FieldNormaliser.content(e.text().content()).strip();
        List<RestComment> mine = client.repliesByMe(e.postId(), e.parentId()).stream()
                .filter(c -> c.content() != null).toList();
        Optional<RestComment> same = mine.stream()
                .filter(c -> FieldNormaliser.content(c.content()).strip().equals(content)).findFirst();
        if (same.isPresent()) {
            return same;
        }
        String visible = FieldNormaliser.visibleText(content);
        return mine.stream().filter(c -> FieldNormaliser.visibleText(c.content()).equals(visible)).findFirst();
    }
}
