package dev.moddesk.app.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moddesk.app.export.AtomicFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Part files: named after their process, and the leftovers of killed runs removed by the next write. */
class AtomicFileTest {
    @TempDir
    Path dir;

    /** A pid no process has now. */
    static long deadPid() {
        long pid = 4_000_000;
        while (ProcessHandle.of(pid).isPresent()) {
            pid++;
        }
        return pid;
    }

    private Path part(String target, long pid, String hex) throws IOException {
        return Files.writeString(dir.resolve("." + target + "." + pid + "." + hex + ".part"), "half an export");
    }

    private List<String> names() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aWriteRemovesTheLeftoversOfItsTargetWhoseProcessIsGone() throws IOException {
        long self = ProcessHandle.current().pid();
        long parent = ProcessHandle.current().parent().orElseThrow().pid();
        Path killed = part("out.csv", deadPid(), "18c2f9a1b");
        Path samePidEarlierRun = part("out.csv", self, "1f00");
        Path liveOther = part("out.csv", parent, "2a");
        Path otherTarget = part("other.csv", deadPid(), "3b");
        Path oldStyle = Files.writeString(dir.resolve(".out.csv.18c2f9a1b.part"), "no pid in its name");
        assertEquals(Set.of(killed, samePidEarlierRun), Set.copyOf(AtomicFile.staleParts(dir.resolve("out.csv"))));

        AtomicFile.write(dir.resolve("out.csv"), out -> out.write("done".getBytes(StandardCharsets.UTF_8)));

        assertEquals("done", Files.readString(dir.resolve("out.csv")));
        assertFalse(Files.exists(killed), "a killed run's part file is removed");
        assertFalse(Files.exists(samePidEarlierRun), "so is one of an earlier process that had this pid");
        assertTrue(Files.exists(liveOther), "a running process's part file stays");
        assertTrue(Files.exists(otherTarget), "another target's leftovers are its own write's business");
        assertTrue(Files.exists(oldStyle), "a name without a pid tells nothing about its writer");
        assertEquals(List.of(otherTarget), AtomicFile.staleParts(dir.resolve("other.csv")));
    }

    @Test
    void aPartFileThisProcessIsWritingIsNeverStale() throws Exception {
        Path target = dir.resolve("report.json");
        CountDownLatch writing = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Void> slow = CompletableFuture.runAsync(() -> {
            try {
                AtomicFile.write(target, out -> {
                    out.write("slow".getBytes(StandardCharsets.UTF_8));
                    writing.countDown();
                    try {
                        release.await(20, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                });
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        assertTrue(writing.await(20, TimeUnit.SECONDS));
        String slowPart = names().get(0);
        assertTrue(slowPart.matches("\\.report\\.json\\." + ProcessHandle.current().pid() + "\\.[0-9a-f]+\\.part"),
                slowPart);
        assertEquals(List.of(), AtomicFile.staleParts(target));

        AtomicFile.write(target, out -> out.write("quick".getBytes(StandardCharsets.UTF_8)));
        assertTrue(names().contains(slowPart), "the other write's part file is left alone");
        release.countDown();
        slow.get(20, TimeUnit.SECONDS);
        assertEquals("slow", Files.readString(target), "and it completes");
        assertEquals(List.of("report.json"), names());
    }
}
