package dev.moddesk.store;

import dev.moddesk.core.AuthorHistory;
import dev.moddesk.core.CommentDetail;
import dev.moddesk.core.DeskInfo;
import dev.moddesk.core.PostSummary;
import dev.moddesk.core.QueueItem;
import dev.moddesk.core.SiteSummary;
import dev.moddesk.core.Status;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Read queries behind the detail pane and the status bar: one comment in full, an author's history, the site. */
public final class DeskQueries {
    private static final String COLUMNS = CommentQueries.ITEM_COLUMNS + ", coalesce(p.link, ''), c.site_id";
    private static final String FROM = " FROM comments c JOIN sites s ON s.id = c.site_id "
            + "LEFT JOIN posts p ON p.site_id = c.site_id AND p.remote_id = c.post_id";

    private final Connection c;

    public DeskQueries(Connection connection) {
        this.c = connection;
    }

    /** The comment with this row id, its post link and its parent; empty when it is gone. */
    public Optional<CommentDetail> detail(long rowId) {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + FROM + " WHERE c.id = ?")) {
            ps.setLong(1, rowId);
            QueueItem item;
            String link;
            long siteId;
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                item = CommentQueries.item(rs);
                link = rs.getString(22);
                siteId = rs.getLong(23);
            }
            QueueItem parent = null;
            if (item.comment().parentId() != 0) {
                try (PreparedStatement pp = c.prepareStatement("SELECT " + COLUMNS + FROM
                        + " WHERE c.site_id = ? AND c.remote_id = ?")) {
                    pp.setLong(1, siteId);
                    pp.setLong(2, item.comment().parentId());
                    try (ResultSet rs = pp.executeQuery()) {
                        if (rs.next()) {
                            parent = CommentQueries.item(rs);
                        }
                    }
                }
            }
            String siteContent = null;
            try (PreparedStatement sp = c.prepareStatement("SELECT json_extract(payload, '$.site.content') FROM outbox "
                    + "WHERE comment_id = ? AND kind = 'edit'")) {
                sp.setLong(1, rowId);
                try (ResultSet rs = sp.executeQuery()) {
                    if (rs.next()) {
                        siteContent = rs.getString(1);
                    }
                }
            }
            return Optional.of(new CommentDetail(item, link, parent, siteContent));
        } catch (SQLException e) {
            throw new StoreException("cannot read comment " + rowId + ": " + Database.explain(e), e);
        }
    }

    /** Counts by status of the comments with this email and with this IP (empty maps for blank values). */
    public AuthorHistory history(String email, String ip) {
        try {
            return new AuthorHistory(email, countsWhere("email", email), ip, countsWhere("ip", ip));
        } catch (SQLException e) {
            throw new StoreException("cannot read the author's history: " + Database.explain(e), e);
        }
    }

    private Map<Status, Long> countsWhere(String column, String value) throws SQLException {
        Map<Status, Long> out = new EnumMap<>(Status.class);
        if (value == null || value.isBlank()) {
            return out;
        }
        // column is one of two constants above, never user input
        try (PreparedStatement ps = c.prepareStatement("SELECT status, count(*) FROM comments WHERE " + column
                + " = ? AND status <> ? GROUP BY status")) {
            ps.setString(1, value);
            ps.setString(2, Status.DELETED.word());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Optional<Status> s = Status.fromWord(rs.getString(1));
                    if (s.isPresent()) {
                        out.put(s.get(), rs.getLong(2));
                    }
                }
            }
        }
        return out;
    }

    /** Every site, in the order they were first imported (for the filter bar). */
    public List<SiteSummary> sites() {
        List<SiteSummary> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id, name, base_url FROM sites ORDER BY id");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                String name = rs.getString(2);
                out.add(new SiteSummary(rs.getLong(1), name == null || name.isBlank() ? rs.getString(3) : name,
                        rs.getString(3)));
            }
            return out;
        } catch (SQLException e) {
            throw new StoreException("cannot read the sites: " + Database.explain(e), e);
        }
    }

    /** The posts of one site, or of every site (null), by title, with their pending and total counts. */
    public List<PostSummary> posts(Long siteId) {
        List<PostSummary> out = new ArrayList<>();
        // each post's pending and total (every status the All view shows): counted per (status, site, post)
        // along comments_by_status_post, in its order (no sort of a million rows), then summed per post
        String sql = "SELECT p.site_id, p.remote_id, p.title, coalesce(k.pending, 0), coalesce(k.total, 0) FROM posts p "
                + "LEFT JOIN (SELECT site_id, post_id, sum(CASE status WHEN 'pending' THEN n ELSE 0 END) AS pending, "
                + "sum(n) AS total FROM (SELECT status, site_id, post_id, count(*) AS n FROM comments "
                + "INDEXED BY comments_by_status_post WHERE status IN " + QueueWhere.visibleIn()
                + (siteId == null ? "" : " AND site_id = ?") + " GROUP BY status, site_id, post_id) "
                + "GROUP BY site_id, post_id) k ON k.site_id = p.site_id AND k.post_id = p.remote_id"
                + (siteId == null ? "" : " WHERE p.site_id = ?")
                + " ORDER BY p.title COLLATE NOCASE, p.site_id, p.remote_id";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            if (siteId != null) {
                ps.setLong(1, siteId);
                ps.setLong(2, siteId);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new PostSummary(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getLong(4),
                            rs.getLong(5)));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new StoreException("cannot read the posts: " + Database.explain(e), e);
        }
    }

    /** The site's name for the title, outbox size, last import and sync. */
    public DeskInfo info() {
        try {
            String name = null;
            int sites = 0;
            try (PreparedStatement ps = c.prepareStatement("SELECT name, base_url FROM sites ORDER BY id");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    sites++;
                    if (name == null) {
                        String n = rs.getString(1);
                        name = n == null || n.isBlank() ? rs.getString(2) : n;
                    }
                }
            }
            long outbox = single("SELECT count(*) FROM outbox");
            long lastImport = single("SELECT coalesce(max(last_import_at), 0) FROM sites");
            long lastSync = single("SELECT coalesce(max(last_sync_at), 0) FROM sites");
            return new DeskInfo(name, sites, outbox, lastImport, lastSync);
        } catch (SQLException e) {
            throw new StoreException("cannot read the database summary: " + Database.explain(e), e);
        }
    }

    private long single(String sql) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }
}
