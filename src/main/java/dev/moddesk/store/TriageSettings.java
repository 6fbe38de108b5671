package dev.moddesk.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.moddesk.triage.AutoSpam;
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
    static final String AUTO_SPAM = "auto_spam";
    /** Made at the first read or write: the desk builds its window with a TriageSettings, not with a mapper. */
    private static final class Json {
        static final ObjectMapper MAPPER = new ObjectMapper();
    }

    private final Database db;

    public TriageSettings(Database db) {
        this.db = db;
    }

    /** The saved rules; empty when none were saved. A field missing from the document takes WordPress's default. */
    public Optional<DiscussionRules> discussionRules() {
        try {
            return read(DISCUSSION_RULES, "the discussion rules").map(TriageSettings::rules);
        } catch (IllegalArgumentException e) {
            throw new StoreException("the saved discussion rules cannot be read: " + e.getMessage(), e);
        }
    }

    /** Saves the rules on the writer connection (call it where the writes go). */
    public void saveDiscussionRules(DiscussionRules rules) {
        ObjectNode doc = Json.MAPPER.createObjectNode();
        doc.put("moderation_keys", rules.moderationKeys());
        doc.put("disallowed_keys", rules.disallowedKeys());
        doc.put("comment_max_links", rules.maxLinks());
        doc.put("comment_previously_approved", rules.previouslyApproved());
        doc.put("require_name_email", rules.requireNameEmail());
        doc.put("match_mode", rules.matchMode().name().toLowerCase(Locale.ROOT));
        save(DISCUSSION_RULES, doc, "the discussion rules");
    }

    /** Whether the triage marks spam by itself, and from which score; off when never saved or unreadable. */
    public AutoSpam autoSpam() {
        try {
            return read(AUTO_SPAM, "the auto-spam setting")
                    .map(doc -> new AutoSpam(doc.path("on").asBoolean(false), doc.path("threshold").asDouble(0.95)))
                    .orElse(AutoSpam.OFF);
        } catch (IllegalArgumentException | StoreException unreadable) {
            return AutoSpam.OFF; // the safe side is deciding nothing
        }
    }

    /** Saves the auto-spam setting on the writer connection. */
    public void saveAutoSpam(AutoSpam autoSpam) {
        ObjectNode doc = Json.MAPPER.createObjectNode();
        doc.put("on", autoSpam.on());
        doc.put("threshold", autoSpam.threshold());
        save(AUTO_SPAM, doc, "the auto-spam setting");
    }

    private Optional<JsonNode> read(String key, String what) {
        try (Connection c = db.openReader();
             PreparedStatement ps = c.prepareStatement("SELECT value FROM triage_settings WHERE key = ?")) {
            ps.setString(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(Json.MAPPER.readTree(rs.getString(1))) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read " + what + ": " + Database.explain(e), e);
        } catch (java.io.IOException e) {
            throw new StoreException(what + " cannot be read: " + e.getMessage(), e);
        }
    }

    private void save(String key, JsonNode doc, String what) {
        try (PreparedStatement ps = db.writer().prepareStatement("INSERT INTO triage_settings (key, value) VALUES (?, ?) "
                + "ON CONFLICT (key) DO UPDATE SET value = excluded.value")) {
            ps.setString(1, key);
            ps.setString(2, doc.toString());
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException("cannot save " + what + ": " + Database.explain(e), e);
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
