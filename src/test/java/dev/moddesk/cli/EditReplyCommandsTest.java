package dev.moddesk.cli;

import static dev.moddesk.cli.CliTest.JSON;
import static dev.moddesk.cli.CliTest.keys;
import static dev.moddesk.cli.CliTest.ok;
import static dev.moddesk.cli.CliTest.userError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.moddesk.store.StoreProbe;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code edit} and {@code reply} (DESIGN §4): their JSON, what they store and queue, their user errors. */
class EditReplyCommandsTest {
    @TempDir
    Path dir;
    Path db;
    String dbArg;

    @BeforeEach
    void imported() throws Exception {
        Path sample = dir.resolve("sample-export.xml");
        try (InputStream in = getClass().getResourceAsStream("/dev/moddesk/sample-export.xml")) {
            Files.copy(in, sample);
        }
        db = dir.resolve("desk.db");
        dbArg = db.toString();
        ok("--db", dbArg, "import", sample.toString());
    }

    private Path file(String name, String text) throws Exception {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    @Test
    void editPrintsChanged_storesTheTextAndQueuesIt() throws Exception {
        Path content = file("c.html", "<p>no more links</p>\n");
        JsonNode r = JSON.readTree(ok("--db", dbArg, "edit", "--id", "6", "--content-file", content.toString(),
                "--author", "Spam Bot", "--by", "alice", "--json").out());
        assertEquals(Set.of("changed"), keys(r));
        assertEquals(1, r.get("changed").asInt());
        assertEquals(List.of("<p>no more links</p>|Spam Bot"), StoreProbe.strings(db, "SELECT content || '|' || author "
                + "FROM comments WHERE remote_id = 6"));
        assertEquals(List.of("edit"), StoreProbe.strings(db, "SELECT kind FROM outbox"));
        assertEquals(List.of("alice|edit|<p>no more links</p>"), StoreProbe.strings(db, "SELECT moderator || '|' || kind "
                + "|| '|' || json_extract(detail, '$.after.content') FROM audit_log"));
        JsonNode again = JSON.readTree(ok("edit", "--id", "6", "--content-file", content.toString(), "--json",
                "--db", dbArg).out());
        assertEquals(0, again.get("changed").asInt(), "the same edit again changes nothing");
        assertEquals("edit: 1 changed", ok("--db", dbArg, "edit", "--id", "6", "--url", "https://x.example").out().strip());
    }

    @Test
    void replyPrintsTheLocalId_aNegativeIdThatTheOtherCommandsTake() throws Exception {
        JsonNode r = JSON.readTree(ok("--db", dbArg, "reply", "--id", "9", "--content-file",
                file("r.txt", "Thanks, fixed.").toString(), "--json").out());
        assertEquals(Set.of("local_id"), keys(r));
        long local = r.get("local_id").asLong();
        assertTrue(local < 0, "a local id: " + local);
        assertEquals(List.of("1|9|Thanks, fixed.|approved"), StoreProbe.strings(db, "SELECT post_id || '|' || parent_id "
                + "|| '|' || content || '|' || status FROM comments WHERE remote_id = ?", local));
        assertEquals("approved", StoreProbe.status(db, 9), "the pending parent is approved with the reply");
        assertEquals(List.of("reply", "status"), StoreProbe.strings(db, "SELECT kind FROM outbox ORDER BY kind"));
        ok("--db", dbArg, "edit", "--id", Long.toString(local), "--content-file", file("r2.txt", "Thanks!").toString());
        assertEquals(List.of("Thanks!"), StoreProbe.strings(db, "SELECT json_extract(payload, '$.content') FROM outbox "
                + "WHERE kind = 'reply'"));
    }

    @Test
    void userErrors() throws Exception {
        assertTrue(userError("--db", dbArg, "edit", "--id", "6").contains("give at least one of"));
        assertTrue(userError("--db", dbArg, "edit", "--id", "99999", "--author", "x").contains("no comment with id 99999"));
        assertTrue(userError("--db", dbArg, "reply", "--id", "6", "--content-file", dir.resolve("nope").toString())
                .contains("no such file"));
        Path latin1 = dir.resolve("latin1.txt");
        Files.write(latin1, new byte[] {'c', 'a', 'f', (byte) 0xe9});
        assertTrue(userError("--db", dbArg, "reply", "--id", "6", "--content-file", latin1.toString())
                .contains("not UTF-8"));
        assertTrue(userError("--db", dbArg, "reply", "--id", "6", "--content-file", file("e.txt", "\n").toString())
                .contains("needs some content"));
        assertEquals(0, StoreProbe.auditRows(db));
    }

    @Test
    void editsAndRepliesAreInTheAuditExportWithBeforeAndAfter() throws Exception {
        ok("--db", dbArg, "edit", "--id", "6", "--author", "Bot", "--by", "alice");
        ok("--db", dbArg, "reply", "--id", "7", "--content-file", file("r.txt", "Welcome").toString(), "--by", "alice");
        Path json = dir.resolve("audit.json");
        ok("--db", dbArg, "audit", "--out", json.toString(), "--format", "json");
        JsonNode lines = JSON.readTree(json.toFile());
        assertEquals(2, lines.size(), lines.toString());
        assertEquals("edit", lines.get(0).get("kind").asText());
        assertEquals("Bot", lines.get(0).get("detail").get("after").get("author_name").asText());
        assertTrue(lines.get(0).get("detail").get("before").has("content"));
        assertEquals("reply", lines.get(1).get("kind").asText());
        assertEquals("Welcome", lines.get(1).get("detail").get("content").asText());
        Path csv = dir.resolve("audit.csv");
        ok("--db", dbArg, "audit", "--out", csv.toString(), "--format", "csv");
        List<String> rows = Files.readAllLines(csv);
        assertTrue(rows.get(0).endsWith(",kind,detail"), rows.get(0));
        assertTrue(rows.get(1).contains(",edit,") && rows.get(1).contains("Bot"), rows.get(1));
        assertTrue(ok("--db", dbArg, "audit").out().contains("edit {\"before\""), "the printed log names the edit too");
    }

    @Test
    void theWpCliExportUpdatesEditedCommentsAndCreatesReplies_quotedExactly() throws Exception {
        String tricky = "<p>It's \"fine\" $HOME `x`\n\\ ok</p>";
        ok("--db", dbArg, "edit", "--id", "6", "--content-file", file("c.html", tricky).toString());
        ok("--db", dbArg, "reply", "--id", "7", "--content-file", file("r.txt", "Don't worry").toString());
        ok("--db", dbArg, "moderate", "--action", "spam", "--ids", "6");
        Path script = dir.resolve("apply.sh");
        ok("--db", dbArg, "export", "--status", "pending,approved,spam", "--format", "wp-cli",
                "--out", script.toString());
        // a wp that prints each argument on its own, NUL-separated, to see exactly what the shell passes
        Path bin = Files.createDirectories(dir.resolve("bin"));
        Path wp = Files.writeString(bin.resolve("wp"), "#!/bin/sh\nprintf '%s\\0' \"$@\" >> \"$OUT\"\nprintf '\\n' >> \"$OUT\"\n");
        wp.toFile().setExecutable(true);
        Path out = dir.resolve("calls.txt");
        ProcessBuilder pb = new ProcessBuilder("sh", script.toString());
        pb.environment().put("PATH", bin + ":" + System.getenv("PATH"));
        pb.environment().put("OUT", out.toString());
        assertEquals(0, pb.start().waitFor());
        String calls = Files.readString(out);
        assertTrue(calls.contains("comment\0update\0" + "6\0--comment_content=" + tricky + "\0"), calls);
        assertTrue(calls.contains("comment\0create\0--comment_post_ID=1\0--comment_parent=7\0--comment_approved=1\0"),
                calls);
        assertTrue(calls.contains("--comment_content=Don't worry\0"), calls);
        assertTrue(calls.indexOf("update") < calls.indexOf("spam\0" + "6"), "the edit goes before the decision: " + calls);
    }
}
