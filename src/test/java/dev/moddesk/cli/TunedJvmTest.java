package dev.moddesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TunedJvmTest {
    @Test
    void onlyALargeImportOrTheTriageOfALargeDatabaseIsRelaunched(@TempDir Path dir) throws IOException {
        String big = sized(dir.resolve("big.xml"), TunedJvm.THRESHOLD_BYTES).toString();
        String small = sized(dir.resolve("small.xml"), 1000).toString();
        String bigDb = sized(dir.resolve("big.db"), TunedJvm.THRESHOLD_BYTES).toString();
        String smallDb = sized(dir.resolve("small.db"), 1000).toString();
        assertTrue(TunedJvm.worthIt(new String[] {"--db", smallDb, "import", big}));
        assertTrue(TunedJvm.worthIt(new String[] {"--db", bigDb, "import", "--json", big}));
        assertTrue(TunedJvm.worthIt(new String[] {"--db", bigDb, "import", small}),
                "the triage of what it brings reads the decisions the database keeps");
        assertFalse(TunedJvm.worthIt(new String[] {"--db", smallDb, "import", small}));
        assertFalse(TunedJvm.worthIt(new String[] {"--db", dir.resolve("none.db").toString(), "import", small}));
        assertTrue(TunedJvm.worthIt(new String[] {"--db", bigDb, "triage", "--json"}));
        assertFalse(TunedJvm.worthIt(new String[] {"--db", smallDb, "triage"}));
        assertFalse(TunedJvm.worthIt(new String[] {"--db", dir.resolve("none.db").toString(), "triage"}));
        assertFalse(TunedJvm.worthIt(new String[] {"--db", bigDb, "stats"}));
        assertFalse(TunedJvm.worthIt(new String[] {"--db", bigDb, "list", "--search", "import"}));
        assertFalse(TunedJvm.worthIt(new String[] {}));
    }

    @Test
    void aKilledParentEndsItsRunAndStillDoesWhatFollowsItsEnd(@TempDir Path dir) throws Exception {
        Path wrote = dir.resolve("archive");
        // a run that, told to end, writes as it ends (as the tuned desk writes its class-data archive)
        Process run = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), WritesAsItEnds.class.getName(), wrote.toString()).start();
        assertEquals("started", new java.io.BufferedReader(new java.io.InputStreamReader(run.getInputStream()))
                .readLine());
        boolean[] followed = new boolean[1];
        TunedJvm.endedBy(run, () -> followed[0] = Files.exists(wrote));
        assertFalse(run.isAlive());
        assertTrue(followed[0], "what follows the run saw what it wrote as it ended");
    }

    @Test
    void theDesksYoungGenerationGivesWayToHeapSizesOfTheUsersOwn() {
        for (String own : List.of("-Xmx512m", "-Xmn64m", "-XX:MaxNewSize=64m", "-XX:NewRatio=3",
                "-XX:MaxRAMPercentage=10", "-XX:MaxHeapSize=1g")) {
            assertTrue(TunedJvm.sizesTheHeap(own), own);
        }
        for (String other : List.of("-Xss2m", "-Dx=1", "-XX:+UseSerialGC", "-Xshare:auto")) {
            assertFalse(TunedJvm.sizesTheHeap(other), other);
        }
    }

    /** A sparse file of {@code bytes} (no disk used). */
    private static Path sized(Path file, long bytes) throws IOException {
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
            f.setLength(bytes);
        }
        return file;
    }

    @Test
    void theChildKeepsTheUsersJvmOptionsAndArguments() {
        List<String> cmd = TunedJvm.command(new String[] {"--db", "a.db", "import", "x.xml"},
                List.of("-Xmx256m", "-XX:+UseG1GC", "-Dfoo=bar"), List.of());
        int cp = cmd.indexOf("-cp");
        assertTrue(cp > 0);
        List<String> jvm = cmd.subList(1, cp);
        assertTrue(jvm.containsAll(List.of("-Xmx256m", "-Dfoo=bar", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-Dmoddesk.tuned=true")), jvm.toString());
        assertFalse(jvm.contains("-XX:+UseG1GC"), "two collectors would not start");
        assertEquals(List.of("dev.moddesk.Main", "--db", "a.db", "import", "x.xml"), cmd.subList(cp + 2, cmd.size()));
    }

    @Test
    void onlyADeskStartedFromAJarWithoutAnArchiveOfItsOwnIsRelaunched() {
        assertTrue(TunedJvm.deskFromAJar("/opt/x/moddesk.jar", List.of("-Xmx1g")));
        assertFalse(TunedJvm.deskFromAJar("target/classes:lib/a.jar", List.of()), "a class path of folders");
        assertFalse(TunedJvm.deskFromAJar("a.jar" + java.io.File.pathSeparator + "b.jar", List.of()));
        assertFalse(TunedJvm.deskFromAJar("moddesk.jar", List.of("-XX:SharedArchiveFile=my.jsa")));
        assertFalse(TunedJvm.deskFromAJar("moddesk.jar", List.of("-Xshare:off")));
    }

    @Test
    void theDesksChildGetsTheArchiveOptionsAfterTheTuning() {
        List<String> cmd = TunedJvm.command(new String[] {"--db", "a.db"}, List.of(),
                List.of("-Xlog:cds=off", "-XX:SharedArchiveFile=/c/desk.jsa"));
        int cp = cmd.indexOf("-cp");
        assertTrue(cmd.subList(1, cp).containsAll(List.of("-XX:TieredStopAtLevel=1", "-Xlog:cds=off",
                "-XX:SharedArchiveFile=/c/desk.jsa", "-Dmoddesk.tuned=true")), cmd.toString());
        assertEquals(List.of("dev.moddesk.Main", "--db", "a.db"), cmd.subList(cp + 2, cmd.size()));
    }

    @Test
    void inputSizeCountsOnlyExistingFilesThatAreNotTheDatabase(@TempDir Path dir) throws IOException {
        Path xml = Files.write(dir.resolve("a.xml"), new byte[1000]);
        Path db = Files.write(dir.resolve("a.db"), new byte[5000]);
        assertEquals(1000, TunedJvm.inputBytes(new String[] {"--db", db.toString(), "import", xml.toString(),
                dir.resolve("missing.xml").toString()}));
    }
}
