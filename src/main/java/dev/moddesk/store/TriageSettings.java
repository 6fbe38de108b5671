package dev.moddesk.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.moddesk.triage.DiscussionRules;
import dev.moddesk.triage.MatchMode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Optional;

/**
 * The triage's settings in {@code triage_settings}, one JSON document per key. The discussion rules keep
 * WordPress's option names, so a reader of the database recognises them.
 */
public final class TriageSettings {
    static final String DISCUSSION_RULES = "discussion_rules";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Database db;

    public TriageSettings(Database db) {
        this.db = db;
    }

    /** The saved rules; empty when none were saved. A field missing from the document takes WordPress's default. */
    public Optional<DiscussionRules> discussionRules() {
        try (Connection c = db.openReader();
             PreparedStatement ps = c.prepareStatement("SELECT value FROM triage_settings WHERE key = ?")) {
            ps.setString(1, DISCUSSION_RULES);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rules(JSON.readTree(rs.getString(1)))) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read the discussion rules: " + Database.explain(e), e);
        } catch (java.io.IOException | IllegalArgumentException e) {
            throw new StoreException("the saved discussion rules cannot be read: " + e.getMessage(), e);
        }
    }

    /** Saves the rules on the writer connection (call it where the writes go). */
    public void saveDiscussionRules(DiscussionRules rules) {
        ObjectNode doc = JSON.createObjectNode();
        doc.put("moderation_keys", rules.moderationKeys());
        doc.put("disallowed_keys", rules.disallowedKeys());
        doc.put("comment_max_links", rules.maxLinks());
        doc.put("comment_previously_approved", rules.previouslyApproved());
        doc.put("require_name_email", rules.requireNameEmail());
        doc.put("match_mode", rules.matchMode().name().toLowerCase(Locale.ROOT));
        try (PreparedStatement ps = db.writer().prepareStatement("INSERT INTO triage_settings (key, value) VALUES (?, ?) "
                + "ON CONFLICT (key) DO UPDATE SET value = excluded.value")) {
            ps.setString(1, DISCUSSION_RULES);
            ps.setString(2, doc.toString());
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException("cannot save the discussion rules: " + Database.explain(e), e);
        }
    }

    private static DiscussionRules rules(JsonNode doc) {
        DiscussionRules d = DiscussionRules.WORDPRESS_DEFAULTS;
        return new DiscussionRules(doc.path("moderation_keys").asText(d.moderationKeys()),
                doc.path("disallowed_keys").asText(d.disallowedKeys()),
                doc.path("comment_max_links").asInt(d.maxLinks()),
                doc.path("comment_previously_approved").asBoolean(d.previouslyApproved()),
                doc.path("require_name_email").asBoolean(d.requireNameEmail()),
                MatchMode.valueOf(doc.path("match_mode").asText(d.matchMode().name()).toUpperCase(Locale.ROOT)));
    }
}
