package dev.moddesk.app.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.moddesk.app.importing.ImportProgress;
import dev.moddesk.app.importing.ImportSummary;
import dev.moddesk.app.importing.Importer;
import dev.moddesk.app.moderation.Moderation;
import dev.moddesk.core.Comment;
import dev.moddesk.core.CommentType;
import dev.moddesk.core.ExportFilter;
import dev.moddesk.core.ModerationAction;
import dev.moddesk.core.Post;
import dev.moddesk.core.QueueFilter;
import dev.moddesk.core.QueueItem;
import dev.moddesk.core.Status;
import dev.moddesk.formats.ExportFormat;
import dev.moddesk.formats.ImportSink;
import dev.moddesk.store.Database;
import dev.moddesk.store.StoreProbe;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExporterTest {
    private static final String SITE = "https://news.example";

    @TempDir
    Path dir;
    Database db;

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("a.db"));
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void wxrExportReadsBackToTheSameComments() throws IOException {
        importSample(db);
        new Moderation(db, () -> "alice").decide(rowsOf(db, 1, 2), ModerationAction.SPAM);
        Path wxr = dir.resolve("out.wxr");
        Exporter.Result r = new Exporter(db).export(ExportFilter.of(Set.of()), ExportFormat.WXR, wxr, false,
                Exporter.Progress.NONE, () -> false);
        assertEquals(437, r.exported());

        try (Database copy = Database.open(dir.resolve("copy.db"))) {
            ImportSummary s = new Importer(copy, w -> { }).importFile(wxr, ImportProgress.NONE, () -> false);
            assertEquals(437, s.inserted());
            assertEquals(21, s.posts());
            assertEquals(comparable(db), comparable(copy));
            // The decisions travel as statuses: comments 1 and 2 arrive as spam.
            assertEquals(Status.SPAM, byId(copy, 1).status());
        }
    }

    @Test
    void csvHasTheContractColumnsAndNeutralisesFormulas() throws IOException {
        insert(db, comment(1, "=HYPERLINK(\"http://evil\")", "+1 great", Status.PENDING),
                comment(2, "@admin", "-2 minus", Status.APPROVED),
                comment(3, "Normal, \"quoted\"", "line one\nline two", Status.SPAM));
        Path csv = dir.resolve("out.csv");
        new Exporter(db).export(ExportFilter.of(Set.of()), ExportFormat.CSV, csv, false, Exporter.Progress.NONE, () -> false);

        byte[] bytes = Files.readAllBytes(csv);
        assertFalse(bytes[0] == (byte) 0xEF, "no BOM unless asked");
        try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8);
             CSVParser p = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
            assertEquals(List.of("site", "id", "post_id", "post_title", "parent_id", "status", "author", "email", "url",
                    "ip", "date_gmt", "content", "decided_by", "decided_at"), p.getHeaderNames());
            List<CSVRecord> rows = p.getRecords();
            assertEquals(3, rows.size());
            assertEquals("'=HYPERLINK(\"http://evil\")", rows.get(0).get("author"));
            assertEquals("'+1 great", rows.get(0).get("content"));
            assertEquals("'@admin", rows.get(1).get("author"));
            assertEquals("'-2 minus", rows.get(1).get("content"));
            assertEquals("Normal, \"quoted\"", rows.get(2).get("author"));
            assertEquals("line one\nline two", rows.get(2).get("content"));
            assertEquals("spam", rows.get(2).get("status"));
        }
    }

    @Test
    void csvCanStartWithTheBomExcelNeeds() throws IOException {
        insert(db, comment(1, "Ann", "hi", Status.PENDING));
        Path csv = dir.resolve("bom.csv");
        new Exporter(db).export(ExportFilter.of(Set.of()), ExportFormat.CSV, csv, true, Exporter.Progress.NONE, () -> false);
        byte[] b = Files.readAllBytes(csv);
        assertEquals(0xEF, b[0] & 0xff);
        assertEquals(0xBB, b[1] & 0xff);
        assertEquals(0xBF, b[2] & 0xff);
    }

    @Test
    void jsonCarriesTheSameFieldsAndTheDecision() throws IOException {
        insert(db, comment(1, "Ann", "hi", Status.PENDING), comment(2, "Bob", "yo", Status.PENDING));
        new Moderation(db, () -> "carol").decide(rowsOf(db, 2), ModerationAction.APPROVE);
        Path json = dir.resolve("out.json");
        new Exporter(db).export(ExportFilter.of(EnumSet.of(Status.APPROVED)), ExportFormat.JSON, json, false,
                Exporter.Progress.NONE, () -> false);
        JsonNode a = new ObjectMapper().readTree(json.toFile());
        assertEquals(1, a.size());
        JsonNode o = a.get(0);
        List<String> names = new ArrayList<>();
        o.fieldNames().forEachRemaining(names::add);
        assertEquals(List.of("site", "id", "post_id", "post_title", "parent_id", "status", "author", "email", "url",
                "ip", "date_gmt", "content", "decided_by", "decided_at"), names);
        assertTrue(o.get("id").isNumber());
        assertEquals(2, o.get("id").asLong());
        assertEquals("approved", o.get("status").asText());
        assertEquals("carol", o.get("decided_by").asText());
        assertTrue(o.get("decided_at").asText().matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d"));
    }

    @Test
    void wpCliScriptNamesEachDecidedCommentOnce() throws IOException {
        List<Comment> many = new ArrayList<>();
        for (int i = 1; i <= 250; i++) {
            many.add(comment(i, "A" + i, "c" + i, Status.PENDING));
        }
        insert(db, many.toArray(Comment[]::new));
        Moderation m = new Moderation(db, () -> "test");
        new Moderation(db, () -> "x").decide(rowsOf(db, range(1, 150)), ModerationAction.APPROVE);
        new Moderation(db, () -> "x").decide(rowsOf(db, range(151, 160)), ModerationAction.SPAM);
        new Moderation(db, () -> "x").decide(rowsOf(db, range(161, 165)), ModerationAction.TRASH);
        new Moderation(db, () -> "x").decide(rowsOf(db, range(166, 168)), ModerationAction.DELETE);
        Path sh = dir.resolve("out.sh");
        new Exporter(db).export(ExportFilter.of(EnumSet.of(Status.APPROVED, Status.SPAM, Status.TRASH, Status.DELETED,
                Status.PENDING)), ExportFormat.WP_CLI, sh, false, Exporter.Progress.NONE, () -> false);

        List<String> lines = Files.readAllLines(sh).stream().filter(l -> l.startsWith("wp comment ")).toList();
        List<Long> named = new ArrayList<>();
        for (String line : lines) {
            assertTrue(line.matches("wp comment (approve|spam|trash|delete) [0-9 ]+( --force)? \"\\$@\""), line);
            for (String t : line.split(" ")) {
                if (t.matches("\\d+")) {
                    named.add(Long.parseLong(t));
                }
            }
        }
        assertEquals(168, named.size());
        assertEquals(168, new HashSet<>(named).size(), "each comment once");
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("wp comment delete 166 167 168 --force")));
        assertEquals(2, lines.stream().filter(l -> l.startsWith("wp comment approve")).count(), "100 ids a line");
    }

    @Test
    void aCancelledExportLeavesNoFileAndKeepsTheOldOne() throws IOException {
        List<Comment> many = new ArrayList<>();
        for (int i = 1; i <= 3000; i++) {
            many.add(comment(i, "A" + i, "c" + i, Status.PENDING));
        }
        insert(db, many.toArray(Comment[]::new));
        Path target = dir.resolve("keep.csv");
        Files.writeString(target, "old");
        int[] calls = {0};
        assertThrows(CancellationException.class, () -> new Exporter(db).export(ExportFilter.of(Set.of()),
                ExportFormat.CSV, target, false, Exporter.Progress.NONE, () -> ++calls[0] > 2));
        assertEquals("old", Files.readString(target));
        try (var files = Files.list(dir)) {
            assertEquals(Set.of("a.db", "a.db-wal", "a.db-shm", "keep.csv"),
                    files.map(p -> p.getFileName().toString()).collect(Collectors.toSet()));
        }
    }

    @Test
    void anExportRemovesWhatAKilledExportOfTheSameFileLeft() throws IOException {
        insert(db, comment(1, "Ann", "hi", Status.PENDING));
        Path target = dir.resolve("out.csv");
        Path killed = dir.resolve(".out.csv." + AtomicFileTest.deadPid() + ".18c2f9a1b.part");
        Files.writeString(killed, "half");
        assertEquals(List.of(killed), AtomicFile.staleParts(target));
        new Exporter(db).export(ExportFilter.of(Set.of()), ExportFormat.CSV, target, false, Exporter.Progress.NONE,
                () -> false);
        assertFalse(Files.exists(killed));
        assertEquals(List.of(), AtomicFile.staleParts(target));
    }

    @Test
    void aWxrOfTwoSitesIsRefusedWithoutAFile() {
        insert(db, comment(1, "Ann", "hi", Status.PENDING));
        new Importer(db, w -> { }).importFrom("other", "test", sink -> {
            sink.site("https://other.example", "");
            sink.comment(comment(9, "Zed", "zz", Status.PENDING));
        });
        Path wxr = dir.resolve("two.wxr");
        Exporter.ExportException e = assertThrows(Exporter.ExportException.class, () -> new Exporter(db).export(
                ExportFilter.of(Set.of()), ExportFormat.WXR, wxr, false, Exporter.Progress.NONE, () -> false));
        assertTrue(e.getMessage().contains("one site"), e.getMessage());
        assertFalse(Files.exists(wxr));
    }

    // --- helpers

    static void importSample(Database db) throws IOException {
        Path sample = Files.createTempFile("sample", ".xml");
        try (var in = ExporterTest.class.getResourceAsStream("/dev/moddesk/sample-export.xml")) {
            Files.copy(in, sample, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        new Importer(db, w -> { }).importFile(sample, ImportProgress.NONE, () -> false);
        Files.delete(sample);
    }

    private static void insert(Database db, Comment... comments) {
        Consumer<ImportSink> source = sink -> {
            sink.site(SITE, "News");
            sink.post(new Post(10, "A post", SITE + "/a-post/", "post", "publish", "open"));
            for (Comment c : comments) {
                sink.comment(c);
            }
        };
        new Importer(db, w -> { }).importFrom("test", "test", source);
    }

    private static Comment comment(long id, String author, String content, Status status) {
        return new Comment(id, 10, 0, author, "a" + id + "@example.com", "", "192.0.2." + (id % 250), null, 0,
                1_700_000_000L + id, CommentType.COMMENT, content, status);
    }

    private static List<Long> range(long from, long to) {
        List<Long> out = new ArrayList<>();
        for (long i = from; i <= to; i++) {
            out.add(i);
        }
        return out;
    }

    private static List<Long> rowsOf(Database db, long... remote) {
        List<Long> ids = new ArrayList<>();
        for (long r : remote) {
            ids.add(r);
        }
        return rowsOf(db, ids);
    }

    private static List<Long> rowsOf(Database db, List<Long> remote) {
        return new Moderation(db, () -> "test").findBySiteIds(null, remote);
    }

    private static QueueItem byId(Database db, long remote) {
        return StoreProbe.queue(db.writer(), QueueFilter.all(), 0).stream()
                .filter(i -> i.comment().remoteId() == remote).findFirst().orElseThrow();
    }

    /** Every comment's content fields (not its local decision state), in id order. */
    private static List<String> comparable(Database db) {
        return StoreProbe.queue(db.writer(), QueueFilter.all(), 0).stream()
                .sorted(Comparator.comparingLong(i -> i.comment().remoteId()))
                .map(i -> {
                    Comment c = i.comment();
                    return List.of(i.site(), c.remoteId(), c.postId(), c.parentId(), c.author(), c.email(), c.url(),
                            c.ip(), c.userId(), c.dateGmt(), c.type(), c.content(), i.status(), i.postTitle()).toString();
                })
                .toList();
    }
}
