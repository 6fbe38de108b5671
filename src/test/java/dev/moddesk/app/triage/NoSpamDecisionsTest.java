package dev.moddesk.app.triage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moddesk.app.Workspace;
import dev.moddesk.app.importing.ImportProgress;
import dev.moddesk.core.CommentType;
import dev.moddesk.store.StoreProbe;
import dev.moddesk.testing.LabelledExport;
import dev.moddesk.triage.CommentFacts;
import dev.moddesk.triage.Example;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A site's WordPress export holds no spam: with approved decisions alone there is no model to learn (one would call
 * everything fine), and the signals, the rules and the site's filter judge until there are both kinds.
 */
class NoSpamDecisionsTest {
    private static final String SITE = "https://no-spam.example";
    private static final String LINKS = "cheap pills <a href=\"http://a.example/x\">a</a> http://b.example/y "
            + "http://c.example/z http://d.example/w http://e.example/v";

    @TempDir
    Path dir;

    @Test
    void approvedDecisionsAlone_teachNoModel_andALinkFarmStillScoresHigh() throws IOException {
        List<Example> approved = LabelledExport.read(LabelledExport.SOURCES.get(0)).stream()
                .filter(e -> !e.spam()).toList();
        List<Example> pending = new ArrayList<>(LabelledExport.read(LabelledExport.SOURCES.get(1)).subList(0, 20));
        pending.add(new Example(new CommentFacts("Pills", "", "", "", null, CommentType.COMMENT, LINKS), true));
        try (Workspace desk = Workspace.open(dir.resolve("t.db"), () -> "tester")) {
            Path file = dir.resolve("export.json");
            LabelledExport.write(file, SITE, 1, approved, true);
            desk.importer(w -> { }).importFile(file, ImportProgress.NONE, () -> false);
            LabelledExport.write(file, SITE, 10_001, pending, false);
            desk.importer(w -> { }).importFile(file, ImportProgress.NONE, () -> false);
            TriageSummary s = desk.triage().scorePending(Rescore.ALL, () -> false);

            Path db = dir.resolve("t.db");
            assertEquals(21, s.scored());
            assertEquals(0, s.learnedFrom(), "no model learnt");
            assertEquals(0, StoreProbe.number(db, "SELECT count(*) FROM triage_model"), "none kept");
            assertEquals(21, StoreProbe.number(db, "SELECT count(*) FROM comments WHERE status = 'pending' "
                    + "AND reasons LIKE '[\"not learnt yet: it needs comments you marked spam%'"),
                "each verdict says so first");
            double farm = Double.parseDouble(StoreProbe.strings(db, "SELECT score FROM comments WHERE remote_id = ?",
                    10_021L).get(0));
            assertTrue(farm >= 0.5, "five links and no email score as likely spam: " + farm);
        }
    }
}
