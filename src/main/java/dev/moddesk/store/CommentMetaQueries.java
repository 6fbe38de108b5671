package dev.moddesk.store;

import dev.moddesk.core.CommentMeta;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/** The site's comment meta kept from imports (what its spam filters said), read for a batch of comments at once. */
public final class CommentMetaQueries {
    private final Database db;

    public CommentMetaQueries(Database db) {
        this.db = db;
    }

    /**
     * The meta rows of each of these comments (the store's ids, {@code comments.id}) in the order the export gave
     * them; a comment without meta is absent from the map. One query for the whole batch, however large.
     */
    public Map<Long, List<CommentMeta>> forComments(Collection<Long> commentIds) {
        Map<Long, List<CommentMeta>> out = new HashMap<>();
        if (commentIds.isEmpty()) {
            return out;
        }
        StringJoiner ids = new StringJoiner(",", "[", "]");
        commentIds.forEach(id -> ids.add(Long.toString(id)));
        try (Connection c = db.openReader();
             PreparedStatement ps = c.prepareStatement("SELECT comment_id, meta_key, meta_value FROM comment_meta "
                     + "WHERE comment_id IN (SELECT value FROM json_each(?)) ORDER BY comment_id, id")) {
            ps.setString(1, ids.toString());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                            .add(new CommentMeta(rs.getString(2), rs.getString(3)));
                }
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read the comments' meta: " + Database.explain(e), e);
        }
        return out;
    }
}
