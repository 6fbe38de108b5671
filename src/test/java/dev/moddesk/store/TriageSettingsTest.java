package dev.moddesk.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moddesk.triage.DiscussionRules;
import dev.moddesk.triage.MatchMode;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The discussion rules as one JSON document under WordPress's option names, in a real SQLite file. */
class TriageSettingsTest {
    @TempDir
    Path dir;

    @Test
    void savedUnderWordPresssNamesAndReadBack() throws Exception {
        try (Database db = Database.open(dir.resolve("s.db"))) {
            TriageSettings settings = new TriageSettings(db);
            assertEquals(Optional.empty(), settings.discussionRules());
            DiscussionRules rules = new DiscussionRules("a\nb", "\"quoted\" ü", 0, false, true, MatchMode.REGEX);
            settings.saveDiscussionRules(rules);
            settings.saveDiscussionRules(rules); // one row per key, replaced
            assertEquals(Optional.of(rules), settings.discussionRules());
            try (PreparedStatement ps = db.writer().prepareStatement("SELECT count(*), json_extract(value, "
                    + "'$.comment_max_links'), json_extract(value, '$.match_mode') FROM triage_settings");
                 ResultSet rs = ps.executeQuery()) {
                rs.next();
                assertEquals(1, rs.getInt(1));
                assertEquals(0, rs.getInt(2));
                assertEquals("regex", rs.getString(3));
            }
        }
    }

    @Test
    void aDocumentMissingFieldsTakesWordPresssDefaults() throws Exception {
        try (Database db = Database.open(dir.resolve("s.db"))) {
            try (PreparedStatement ps = db.writer().prepareStatement("INSERT INTO triage_settings VALUES (?, ?)")) {
                ps.setString(1, TriageSettings.DISCUSSION_RULES);
                ps.setString(2, "{\"moderation_keys\":\"casino\"}");
                ps.executeUpdate();
            }
            DiscussionRules read = new TriageSettings(db).discussionRules().orElseThrow();
            assertEquals("casino", read.moderationKeys());
            assertEquals(2, read.maxLinks());
            assertTrue(read.previouslyApproved());
            assertEquals(MatchMode.WORDPRESS, read.matchMode());
        }
    }
}
