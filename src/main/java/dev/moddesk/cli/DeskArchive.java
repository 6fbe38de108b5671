package dev.moddesk.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.CRC32;

/**
 * The class-data archive of the desk started from a jar, in the user's cache folder. JDK 17 ties an archive to
 * the exact jar (its path, size and time) and JVM that wrote it, so its name is made of those: a new jar or JDK
 * gets an archive of its own, and one that does not match is never used. A start without one writes it under a
 * name of its own as the desk ends ({@code -XX:ArchiveClassesAtExit}), then moves it into place, so two desks
 * ending at once cannot leave half a file where the next start looks.
 */
final class DeskArchive {
    /** The JVM says nothing about archives it cannot use or classes it leaves out: the desk's output stays clean. */
    /** How many archives of other jars or JVMs stay. */
    static final int KEPT = 2;
    private static final List<String> QUIET = List.of("-Xshare:auto", "-Xlog:cds=off", "-Xlog:cds+dynamic=off");

    private final Path archive;
    private final Path writing;

    private DeskArchive(Path archive, Path writing) {
        this.archive = archive;
        this.writing = writing;
    }

    static DeskArchive forJar(Path jar, Path cacheFolder) {
        Path archive = cacheFolder.resolve("desk-" + fingerprint(jar) + ".jsa");
        return new DeskArchive(archive, archive.resolveSibling(archive.getFileName() + "."
                + ProcessHandle.current().pid() + ".part"));
    }

    /** The JVM options that use the archive, or write it when there is none yet. */
    List<String> options() {
        try {
            if (Files.size(archive) > 0) {
                return concat("-XX:SharedArchiveFile=" + archive);
            }
        } catch (IOException e) {
            // none yet
        }
        try {
            Files.createDirectories(archive.getParent());
            removeAbandonedParts();
            removeOldArchives();
            return concat("-XX:ArchiveClassesAtExit=" + writing);
        } catch (IOException e) {
            return QUIET; // no cache folder: start without an archive of its own
        }
    }

    /** After the desk ended: the archive it wrote, if any, takes its place; a failed one is removed. */
    void keepWhatWasWritten() {
        try {
            if (Files.isRegularFile(writing) && Files.size(writing) > 0) {
                Files.move(writing, archive, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } else {
                Files.deleteIfExists(writing);
            }
        } catch (IOException e) {
            // the next start tries again
        }
    }

    /** Parts left by desks that were killed while they wrote (their process is gone), of any jar. */
    private void removeAbandonedParts() throws IOException {
        try (Stream<Path> files = Files.list(archive.getParent())) {
            for (Path f : (Iterable<Path>) files::iterator) {
                String name = f.getFileName().toString();
                if (name.startsWith("desk-") && name.endsWith(".jsa." + pidOf(name) + ".part")
                        && !running(pidOf(name))) {
                    Files.deleteIfExists(f);
                }
            }
        }
    }

    /** The process that writes a part named {@code desk-KEY.jsa.PID.part}. */
    private static String pidOf(String partName) {
        String withoutPart = partName.substring(0, Math.max(0, partName.length() - ".part".length()));
        return withoutPart.substring(withoutPart.lastIndexOf('.') + 1);
    }

    /** Archives of earlier jars or JVMs (34 MB each): the newest {@link #KEPT} stay, for a jar still in use. */
    private void removeOldArchives() throws IOException {
        List<Path> others;
        try (Stream<Path> files = Files.list(archive.getParent())) {
            others = files.filter(f -> f.getFileName().toString().startsWith("desk-")
                    && f.getFileName().toString().endsWith(".jsa") && !f.equals(archive)).collect(Collectors.toList());
        }
        others.sort(Comparator.comparing(DeskArchive::modified).reversed());
        for (Path old : others.subList(Math.min(KEPT, others.size()), others.size())) {
            Files.deleteIfExists(old);
        }
    }

    private static FileTime modified(Path f) {
        try {
            return Files.getLastModifiedTime(f);
        } catch (IOException e) {
            return FileTime.fromMillis(0);
        }
    }

    private static boolean running(String pid) {
        try {
            return ProcessHandle.of(Long.parseLong(pid)).map(ProcessHandle::isAlive).orElse(false);
        } catch (NumberFormatException e) {
            return false;
        }
    }

    Path file() {
        return archive;
    }

    private static List<String> concat(String option) {
        List<String> all = new ArrayList<>(QUIET);
        all.add(option);
        return all;
    }

    /** The jar's path, size and time and the JVM's version and home: what the JVM checks the archive against. */
    static String fingerprint(Path jar) {
        String what;
        try {
            Path real = jar.toRealPath();
            what = real + "|" + Files.size(real) + "|" + Files.getLastModifiedTime(real).toMillis();
        } catch (IOException e) {
            what = jar.toAbsolutePath().toString();
        }
        what += "|" + System.getProperty("java.vm.version") + "|" + System.getProperty("java.home");
        // a name, not a secret: two cheap hashes (MessageDigest's providers would cost the start 60 ms)
        CRC32 crc = new CRC32();
        crc.update(what.getBytes(StandardCharsets.UTF_8));
        return Long.toHexString(crc.getValue() << 32 | what.hashCode() & 0xffffffffL);
    }
}
