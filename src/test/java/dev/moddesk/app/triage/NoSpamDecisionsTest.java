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
import dev.moddesk.triage.Triage;
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
                    + "AND reasons LIKE '[\"not learnt yet: it needs 10 comments you marked spam%'"),
                "each verdict says so first");
            double farm = Double.parseDouble(StoreProbe.strings(db, "SELECT score FROM comments WHERE remote_id = ?",
                    10_021L).get(0));
            assertTrue(farm >= 0.5, "five links and no email score as likely spam: " + farm);
        }
    }

    /**
     * The first spam marked after importing an export without spam: a model of it beside hundreds of approved
     * comments would call every other comment fine, so the desk waits for {@link Triage#FEWEST_OF_EACH} of each.
     */
    @Test
    void aFewSpamDecisionsTeachNoModelYet_tenDo() throws IOException {
        List<Example> all = LabelledExport.read(LabelledExport.SOURCES.get(0));
        List<Example> approved = all.stream().filter(e -> !e.spam()).toList();
        List<Example> spam = all.stream().filter(Example::spam).toList();
        List<Example> pending = LabelledExport.read(LabelledExport.SOURCES.get(1)).subList(0, 20);
        try (Workspace desk = Workspace.open(dir.resolve("t.db"), () -> "tester")) {
            Path file = dir.resolve("export.json");
            LabelledExport.write(file, SITE, 1, approved, true);
            desk.importer(w -> { }).importFile(file, ImportProgress.NONE, () -> false);
            LabelledExport.write(file, SITE, 5_001, spam.subList(0, 9), true);
            desk.importer(w -> { }).importFile(file, ImportProgress.NONE, () -> false);
            LabelledExport.write(file, SITE, 10_001, pending, false);
            desk.importer(w -> { }).importFile(file, ImportProgress.NONE, () -> false);
            assertEquals(0, desk.triage().scorePending(Rescore.ALL, () -> false).learnedFrom(), "9 spam: no model");

            LabelledExport.write(file, SITE, 6_001, spam.subList(9, 10), true);
            desk.importer(w -> { }).importFile(file, ImportProgress.NONE, () -> false);
            TriageSummary learnt = desk.triage().scorePending(Rescore.ALL, () -> false);
            assertEquals(approved.size() + 10, learnt.learnedFrom(), "10 spam: a model");
        }
    }
}
