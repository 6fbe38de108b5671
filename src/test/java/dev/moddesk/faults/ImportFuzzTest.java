package dev.moddesk.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moddesk.app.ChangeWatch;
import dev.moddesk.app.Workspace;
import dev.moddesk.app.importing.ImportProgress;
import dev.moddesk.app.importing.Importer;
import dev.moddesk.bench.SyntheticWxr;
import dev.moddesk.cli.ErrorLine;
import dev.moddesk.store.DatabaseInvariants;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Property: whatever bytes an export file holds, importing it either succeeds or fails with one line that a
 * user can read, and a failed import leaves the database exactly as it was (no commit at all); never an internal
 * error and never a hang. The files are valid WXR, Disqus and REST JSON exports spoilt by {@link Mutations}.
 * {@code faults.fuzz} cases: a few hundred in the normal run, 100,000 with {@code -Plong}; {@code -Dfaults.seed=N}
 * repeats a run. A failing case is kept under target/fuzz-failures.
 */
class ImportFuzzTest {
    private static final long HANG_SECONDS = 60;

    @TempDir
    Path dir;

    @Test
    void everyImportEndsImportedOrWithOneLineAndTheDatabaseUnchanged() throws Exception {
        int cases = Integer.getInteger("faults.fuzz", 300);
        SplittableRandom random = KillLoop.random("fuzz");
        List<byte[]> seeds = seeds();
        Path db = dir.resolve("fuzz.db");
        Path file = dir.resolve("export.bin");
        List<String> failures = new ArrayList<>();
        int imported = 0;
        int refused = 0;
        long started = System.nanoTime();
        ExecutorService worker = Executors.newSingleThreadExecutor();
        try (Workspace desk = Workspace.open(db, () -> "fuzz"); ChangeWatch changes = desk.watchChanges()) {
            Importer importer = desk.importer(w -> { });
            for (byte[] seed : seeds) {
                Files.write(file, seed);
                importer.importFile(file, ImportProgress.NONE, () -> false);
            }
            changes.changed();
            for (int i = 0; i < cases && failures.size() < 5; i++) {
                StringBuilder how = new StringBuilder();
                byte[] bytes = Mutations.apply(seeds.get(random.nextInt(seeds.size())), random, how);
                Files.write(file, bytes);
                Future<?> run = worker.submit(() -> importer.importFile(file, ImportProgress.NONE, () -> false));
                String problem = null;
                try {
                    run.get(HANG_SECONDS, TimeUnit.SECONDS);
                    imported++;
                    changes.changed();
                } catch (TimeoutException e) {
                    problem = "no answer in " + HANG_SECONDS + " s";
                    run.cancel(true);
                } catch (java.util.concurrent.ExecutionException e) {
                    problem = refusal(e.getCause());
                    if (problem == null) {
                        refused++;
                        if (changes.changed()) {
                            problem = "the database changed although the import was refused: " + e.getCause().getMessage();
                        }
                    }
                }
                if ((i + 1) % 10_000 == 0) {
                    System.out.printf("fault suite: fuzz   %d cases so far, %d failing, %d s%n", i + 1, failures.size(),
                            TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started));
                }
                if (problem != null) {
                    failures.add("case " + i + " (" + how + "): " + problem + " — kept as " + keep(i, bytes));
                    if (problem.startsWith("no answer")) {
                        break; // the worker is stuck: nothing more can run on it
                    }
                }
            }
        } finally {
            worker.shutdownNow();
        }
        System.out.printf("fault suite: fuzz   %d cases (%d imported, %d refused with one line), %d internal errors or "
                + "hangs, %d s%n", imported + refused, imported, refused, failures.size(),
                TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started));
        assertEquals(List.of(), failures);
        assertEquals(cases, imported + refused);
        assertTrue(refused > cases / 10 && imported > cases / 20, "the mutations reach both outcomes: " + imported
                + " imported, " + refused + " refused");
        assertEquals(List.of(), DatabaseInvariants.problems(db));
    }

    /**
     * Null when {@code e} is the refusal a user should get: a user error (exit 1) whose line, as the command line
     * prints it, is one line; else what is wrong.
     */
    private static String refusal(Throwable e) {
        if (!ErrorLine.isUserError(e)) {
            return "internal error: " + e;
        }
        String line = ErrorLine.of(e);
        if (line.strip().equals("moddesk:") || line.contains("\n") || line.contains("\r")) {
            return "not one line: [" + line + "]";
        }
        return null;
    }

    private static String keep(int i, byte[] bytes) {
        try {
            Path kept = Files.createDirectories(Path.of("target", "fuzz-failures")).resolve("case-" + i + ".bin");
            Files.write(kept, bytes);
            return kept.toString();
        } catch (IOException e) {
            return "(not kept: " + e.getMessage() + ")";
        }
    }

    /** Small valid exports of each format the importer reads. */
    private List<byte[]> seeds() throws IOException {
        Path wxr = dir.resolve("seed.xml");
        new SyntheticWxr(11).write(wxr, 6);
        byte[] disqus;
        try (InputStream in = getClass().getResourceAsStream("/dev/moddesk/formats/disqus-sample.xml")) {
            disqus = in.readAllBytes();
        }
        return List.of(Files.readAllBytes(wxr), disqus, restJson().getBytes(StandardCharsets.UTF_8));
    }

    /** Three comments as {@code GET /wp/v2/comments?context=edit} gives them. */
    private static String restJson() {
        StringBuilder sb = new StringBuilder("[");
        for (int id = 1; id <= 3; id++) {
            sb.append(id == 1 ? "" : ",").append("""
                    {"id":%d,"post":1,"parent":%d,"author":0,"author_name":"Tom &amp; Jerry %d","author_email":"t%d@example.com",
                     "author_url":"https://t.example/?a=1&amp;b=2","author_ip":"192.0.2.%d","author_user_agent":"Mozilla/5.0",
                     "date":"2024-01-09T09:08:57","date_gmt":"2024-01-09T08:08:57",
                     "content":{"rendered":"<p>rendered %d</p>\\n","raw":"raw <em>%d</em> \\u00e9\\ud83d\\ude00"},
                     "link":"http://127.0.0.1:8089/post-1/#comment-%d","status":"%s","type":"comment",
                     "author_avatar_urls":{"24":"https://secure.gravatar.com/avatar/x?s=24"},"meta":[],
                     "_links":{"self":[{"href":"http://127.0.0.1:8089/wp-json/wp/v2/comments/%d"}]}}"""
                    .formatted(id, id - 1, id, id, id, id, id, id, id == 2 ? "hold" : "approved", id));
        }
        return sb.append("]").toString();
    }
}
