package dev.moddesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The desk's own class-data archive: written once per jar and JVM, used after that, never half-written. */
class DeskArchiveTest {
    @TempDir
    Path dir;

    @Test
    void aFirstStartWritesTheArchiveAsItEndsAndLaterStartsUseIt() throws IOException {
        Path jar = Files.write(dir.resolve("moddesk.jar"), new byte[100]);
        Path cache = dir.resolve("cache");
        DeskArchive first = DeskArchive.forJar(jar, cache);
        List<String> writing = first.options();
        String dump = writing.get(writing.size() - 1);
        assertTrue(dump.startsWith("-XX:ArchiveClassesAtExit="), writing.toString());
        assertTrue(writing.containsAll(List.of("-Xlog:cds=off", "-Xlog:cds+dynamic=off")), "the desk's output stays clean");
        Path part = Path.of(dump.substring(dump.indexOf('=') + 1));
        assertNotEquals(first.file(), part, "written under a name of its own, then moved into place");
        assertTrue(Files.isDirectory(cache));

        Files.write(part, new byte[] {1, 2, 3}); // what the JVM writes at exit
        first.keepWhatWasWritten();
        assertTrue(Files.isRegularFile(first.file()));
        assertFalse(Files.exists(part));

        List<String> later = DeskArchive.forJar(jar, cache).options();
        assertEquals("-XX:SharedArchiveFile=" + first.file(), later.get(later.size() - 1));
    }

    @Test
    void aStartThatWroteNothingLeavesNothing() throws IOException {
        Path jar = Files.write(dir.resolve("moddesk.jar"), new byte[100]);
        DeskArchive archive = DeskArchive.forJar(jar, dir);
        String dump = archive.options().get(archive.options().size() - 1);
        Path part = Path.of(dump.substring(dump.indexOf('=') + 1));
        Files.write(part, new byte[0]); // killed while writing
        archive.keepWhatWasWritten();
        assertFalse(Files.exists(part));
        assertFalse(Files.exists(archive.file()));
    }

    @Test
    void partsLeftByKilledDesksAreRemovedButNotOneBeingWritten() throws IOException {
        Path jar = Files.write(dir.resolve("moddesk.jar"), new byte[100]);
        DeskArchive archive = DeskArchive.forJar(jar, dir);
        Path abandoned = Files.write(dir.resolve(archive.file().getFileName() + "." + Long.MAX_VALUE + ".part"),
                new byte[10]);
        Path ofAnotherJar = Files.write(dir.resolve("desk-0123456789abcdef.jsa." + Long.MAX_VALUE + ".part"),
                new byte[10]);
        Path beingWritten = Files.write(dir.resolve(archive.file().getFileName() + "."
                + ProcessHandle.current().parent().orElseThrow().pid() + ".part"), new byte[10]);
        archive.options();
        assertFalse(Files.exists(abandoned), "its desk is gone");
        assertFalse(Files.exists(ofAnotherJar), "its desk is gone too");
        assertTrue(Files.exists(beingWritten), "its desk still runs");
    }

    @Test
    void onlyTheNewestArchivesOfOtherJarsStay() throws IOException {
        Path jar = Files.write(dir.resolve("moddesk.jar"), new byte[100]);
        DeskArchive archive = DeskArchive.forJar(jar, dir);
        List<Path> old = new java.util.ArrayList<>();
        for (int i = 0; i < DeskArchive.KEPT + 2; i++) {
            Path f = Files.write(dir.resolve("desk-old" + i + ".jsa"), new byte[10]);
            Files.setLastModifiedTime(f, FileTime.fromMillis(1_000_000L * (i + 1)));
            old.add(f);
        }
        archive.options();
        for (int i = 0; i < old.size(); i++) {
            assertEquals(i >= old.size() - DeskArchive.KEPT, Files.exists(old.get(i)), old.get(i).toString());
        }
    }

    @Test
    void anotherJarGetsAnArchiveOfItsOwn() throws IOException {
        Path jar = Files.write(dir.resolve("moddesk.jar"), new byte[100]);
        String before = DeskArchive.fingerprint(jar);
        assertEquals(before, DeskArchive.fingerprint(jar));
        Files.setLastModifiedTime(jar, FileTime.fromMillis(Files.getLastModifiedTime(jar).toMillis() + 5_000));
        String touched = DeskArchive.fingerprint(jar);
        assertNotEquals(before, touched, "a rebuilt jar");
        Files.write(jar, new byte[200]);
        assertNotEquals(touched, DeskArchive.fingerprint(jar), "a jar of another size");
        Path elsewhere = Files.copy(jar, dir.resolve("other.jar"));
        Files.setLastModifiedTime(elsewhere, Files.getLastModifiedTime(jar));
        assertNotEquals(DeskArchive.fingerprint(jar), DeskArchive.fingerprint(elsewhere), "the same jar elsewhere");
    }
}
