package dev.moddesk.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.moddesk.app.moderation.Moderation;
import dev.moddesk.app.sync.SyncSummary;
import dev.moddesk.core.Resolution;
import dev.moddesk.store.StoreProbe;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Edits and replies against a real WordPress 6.1 (src/test/wordpress/wp-test-site.sh, the deterministic corpus,
 * re-seeded before each test), read back through the site's own REST API: an edit and a reply pushed, an edit the
 * site changed meanwhile held as a conflict, a reply pushed once only across two syncs.
 */
class EditAndReplyIT extends WordPressSiteBase {
    private static final ObjectMapper JSON = new ObjectMapper();

    private Moderation m;

    @BeforeEach
    void pulled() {
        m = new Moderation(db, () -> "it");
        sync(true, false);
    }

    private JsonNode comment(long id) {
        return json(site.rest("GET", "/comments/" + id + "?context=edit", null).body());
    }

    /** The comments under {@code parent}, in every status, as the site lists them. */
    private List<JsonNode> repliesTo(long parent) {
        List<JsonNode> out = new ArrayList<>();
        json(site.rest("GET", "/comments?context=edit&status=any&per_page=100&parent=" + parent, null).body())
                .forEach(out::add);
        return out;
    }

    private static JsonNode json(String body) {
        try {
            return JSON.readTree(body);
        } catch (Exception e) {
            throw new IllegalStateException("not JSON: " + body, e);
        }
    }

    private long row(long remoteId) {
        return StoreProbe.rowId(file, remoteId);
    }

    @Test
    void anEditAndAReplyArePushedAndTheSiteShowsThem() {
        // comment 6: pending, 25 spam links. Strip them, rename the author, reply: the reply approves it. (Tags kses
        // allows in a visitor's comment only: WordPress filters an edit by the commenter's capabilities.)
        String ip = comment(6).path("author_ip").asText();
        m.edit(row(6), "Links removed by the <strong>moderator</strong>.", "Reformed Author", null, null);
        long local = m.reply(row(6), "<p>Please keep it on topic.</p>");
        SyncSummary s = sync(true, true);
        assertEquals(0, s.failed(), s.toString());
        assertEquals(3, s.pushed(), "the edit, the approval, the reply");

        JsonNode six = comment(6);
        assertEquals("Links removed by the <strong>moderator</strong>.", six.path("content").path("raw").asText());
        assertEquals("Reformed Author", six.path("author_name").asText());
        assertEquals("approved", six.path("status").asText());
        assertEquals(ip, six.path("author_ip").asText(), "the commenter's IP is not replaced by ours");
        List<JsonNode> replies = repliesTo(6);
        assertEquals(1, replies.size(), replies.toString());
        JsonNode reply = replies.get(0);
        assertEquals("<p>Please keep it on topic.</p>", reply.path("content").path("raw").asText());
        assertEquals(1, reply.path("author").asLong(), "by the site's user (admin)");
        assertEquals(1, reply.path("post").asLong());
        long siteId = reply.path("id").asLong();
        assertEquals(0, StoreProbe.number(file, "SELECT count(*) FROM comments WHERE remote_id = ?", local));
        assertEquals("approved", StoreProbe.status(file, siteId), "the local reply took the site's id");
        assertEquals(0, StoreProbe.outbox(file));

        SyncSummary again = sync(true, true);
        assertEquals(0, again.updated(), "the site's text is what we hold: " + again);
        assertEquals(0, again.inserted(), "the reply is not pulled in as a second comment");
    }

    @Test
    void anEditWhoseCommentTheSiteEditedMeanwhileIsHeldAsAConflict() {
        m.edit(row(7), "<p>My cleaner version.</p>", null, null, null);
        assertEquals(200, site.rest("POST", "/comments/7", "{\"content\":\"Edited on the <em>site</em>.\"}").statusCode());

        SyncSummary pushOnly = sync(false, true);
        assertEquals(0, pushOnly.pushed(), "held back at push time: " + pushOnly);
        assertEquals("Edited on the <em>site</em>.", comment(7).path("content").path("raw").asText());
        assertEquals(1, StoreProbe.number(file, "SELECT conflict FROM comments WHERE remote_id = 7"));

        SyncSummary both = sync(true, true);
        assertEquals(0, both.pushed());
        assertEquals("Edited on the <em>site</em>.", comment(7).path("content").path("raw").asText(),
                "the site's edit is not overwritten");
        assertEquals(List.of("<p>My cleaner version.</p>|Edited on the <em>site</em>."), StoreProbe.strings(file,
                "SELECT c.content || '|' || json_extract(o.payload, '$.site.content') FROM comments c JOIN outbox o "
                        + "ON o.comment_id = c.id WHERE c.remote_id = 7"), "both texts kept");

        m.resolve(List.of(row(7)), Resolution.KEEP_MINE);
        assertEquals(1, sync(true, true).pushed());
        assertEquals("My cleaner version.", comment(7).path("content").path("raw").asText(),
                "kses takes the <p> off a visitor's comment, as WordPress does");
        assertEquals(List.of("My cleaner version.|0"), StoreProbe.strings(file, "SELECT content || '|' || conflict "
                + "FROM comments WHERE remote_id = 7"), "the comment took the site's text");
    }

    @Test
    void aReplyIsPushedOnceOnlyAcrossTwoSyncs_evenWhenTheFirstPushsAnswerWasLost() {
        m.reply(row(3), "<p>Thank you for writing.</p>");
        m.reply(row(7), "<p>Answered before.</p>");
        // what a push that died between the POST and recording the id leaves: the site has the second reply
        assertEquals(201, site.rest("POST", "/comments", "{\"post\":1,\"parent\":7,\"content\":\"<p>Answered before.</p>\"}")
                .statusCode());

        SyncSummary first = sync(false, true);
        assertEquals(0, first.failed(), first.toString());
        SyncSummary second = sync(true, true);
        assertEquals(0, second.pushed(), second.toString());
        assertEquals(1, repliesTo(3).stream().filter(r -> r.path("author").asLong() == 1).count(), "one reply under 3");
        assertEquals(1, repliesTo(7).stream().filter(r -> r.path("author").asLong() == 1).count(), "one reply under 7");
        assertEquals(0, StoreProbe.number(file, "SELECT count(*) FROM comments WHERE remote_id < 0"));
        assertEquals(0, StoreProbe.outbox(file));
    }
}
