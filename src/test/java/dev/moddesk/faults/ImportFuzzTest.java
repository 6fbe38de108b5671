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
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Property: whatever bytes an export file holds, importing it either succeeds or fails with one line that a
 * user can read, and a failed import leaves the database exactly as it was (no commit at all); never an internal
 * error and never a hang. The files are valid WXR, Disqus and REST JSON exports spoilt by {@link Mutations}.
 * {@code faults.fuzz} cases: a few hundred in the normal run, 100,000 with {@code -Plong}; {@code -Dfaults.seed=N}
 * repeats a run. The cases run on two lanes (two cores), each with a database of its own. A failing case is kept
 * under target/fuzz-failures.
 */
class ImportFuzzTest {
    private static final long HANG_SECONDS = 60;
    /** Stop after this many failures: they say enough. */
    private static final int ENOUGH_FAILURES = 5;

    @TempDir
    Path dir;

    /** What the cases of one lane came to. */
    private record Outcome(int imported, int refused, List<String> failures) { }

    @Test
    void everyImportEndsImportedOrWithOneLineAndTheDatabaseUnchanged() throws Exception {
        int cases = Integer.getInteger("faults.fuzz", 300);
        SplittableRandom random = KillLoop.random("fuzz");
        List<byte[]> seeds = seeds();
        // each case's mutations come from its own seed, drawn here in order: the same -Dfaults.seed makes the same
        // cases whatever lane runs them
        long[] caseSeeds = random.longs(cases).toArray();
        // one lane per core, each with a database of its own: the cases are independent, and two cores do twice
        // as many of them in the same time
        int lanes = Math.max(1, Math.min(2, Runtime.getRuntime().availableProcessors()));
        AtomicInteger failing = new AtomicInteger();
        long started = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(lanes);
        List<Future<Outcome>> running = new ArrayList<>();
        for (int lane = 0; lane < lanes; lane++) {
            int first = lane;
            running.add(pool.submit(() -> runLane(first, lanes, caseSeeds, seeds, failing, started)));
        }
        int imported = 0;
        int refused = 0;
        List<String> failures = new ArrayList<>();
        try {
            for (Future<Outcome> f : running) {
                Outcome o = f.get();
                imported += o.imported();
                refused += o.refused();
                failures.addAll(o.failures());
            }
        } finally {
            pool.shutdownNow();
        }
        System.out.printf("fault suite: fuzz   %d cases on %d lanes (%d imported, %d refused with one line), %d internal "
                + "errors or hangs, %d s%n", imported + refused, lanes, imported, refused, failures.size(),
                TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started));
        assertEquals(List.of(), failures);
        assertEquals(cases, imported + refused);
        assertTrue(refused > cases / 10 && imported > cases / 20, "the mutations reach both outcomes: " + imported
                + " imported, " + refused + " refused");
    }

    /** Cases {@code first}, {@code first + lanes}, ... into a database of this lane's own. */
    private Outcome runLane(int first, int lanes, long[] caseSeeds, List<byte[]> seeds, AtomicInteger failing,
                            long started) throws Exception {
        Path db = dir.resolve("fuzz-" + first + ".db");
        Path file = dir.resolve("export-" + first + ".bin");
        List<String> failures = new ArrayList<>();
        int imported = 0;
        int refused = 0;
        ExecutorService worker = Executors.newSingleThreadExecutor();
        try (Workspace desk = Workspace.open(db, () -> "fuzz"); ChangeWatch changes = desk.watchChanges()) {
            Importer importer = desk.importer(w -> { });
            for (byte[] seed : seeds) {
                Files.write(file, seed);
                importer.importFile(file, ImportProgress.NONE, () -> false);
            }
            changes.changed();
            for (int i = first; i < caseSeeds.length && failing.get() < ENOUGH_FAILURES; i += lanes) {
                SplittableRandom random = new SplittableRandom(caseSeeds[i]);
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
                    System.out.printf("fault suite: fuzz   case %d, %d failing, %d s%n", i + 1, failing.get(),
                            TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started));
                }
                if (problem != null) {
                    failing.incrementAndGet();
                    failures.add("case " + i + " (" + how + "): " + problem + " — kept as " + keep(i, bytes));
                    if (problem.startsWith("no answer")) {
                        break; // the worker is stuck: nothing more can run on it
                    }
                }
            }
        } finally {
            worker.shutdownNow();
        }
        List<String> broken = DatabaseInvariants.problems(db);
        if (!broken.isEmpty()) {
            failures.add(db.getFileName() + " breaks its invariants: " + broken);
        }
        return new Outcome(imported, refused, failures);
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
