package dev.moddesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.moddesk.site.FakeWordPress;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The command line of the README's command table, run in-process through {@link Cli#run}. */
class CliTest {
    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;
    Path sample;
    Path db;

    /** What one run of the command line did. */
    record Run(int code, String out, String err) {
        JsonNode json() {
            try {
                return JSON.readTree(out);
            } catch (IOException e) {
                throw new AssertionError("stdout is not JSON: " + out, e);
            }
        }

        List<String> errLines() {
            List<String> lines = new ArrayList<>();
            for (String l : err.split("\\R")) {
                if (!l.isBlank()) {
                    lines.add(l);
                }
            }
            return lines;
        }
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Run(code, out.toString(), err.toString());
    }

    static Run ok(String... args) {
        Run r = run(args);
        assertEquals(0, r.code(), "exit code of " + String.join(" ", args) + "; stderr: " + r.err());
        return r;
    }

    /** A user error: exit 1, exactly one line on stderr, nothing on stdout. */
    static String userError(String... args) {
        Run r = run(args);
        assertEquals(1, r.code(), "exit code of " + String.join(" ", args) + "; stderr: " + r.err());
        assertEquals(1, r.errLines().size(), "one line on stderr: " + r.err());
        assertEquals("", r.out().strip(), "nothing on stdout");
        return r.errLines().get(0);
    }

    static Set<String> keys(JsonNode object) {
        Set<String> out = new TreeSet<>();
        for (Iterator<String> it = object.fieldNames(); it.hasNext(); ) {
            out.add(it.next());
        }
        return out;
    }

    @BeforeEach
    void files() throws IOException {
        try (InputStream in = CliTest.class.getResourceAsStream("/dev/moddesk/sample-export.xml")) {
            assertNotNull(in, "src/test/resources/dev/moddesk/sample-export.xml");
            sample = dir.resolve("sample-export.xml");
            Files.copy(in, sample);
        }
        db = dir.resolve("desk.db");
    }

    String dbArg() {
        return db.toString();
    }

    // ---------------------------------------------------------------- version and --db

    @Test
    void versionPrintsNameAndVersion() {
        Run r = ok("--version");
        String line = r.out().strip();
        assertTrue(line.matches("moddesk \\d+\\.\\d+\\.\\d+"), line);
        assertNotEquals("moddesk 0.0.0", line, "the version comes from the build");
        assertEquals("", r.err());
    }

    @Test
    void dbBeforeAndAfterTheCommandIsTheSame() {
        Path before = dir.resolve("before.db");
        Path after = dir.resolve("after.db");
        ok("--db", before.toString(), "import", sample.toString(), "--json");
        ok("import", sample.toString(), "--json", "--db", after.toString());
        assertTrue(Files.isRegularFile(before));
        assertTrue(Files.isRegularFile(after));

        String a = ok("--db", before.toString(), "stats", "--json").out();
        String b = ok("stats", "--json", "--db", before.toString()).out();
        String c = ok("stats", "--db", after.toString(), "--json").out();
        assertEquals(a, b);
        assertEquals(a, c);
        assertEquals(437, parse(a).get("total").asInt());
    }

    static JsonNode parse(String s) {
        try {
            return JSON.readTree(s);
        } catch (IOException e) {
            throw new AssertionError(s, e);
        }
    }

    // ---------------------------------------------------------------- import, stats, list

    @Test
    void importJsonHasExactlyTheContractKeys() {
        JsonNode first = ok("--db", dbArg(), "import", sample.toString(), "--json").json();
        assertEquals(Set.of("format", "comments", "inserted", "updated", "unchanged", "conflicts", "posts", "seconds"),
                keys(first));
        for (String k : List.of("comments", "inserted", "updated", "unchanged", "conflicts", "posts")) {
            assertTrue(first.get(k).isIntegralNumber(), k + " is a whole number: " + first);
        }
        assertTrue(first.get("seconds").isNumber(), "seconds is a number: " + first);
        assertTrue(first.get("format").isTextual());
        assertEquals("wxr", first.get("format").asText());
        assertEquals(437, first.get("comments").asLong());
        assertEquals(437, first.get("inserted").asLong());
        assertEquals(21, first.get("posts").asLong());

        JsonNode second = ok("--db", dbArg(), "import", sample.toString(), "--json").json();
        assertEquals(0, second.get("inserted").asLong());
        assertEquals(0, second.get("updated").asLong());
        assertEquals(437, second.get("unchanged").asLong());
        assertEquals(0, second.get("conflicts").asLong());
    }

    @Test
    void importWithoutJsonSaysWhatItDid() {
        Run r = ok("--db", dbArg(), "import", sample.toString());
        assertTrue(r.out().contains("437"), r.out());
        assertEquals("", r.err().strip());
    }

    @Test
    void statsJsonHasExactlyTheContractKeys() {
        ok("--db", dbArg(), "import", sample.toString());
        JsonNode s = ok("--db", dbArg(), "stats", "--json").json();
        assertEquals(Set.of("total", "pending", "approved", "spam", "trash", "post_trashed", "conflicts", "unpushed"),
                keys(s));
        s.fields().forEachRemaining(e -> assertTrue(e.getValue().isIntegralNumber(), e.getKey() + ": " + s));
        assertEquals(437, s.get("total").asLong());
        assertEquals(134, s.get("pending").asLong());
        assertEquals(258, s.get("approved").asLong());
        assertEquals(0, s.get("spam").asLong());
        assertEquals(36, s.get("trash").asLong());
        assertEquals(9, s.get("post_trashed").asLong());
        assertEquals(0, s.get("conflicts").asLong());
        assertEquals(0, s.get("unpushed").asLong());
    }

    @Test
    void listJsonItemsHaveExactlyTheContractKeys() {
        ok("--db", dbArg(), "import", sample.toString());
        JsonNode pending = ok("--db", dbArg(), "list", "--json").json();
        assertTrue(pending.isArray());
        assertEquals(134, pending.size(), "pending by default");
        Set<String> expected = Set.of("site", "id", "post_id", "parent_id", "status", "author", "email", "url", "ip",
                "date_gmt", "score", "reasons", "content");
        for (JsonNode item : pending) {
            assertEquals(expected, keys(item));
            assertEquals("pending", item.get("status").asText());
        }
        JsonNode all = ok("--db", dbArg(), "list", "--status", "all", "--json").json();
        assertEquals(437, all.size());
        long previous = Long.MAX_VALUE;
        for (JsonNode item : all) {
            long date = java.time.LocalDateTime.parse(item.get("date_gmt").asText()).toEpochSecond(java.time.ZoneOffset.UTC);
            assertTrue(date <= previous, "newest first");
            previous = date;
        }

        JsonNode tom = null;
        for (JsonNode item : all) {
            if (item.get("id").asLong() == 17) {
                tom = item;
            }
        }
        assertNotNull(tom);
        assertEquals("http://127.0.0.1:8089", tom.get("site").asText());
        assertTrue(tom.get("id").isIntegralNumber());
        assertTrue(tom.get("post_id").isIntegralNumber());
        assertEquals(1, tom.get("post_id").asLong());
        assertTrue(tom.get("parent_id").isIntegralNumber());
        assertEquals(0, tom.get("parent_id").asLong());
        assertEquals("pending", tom.get("status").asText());
        assertEquals("Tom & Jerry Fan", tom.get("author").asText());
        assertEquals("TOM.Jerry+blog@Example.COM", tom.get("email").asText());
        assertEquals("https://example.com/?a=1&b=2", tom.get("url").asText());
        assertEquals("2001:db8:e757:d290::eb6b", tom.get("ip").asText());
        assertEquals("2024-01-10T00:08:57", tom.get("date_gmt").asText());
        assertTrue(tom.get("score").isNumber(), "the import scored it");
        assertTrue(tom.get("score").asDouble() >= 0 && tom.get("score").asDouble() <= 1);
        assertTrue(tom.get("reasons").isArray() && tom.get("reasons").size() > 0);
        assertTrue(tom.get("reasons").get(0).isTextual());
        assertTrue(tom.get("content").asText().startsWith("Plain text with &amp; ampersand"));

        JsonNode found = ok("--db", dbArg(), "list", "--status", "all", "--search", "carla@example.com", "--json").json();
        assertEquals(1, found.size());
        assertEquals(1, found.get(0).get("id").asLong());
        assertEquals(5, ok("--db", dbArg(), "list", "--status", "approved", "--limit", "5", "--json").json().size());
        assertEquals(9, ok("--db", dbArg(), "list", "--status", "post-trashed", "--json").json().size());
        assertEquals(0, ok("--db", dbArg(), "list", "--status", "spam", "--json").json().size());
    }

    @Test
    void listWithoutJsonPrintsOneLinePerComment() {
        ok("--db", dbArg(), "import", sample.toString());
        Run r = ok("--db", dbArg(), "list", "--status", "trash");
        assertEquals(36, r.out().strip().split("\\R").length);
    }

    // ---------------------------------------------------------------- moderate

    @Test
    void moderateReportsChangedAndUnchanged_andTheAuditLogNamesTheModerator() throws SQLException {
        ok("--db", dbArg(), "import", sample.toString());
        JsonNode r = ok("--db", dbArg(), "moderate", "--action", "approve", "--ids", "1,3", "--by", "Alice Moderator",
                "--json").json();
        assertEquals(Set.of("changed", "unchanged"), keys(r));
        assertTrue(r.get("changed").isIntegralNumber());
        assertEquals(2, r.get("changed").asLong());
        assertEquals(0, r.get("unchanged").asLong());

        JsonNode again = ok("moderate", "--action", "approve", "--ids", "1,3,7", "--by", "Bob", "--json", "--db", dbArg())
                .json();
        assertEquals(0, again.get("changed").asLong(), "7 is approved already, 1 and 3 were just approved");
        assertEquals(3, again.get("unchanged").asLong());

        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
             Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT a.moderator, a.action, a.from_status, a.to_status, cm.remote_id "
                     + "FROM audit_log a JOIN comments cm ON cm.id = a.comment_id ORDER BY cm.remote_id")) {
            List<String> rows = new ArrayList<>();
            while (rs.next()) {
                rows.add(rs.getString(1) + "|" + rs.getString(2) + "|" + rs.getString(3) + "|" + rs.getString(4) + "|"
                        + rs.getLong(5));
            }
            assertEquals(List.of("Alice Moderator|approve|pending|approved|1", "Alice Moderator|approve|pending|approved|3"),
                    rows);
        }
        JsonNode s = ok("--db", dbArg(), "stats", "--json").json();
        assertEquals(132, s.get("pending").asLong());
        assertEquals(260, s.get("approved").asLong());
        assertEquals(2, s.get("unpushed").asLong());

        JsonNode spam = ok("--db", dbArg(), "moderate", "--action", "spam", "--ids", "2", "--site", "HTTP://127.0.0.1:8089/",
                "--json").json();
        assertEquals(1, spam.get("changed").asLong(), "--site is normalised like the stored site");
    }

    @Test
    void listStatusConflictsShowsTheSiteChangesUnderDecisions() throws IOException {
        ok("--db", dbArg(), "import", sample.toString());
        ok("--db", dbArg(), "moderate", "--action", "approve", "--ids", "1,2", "--json");
        // The site trashed comment 1 meanwhile (the others are as before).
        String text = Files.readString(sample, StandardCharsets.UTF_8);
        int at = text.indexOf("<wp:comment_id>1</wp:comment_id>");
        int approved = text.indexOf("<wp:comment_approved><![CDATA[0]]>", at);
        String changed = text.substring(0, approved) + "<wp:comment_approved><![CDATA[trash]]>"
                + text.substring(approved + "<wp:comment_approved><![CDATA[0]]>".length());
        Path later = Files.writeString(dir.resolve("later.xml"), changed, StandardCharsets.UTF_8);
        JsonNode imported = ok("--db", dbArg(), "import", later.toString(), "--json").json();
        assertEquals(1, imported.get("conflicts").asLong());

        JsonNode conflicts = ok("--db", dbArg(), "list", "--status", "conflicts", "--json").json();
        assertEquals(1, conflicts.size());
        assertEquals(1, conflicts.get(0).get("id").asLong());
        assertEquals("approved", conflicts.get(0).get("status").asText(), "the queue shows the decision");
        assertEquals(1, ok("--db", dbArg(), "stats", "--json").json().get("conflicts").asLong());
    }

    // ---------------------------------------------------------------- dates

    static String gmt(String date) {
        return "<wp:comment_date_gmt><![CDATA[" + date + "]]></wp:comment_date_gmt>";
    }

    static Map<Long, String> datesById(JsonNode list) {
        Map<Long, String> out = new TreeMap<>();
        list.forEach(item -> out.put(item.get("id").asLong(), item.get("date_gmt").asText()));
        return out;
    }

    @Test
    void extremeYearsAndUnknownGmtDatesSurviveImportListAndAWxrRoundTrip() throws IOException {
        String text = Files.readString(sample, StandardCharsets.UTF_8)
                .replace(gmt("2024-01-09 08:08:57"), gmt("0000-03-01 12:34:56"))
                .replace(gmt("2024-01-09 09:08:57"), gmt("0000-00-00 00:00:00"))
                .replace(gmt("2024-01-09 10:08:57"), gmt("9999-12-31 23:59:59"));
        Path edited = Files.writeString(dir.resolve("dates.xml"), text, StandardCharsets.UTF_8);
        Run imported = ok("--db", dbArg(), "import", edited.toString());
        assertEquals(1, imported.errLines().size(), imported.err());
        assertTrue(imported.errLines().get(0).startsWith("moddesk: warning: 1 comment has no GMT date"), imported.err());

        Map<Long, String> dates = datesById(ok("--db", dbArg(), "list", "--status", "all", "--json").json());
        assertEquals("0000-03-01T12:34:56", dates.get(1L));
        assertEquals("2024-01-09T10:08:57", dates.get(2L), "the local date, as WordPress's zeros say nothing");
        assertEquals("9999-12-31T23:59:59", dates.get(3L));

        Path exported = dir.resolve("round-trip.xml");
        ok("--db", dbArg(), "export", "--status", "all", "--format", "wxr", "--out", exported.toString());
        Path again = dir.resolve("again.db");
        ok("--db", again.toString(), "import", exported.toString());
        assertEquals(dates, datesById(ok("--db", again.toString(), "list", "--status", "all", "--json").json()));
    }

    @Test
    void aNegativeYearIsRefusedInOneLineNamingItsPlace() throws IOException {
        String text = Files.readString(sample, StandardCharsets.UTF_8)
                .replace(gmt("2024-01-09 08:08:57"), gmt("-0005-03-01 12:34:56"));
        Path edited = Files.writeString(dir.resolve("bc.xml"), text, StandardCharsets.UTF_8);
        String line = userError("--db", dbArg(), "import", edited.toString());
        assertTrue(line.matches("moddesk: " + java.util.regex.Pattern.quote(edited.toString())
                + ":\\d+:\\d+: comment 1: comment_date_gmt '-0005-03-01 12:34:56' is not a date .*year from 0000 to 9999"),
                line);
    }

    // ---------------------------------------------------------------- terminal safety

    /** Screen clear, window title, OSC 8 hyperlink, backspace, bell, C1 CSI and a right-to-left override. */
    static final String NASTY = "\u001b[2J\u001b]0;pwned\u0007\u001b]8;;http://evil\u001b\\link\u001b]8;;\u001b\\"
            + "\b\u0007\u009b31m\u202egnp.exe";

    /** Fails on any character a terminal would act on (the line ends aside). */
    static void assertInert(String printed) {
        printed.replace(System.lineSeparator(), "").chars().forEach(c ->
                assertFalse(TerminalTextTest.actsOnTerminal(c), "U+" + Integer.toHexString(c) + " in " + printed));
    }

    private Path restComment(String name, String author, String content, String status) throws IOException {
        Map<String, Object> comment = Map.of("id", 5, "post", 1, "author_name", author,
                "date_gmt", "2024-01-01T00:00:00", "content", Map.of("raw", content), "status", status, "type", "comment");
        return Files.writeString(dir.resolve(name), JSON.writeValueAsString(List.of(comment)));
    }

    @Test
    void listShowsControlCharactersEscaped_andItsJsonKeepsThemExactly() throws IOException, SQLException {
        ok("--db", dbArg(), "import", restComment("evil.json", "Eve" + NASTY, "Hi " + NASTY, "hold").toString());

        String line = ok("--db", dbArg(), "list").out();
        assertInert(line);
        assertTrue(line.contains("Eve\\e[2J\\e]0;pwned\\x07"), line);
        assertTrue(line.contains("Hi \\e[2J\\e]0;pwned\\x07\\e]8;;http://evil\\e\\link"), line);

        String json = ok("--db", dbArg(), "list", "--json").out();
        assertTrue(json.chars().noneMatch(c -> c < 0x20 && c != '\n'), "JSON escapes C0 controls: " + json);
        JsonNode item = parse(json).get(0);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT author, content FROM comments WHERE remote_id = 5")) {
            assertTrue(rs.next());
            assertEquals(rs.getString("author"), item.get("author").asText(), "--json is exact");
            assertEquals(rs.getString("content"), item.get("content").asText(), "--json is exact");
        }
        assertTrue(item.get("author").asText().endsWith("\u009b31m\u202egnp.exe"));
    }

    @Test
    void auditReportWarningsAndErrorsShowSiteTextEscaped() throws IOException {
        String wxr = Files.readString(sample, StandardCharsets.UTF_8)
                .replace("<title><![CDATA[", "<title><![CDATA[\u009b2J\u202e")
                .replaceFirst("<wp:comment_approved><!\\[CDATA\\[0]]>", "<wp:comment_approved><![CDATA[\u202eheld]]>");
        Path site = Files.writeString(dir.resolve("site.xml"), wxr, StandardCharsets.UTF_8);
        Run imported = ok("--db", dbArg(), "import", site.toString());
        assertInert(imported.err());
        assertTrue(imported.err().contains("unknown comment_approved '\\u202eheld'"), imported.err());

        String report = ok("--db", dbArg(), "report").out();
        assertInert(report);
        assertTrue(report.contains("\\x9b2J\\u202e"), report);

        ok("--db", dbArg(), "moderate", "--action", "spam", "--ids", "3", "--by", "Eve" + NASTY);
        String audit = ok("--db", dbArg(), "audit").out();
        assertInert(audit);
        assertTrue(audit.contains("Eve\\e[2J"), audit);

        String error = userError("--db", dbArg(), "import", restComment("bad.json", "Ann", "hi", NASTY).toString());
        assertInert(error);
        assertTrue(error.contains("unknown status '\\e[2J"), error);
    }

    @Test
    void auditPrintsTheLogOldestFirstAndLimitTakesTheOldest() throws SQLException {
        ok("--db", dbArg(), "import", sample.toString());
        long start = 1_767_225_600_000L; // 2026-01-01T00:00:00Z
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement()) {
            // a line a minute, more lines than the log reads at once
            st.executeUpdate("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 2500) "
                    + "INSERT INTO audit_log (at, moderator, comment_id, action, from_status, to_status) "
                    + "SELECT " + start + " + i * 60000, 'mod' || (i % 3), (SELECT min(id) FROM comments), 'approve', "
                    + "'pending', 'approved' FROM n");
        }
        List<String> all = List.of(ok("--db", dbArg(), "audit").out().split("\\R"));
        assertEquals(2500, all.size());
        assertTrue(all.get(0).startsWith("2026-01-01T00:01:00Z  mod1             approve  pending      → approved "),
                all.get(0));
        assertTrue(all.get(2499).startsWith(java.time.Instant.ofEpochMilli(start + 2500 * 60_000L) + "  mod1 "),
                all.get(2499));
        assertEquals(all.subList(0, 1200), List.of(ok("--db", dbArg(), "audit", "--limit", "1200").out().split("\\R")));
        // the minutes of 2 January: lines 1440 to 2500
        List<String> day = List.of(ok("--db", dbArg(), "audit", "--since", "2026-01-02", "--until", "2026-01-02").out()
                .split("\\R"));
        assertEquals(all.subList(1439, 2500), day);
    }

    static String[] with(String[] args, String... more) {
        return Stream.concat(Stream.of(args), Stream.of(more)).toArray(String[]::new);
    }

    @Test
    void syncShowsTheSitesErrorMessagesEscaped() throws IOException {
        try (FakeWordPress wp = new FakeWordPress().comment(4, 1, "hold")) {
            Path pw = Files.writeString(dir.resolve("pw"), FakeWordPress.PASSWORD);
            String[] sync = {"--db", dbArg(), "sync", "--site", wp.url(), "--user", FakeWordPress.USER,
                    "--password-file", pw.toString()};
            assertTrue(ok(sync).out().contains(": pulled 1 comment (1 inserted, 0 updated, 0 conflicts); "
                    + "pushed 0 decisions"));
            ok("--db", dbArg(), "moderate", "--action", "approve", "--ids", "4");
            wp.fault(r -> r.startsWith("POST"), 1, 400, JSON.writeValueAsString(Map.of("code", "rest_invalid",
                    "message", "No " + NASTY)), Map.of());
            Run pushed = ok(with(sync, "--push-only"));
            assertInert(pushed.out() + pushed.err());

            String planned = ok(with(sync, "--dry-run")).out();
            assertInert(planned);
            assertTrue(planned.contains("No \\e[2J\\e]0;pwned\\x07"), planned);
            assertTrue(planned.contains("(1 failed attempt: "), planned);
            assertTrue(planned.contains("dry run: 1 decision would be pushed"), planned);
        }
    }

    @Test
    void oneOfAnythingIsSingular() throws IOException {
        String imported = ok("--db", dbArg(), "import", restComment("one.json", "Ann", "hi", "hold").toString()).out();
        assertTrue(imported.contains(": 1 comment: 1 inserted, 0 updated, 0 unchanged, 0 conflicts; 0 posts;"),
                imported);
        ok("--db", dbArg(), "moderate", "--action", "approve", "--ids", "5");
        Path csv = dir.resolve("one.csv");
        String exported = ok("--db", dbArg(), "export", "--status", "approved", "--format", "csv", "--out", csv.toString())
                .out();
        assertTrue(exported.startsWith(csv + ": 1 comment (csv)"), exported);
        String audit = ok("--db", dbArg(), "audit", "--out", dir.resolve("audit.csv").toString()).out();
        assertTrue(audit.endsWith(": 1 audit line" + System.lineSeparator()), audit);
    }

    // ---------------------------------------------------------------- errors

    @Test
    void aMissingFileIsOneLineNamingIt() {
        Path missing = dir.resolve("no-such-export.xml");
        String line = userError("--db", dbArg(), "import", missing.toString());
        assertTrue(line.contains(missing.toString()), line);
    }

    @Test
    void aBadFileIsOneLineNamingItsPlace() throws IOException {
        String text = Files.readString(sample, StandardCharsets.UTF_8);
        Path truncated = Files.writeString(dir.resolve("truncated.xml"), text.substring(0, text.length() / 3));
        String line = userError("--db", dbArg(), "import", truncated.toString(), "--json");
        assertTrue(line.contains(truncated + ":"), line);
        assertTrue(line.matches(".*" + java.util.regex.Pattern.quote(truncated.toString()) + ":\\d+:\\d+: .*"), line);

        Path empty = Files.write(dir.resolve("empty.json"), new byte[0]);
        assertTrue(userError("--db", dbArg(), "import", empty.toString()).contains(empty.toString()));
        Path object = Files.writeString(dir.resolve("object.json"), "{\"id\": 1}");
        assertTrue(userError("--db", dbArg(), "import", object.toString()).contains(object + ":1:1"));
        Path xxe = Files.writeString(dir.resolve("xxe.xml"), "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [<!ENTITY x SYSTEM "
                + "\"file:///etc/passwd\">]>\n<rss><channel>&x;</channel></rss>\n");
        assertTrue(userError("--db", dbArg(), "import", xxe.toString()).contains(xxe + ":"));
    }

    @Test
    void aDatabaseFromANewerModDeskOrNoModDeskOrNotADatabaseIsOneLine() throws IOException, SQLException {
        Path future = dir.resolve("future.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + future); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE t (x)");
            st.execute("PRAGMA user_version = 999");
        }
        assertTrue(userError("--db", future.toString(), "stats").contains("newer"));
        Path odd = dir.resolve("odd.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + odd); Statement st = c.createStatement()) {
            st.execute("PRAGMA user_version = -1");
        }
        assertTrue(userError("--db", odd.toString(), "stats").contains("not written by ModDesk"));
        Path notes = Files.writeString(dir.resolve("notes.db"), "not a database ".repeat(500));
        assertTrue(userError("stats", "--db", notes.toString()).contains(notes.toString()));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "list --status bogus",
            "list --status deleted",
            "list --limit -1",
            "list --limit lots",
            "moderate --action frobnicate --ids 1",
            "moderate --action approve --ids 1,x",
            "moderate --action approve --ids 99999",
            "moderate --action approve",
            "moderate --ids 1",
            "stats --frobnicate",
            "frobnicate",
            "import",
    })
    void badArgumentsExitWithOneAndOneLine(String args) {
        ok("--db", dbArg(), "import", sample.toString());
        List<String> argv = new ArrayList<>(List.of("--db", dbArg()));
        argv.addAll(List.of(args.split(" ")));
        userError(argv.toArray(new String[0]));
    }
}
