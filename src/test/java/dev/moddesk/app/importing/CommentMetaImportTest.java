package dev.moddesk.app.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.moddesk.core.CommentMeta;
import dev.moddesk.store.CommentMetaQueries;
import dev.moddesk.store.Database;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Comment meta from a WXR lands in comment_meta, is replaced (never repeated) by a re-import, and reads in batches. */
class CommentMetaImportTest {
    @TempDir
    Path dir;
    Database db;

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("meta.db"));
    }

    @AfterEach
    void close() {
        db.close();
    }

    private static String comment(long id, String... meta) {
        StringBuilder m = new StringBuilder();
        for (int i = 0; i < meta.length; i += 2) {
            m.append("<wp:commentmeta><wp:meta_key><![CDATA[").append(meta[i]).append("]]></wp:meta_key>")
                    .append("<wp:meta_value><![CDATA[").append(meta[i + 1]).append("]]></wp:meta_value></wp:commentmeta>\n");
        }
        return "<wp:comment><wp:comment_id>" + id + "</wp:comment_id>"
                + "<wp:comment_author><![CDATA[Author " + id + "]]></wp:comment_author>"
                + "<wp:comment_author_email><![CDATA[a" + id + "@example.com]]></wp:comment_author_email>"
                + "<wp:comment_author_url></wp:comment_author_url>"
                + "<wp:comment_author_IP><![CDATA[192.0.2.1]]></wp:comment_author_IP>"
                + "<wp:comment_date_gmt><![CDATA[2024-01-09 08:08:0" + id + "]]></wp:comment_date_gmt>"
                + "<wp:comment_content><![CDATA[text " + id + "]]></wp:comment_content>"
                + "<wp:comment_approved><![CDATA[0]]></wp:comment_approved>"
                + "<wp:comment_type><![CDATA[comment]]></wp:comment_type>"
                + "<wp:comment_parent>0</wp:comment_parent><wp:comment_user_id>0</wp:comment_user_id>\n"
                + m + "</wp:comment>\n";
    }

    private Path wxr(String name, String comments) throws IOException {
        return Files.writeString(dir.resolve(name), "<?xml version=\"1.0\" encoding=\"UTF-8\" ?>\n"
                + "<rss version=\"2.0\" xmlns:wp=\"http://wordpress.org/export/1.2/\"><channel><title>S</title>"
                + "<wp:wxr_version>1.2</wp:wxr_version><wp:base_blog_url>https://s.example</wp:base_blog_url>"
                + "<item><title>P</title><wp:post_id>9</wp:post_id>" + comments + "</item></channel></rss>\n");
    }

    private ImportSummary importFile(Path file) {
        return new Importer(db, w -> { }).importFile(file, ImportProgress.NONE, () -> false);
    }

    private long id(long remoteId) throws SQLException {
        try (Connection c = db.openReader(); PreparedStatement ps = c.prepareStatement("SELECT id FROM comments WHERE remote_id = ?")) {
            ps.setLong(1, remoteId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private long maxMetaId() throws SQLException {
        try (Connection c = db.openReader(); PreparedStatement ps = c.prepareStatement("SELECT max(id) FROM comment_meta");
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private long metaRows() throws SQLException {
        try (Connection c = db.openReader(); PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM comment_meta");
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Test
    void metaIsKeptReplacedOnReImportAndReadForABatch() throws Exception {
        Path first = wxr("a.xml", comment(1, "akismet_result", "true", "akismet_history", "h1", "akismet_history", "h2")
                + comment(2) + comment(3, "antispam_bee_reason", "css"));
        importFile(first);
        CommentMetaQueries queries = new CommentMetaQueries(db);
        Map<Long, List<CommentMeta>> meta = queries.forComments(List.of(id(1), id(2), id(3), 999L));
        assertEquals(List.of(new CommentMeta("akismet_result", "true"), new CommentMeta("akismet_history", "h1"),
                new CommentMeta("akismet_history", "h2")), meta.get(id(1)));
        assertEquals(null, meta.get(id(2)), "a comment without meta is absent");
        assertEquals(List.of(new CommentMeta("antispam_bee_reason", "css")), meta.get(id(3)));
        assertEquals(2, meta.size());

        long lastMetaId = maxMetaId();
        ImportSummary again = importFile(first);
        assertEquals(0, again.updated() + again.inserted(), "the same export changes nothing");
        assertEquals(4, metaRows(), "and repeats no meta");
        assertEquals(lastMetaId, maxMetaId(), "nor rewrites it");

        importFile(wxr("b.xml", comment(1, "akismet_result", "false") + comment(2, "k", "v") + comment(3)));
        meta = queries.forComments(List.of(id(1), id(2), id(3)));
        assertEquals(List.of(new CommentMeta("akismet_result", "false")), meta.get(id(1)));
        assertEquals(List.of(new CommentMeta("k", "v")), meta.get(id(2)));
        assertEquals(null, meta.get(id(3)), "meta the site dropped is dropped here");
        assertEquals(Map.of(), queries.forComments(List.of()));
    }

    @Test
    void aRestImportLeavesTheMetaAlone() throws Exception {
        importFile(wxr("a.xml", comment(1, "akismet_result", "true")));
        Path rest = Files.writeString(dir.resolve("r.json"), "[{\"id\":1,\"post\":9,\"parent\":0,\"author\":0,"
                + "\"author_name\":\"Author 1\",\"author_email\":\"a1@example.com\",\"author_url\":\"\","
                + "\"author_ip\":\"192.0.2.1\",\"author_user_agent\":\"UA\",\"date_gmt\":\"2024-01-09T08:08:01\","
                + "\"content\":{\"raw\":\"text 1\"},\"status\":\"hold\",\"type\":\"comment\","
                + "\"link\":\"https://s.example/?p=9#comment-1\"}]");
        importFile(rest);
        assertEquals(List.of(new CommentMeta("akismet_result", "true")),
                new CommentMetaQueries(db).forComments(List.of(id(1))).get(id(1)));
    }

    @Test
    void aBatchOfThousandsIsOneQuery() throws Exception {
        StringBuilder many = new StringBuilder();
        for (int i = 1; i <= 3000; i++) {
            many.append(comment(i, "akismet_result", i % 2 == 0 ? "true" : "false"));
        }
        importFile(wxr("many.xml", many.toString().replaceAll("08:08:0(\\d+)\\]", "08:08:00]")));
        List<Long> ids = new ArrayList<>();
        for (long i = 1; i <= 3000; i++) {
            ids.add(i);
        }
        Map<Long, List<CommentMeta>> meta = new CommentMetaQueries(db).forComments(ids);
        assertEquals(3000, meta.size());
        assertEquals(List.of(new CommentMeta("akismet_result", "true")), meta.get(id(2000)));
    }
}
