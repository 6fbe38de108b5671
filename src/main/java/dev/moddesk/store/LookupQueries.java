package dev.moddesk.store;

import dev.moddesk.core.Post;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** The choices of the admin filters: the sites in the database and a site's posts. */
public final class LookupQueries {
    private final Database db;

    public LookupQueries(Database db) {
        this.db = db;
    }

    /** The sites' base URLs, in the order they were first imported. */
    public List<String> sites() {
        List<String> out = new ArrayList<>();
        try (Connection c = db.openReader(); PreparedStatement ps = c.prepareStatement("SELECT base_url FROM sites ORDER BY id");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        } catch (SQLException e) {
            throw new StoreException("cannot list the sites: " + Database.explain(e), e);
        }
        return out;
    }

    /** The posts of the site with this base URL (null: of every site), by title. */
    public List<Post> posts(String site) {
        List<Post> out = new ArrayList<>();
        String sql = "SELECT p.remote_id, p.title, p.link, p.post_type, p.post_status, p.comment_status FROM posts p "
                + "JOIN sites s ON s.id = p.site_id WHERE ? IS NULL OR s.base_url = ? "
                + "ORDER BY p.title COLLATE NOCASE, p.remote_id";
        try (Connection c = db.openReader(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, site);
            ps.setString(2, site);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Post(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                            rs.getString(6)));
                }
            }
        } catch (SQLException e) {
            throw new StoreException("cannot list the posts: " + Database.explain(e), e);
        }
        return out;
    }
}
