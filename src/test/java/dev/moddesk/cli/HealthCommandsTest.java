package dev.moddesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.moddesk.app.Workspace;
import dev.moddesk.core.ModerationAction;
import dev.moddesk.owner.DatabaseOwnership;
import dev.moddesk.owner.Owned;
import dev.moddesk.store.StoreProbe;
import dev.moddesk.testing.Fixtures;
import dev.moddesk.testing.ModDeskProcess;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code doctor}, {@code backup} and {@code restore} on the command line, in-process and handed to an owner. */
class HealthCommandsTest {
    @TempDir
    Path dir;

    private Path site(int comments) {
        Path db = dir.resolve("site.db");
        Fixtures.desk(db, comments, "ann").close();
        return db;
    }

    @Test
    void doctorSaysAllIsWellWithExitZeroAndListsProblemsWithWhatToDoWithExitOne() throws Exception {
        Path db = site(80);
        CliTest.Run well = CliTest.ok("--db", db.toString(), "doctor");
        assertTrue(well.out().contains("all is well"), well.out());

        JsonNode json = CliTest.ok("--db", db.toString(), "doctor", "--json", "--full").json();
        assertEquals(Set.of("ok", "problems", "backups"), CliTest.keys(json));
        assertTrue(json.get("ok").asBoolean());

        StoreProbe.execute(db, "UPDATE comment_counts SET n = n + 1 WHERE status = 'pending'");
        CliTest.Run sick = CliTest.run("--db", db.toString(), "doctor");
        assertEquals(1, sick.code());
        List<String> lines = sick.out().lines().filter(l -> l.startsWith("counts: ")).toList();
        assertEquals(1, lines.size(), sick.out());
        assertTrue(lines.get(0).contains("doctor --repair"), lines.get(0));

        CliTest.Run sickJson = CliTest.run("--db", db.toString(), "doctor", "--json");
        assertEquals(1, sickJson.code());
        JsonNode problem = sickJson.json().get("problems").get(0);
        assertFalse(sickJson.json().get("ok").asBoolean());
        assertEquals(Set.of("check", "problem", "todo", "repairable"), CliTest.keys(problem));

        CliTest.Run repaired = CliTest.ok("--db", db.toString(), "doctor", "--repair", "--json");
        assertTrue(repaired.json().get("ok").asBoolean());
        assertTrue(repaired.err().contains("repaired: counted the comments by site and status anew"), repaired.err());
        CliTest.ok("--db", db.toString(), "doctor");
    }

    @Test
    void doctorOnAMissingDatabaseIsAUserErrorAndCreatesNothing() {
        Path missing = dir.resolve("nothing.db");
        assertTrue(CliTest.userError("--db", missing.toString(), "doctor").contains("no such database"));
        assertFalse(Files.exists(missing));
    }

    @Test
    void backupThenRestoreLatestBringsBackTheDatabaseAndKeepsTheReplacedOne() throws Exception {
        Path db = site(60);
        Path copy = dir.resolve("copy.db");
        CliTest.ok("--db", db.toString(), "backup", "--to", copy.toString());
        assertEquals(60, StoreProbe.number(copy, "SELECT count(*) FROM comments"));
        CliTest.ok("--db", db.toString(), "backup");
        CliTest.ok("--db", db.toString(), "moderate", "--action", "spam", "--ids", "1,2,3");
        CliTest.Run restored = CliTest.ok("--db", db.toString(), "restore", "--latest");
        assertTrue(restored.out().contains("damaged"), restored.out());
        assertEquals(0, StoreProbe.outbox(db));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(1, files.filter(f -> f.getFileName().toString().startsWith("site.db.damaged-")).count());
        }
        CliTest.ok("--db", db.toString(), "restore", "--from", copy.toString());
        assertTrue(CliTest.userError("--db", db.toString(), "restore").contains("--latest"));
    }

    @Test
    void withTheDatabaseOpenElsewhereBackupAndDoctorRunThereAndRestoreIsRefused() throws Exception {
        Path db = site(300);
        Owned owned = (Owned) DatabaseOwnership.claim(db, "the test desk");
        Workspace desk = Workspace.open(db, () -> "desk");
        try {
            owned.serve(HandOverProcessTest.commandLine());
            desk.moderation().decide(List.of(StoreProbe.rowId(db, 1)), ModerationAction.APPROVE);
            ModDeskProcess.Result backup = ModDeskProcess.run(dir, 60, "--db", "site.db", "backup", "--to", "held.db");
            assertEquals(0, backup.exit(), backup.err());
            assertEquals("approved", StoreProbe.strings(dir.resolve("held.db"),
                    "SELECT decision FROM comments WHERE remote_id = 1").get(0), "the copy has the desk's last commit");
            desk.moderation().decide(List.of(StoreProbe.rowId(db, 2)), ModerationAction.SPAM);

            ModDeskProcess.Result doctor = ModDeskProcess.run(dir, 60, "--db", "site.db", "doctor", "--json");
            assertEquals(0, doctor.exit(), doctor.out() + doctor.err());
            assertTrue(doctor.out().startsWith("{\"ok\":true,\"problems\":[],\"backups\":["), doctor.out());

            byte[] before = Files.readAllBytes(db);
            ModDeskProcess.Result restore = ModDeskProcess.run(dir, 60, "--db", "site.db", "restore", "--from", "held.db");
            assertEquals(1, restore.exit(), restore.err());
            assertTrue(restore.err().contains("is open in another ModDesk process"), restore.err());
            assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(db)));
        } finally {
            desk.close();
            owned.close();
        }
        assertEquals("spam", StoreProbe.status(db, 2));
    }
}
