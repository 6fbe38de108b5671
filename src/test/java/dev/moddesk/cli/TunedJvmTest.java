package dev.moddesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TunedJvmTest {
    @Test
    void onlyImportsAreRelaunched() {
        assertTrue(TunedJvm.isImport(new String[] {"--db", "x.db", "import", "a.xml"}));
        assertTrue(TunedJvm.isImport(new String[] {"import", "--json", "a.xml"}));
        assertFalse(TunedJvm.isImport(new String[] {"--db", "import", "stats"}));
        assertFalse(TunedJvm.isImport(new String[] {"list", "--search", "import"}));
        assertFalse(TunedJvm.isImport(new String[] {}));
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
