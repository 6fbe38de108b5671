package dev.moddesk.app.health;

import dev.moddesk.app.export.AtomicFile;
import dev.moddesk.store.CheckMark;
import dev.moddesk.store.Checkup;
import dev.moddesk.store.Database;
import dev.moddesk.store.Repairs;
import dev.moddesk.store.StoreException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.regex.Pattern;

/**
 * Checks a database without changing it (so a damaged file, or one in use by the desk, can be checked), and does
 * the safe repairs: what is derived from the comments (the search index, the counts) is derived again, and
 * leftovers of killed exports and backups are removed. A file that fails SQLite's own check is marked, so that
 * nothing writes to it until a check passes or a backup is restored.
 */
public final class Doctor {
    /** An outbox entry still failing after this long needs a person. */
    static final Duration FAILING_FOR = Duration.ofDays(3);
    private static final String INTEGRITY = "integrity";
    private static final String SCHEMA = "schema";
    private static final String INDEX = "search index";
    private static final String COUNTS = "counts";
    private static final String LEFTOVER = "leftover";
    private static final String REPAIR = "`moddesk doctor --repair` ";
    private static final Pattern SEARCH_INDEX_FINDING = Pattern.compile("fts5|comments_fts", Pattern.CASE_INSENSITIVE);

    private final Path database;
    private final Backups backups;
    private final Clock clock;

    public Doctor(Path database) {
        this(database, Clock.systemUTC());
    }

    public Doctor(Path database, Clock clock) {
        this.database = database.toAbsolutePath();
        this.backups = new Backups(this.database, clock);
        this.clock = clock;
    }

    /** Checks the database; {@code full} runs SQLite's full integrity check and FTS5's own, which read everything. */
    public HealthReport check(boolean full) {
        return new HealthReport(problems(full), backups.list(), List.of());
    }

    /** Checks, does the safe repairs of what it found, and checks again; the report says what was done. */
    public HealthReport repair(boolean full) {
        List<Problem> found = problems(full);
        List<String> done = new ArrayList<>();
        if (found.stream().anyMatch(p -> p.check().equals(INTEGRITY) || p.check().equals(SCHEMA))) {
            done.add("nothing repaired: the file itself is damaged or unknown, and repairs would write to it");
        } else if (found.stream().anyMatch(Problem::repairable)) {
            repairDerived(found, done);
            removeLeftovers(done);
            found = problems(full);
        }
        return new HealthReport(found, backups.list(), done);
    }

    private void repairDerived(List<Problem> found, List<String> done) {
        boolean index = found.stream().anyMatch(p -> p.check().equals(INDEX));
        boolean counts = found.stream().anyMatch(p -> p.check().equals(COUNTS));
        if (!index && !counts) {
            return;
        }
        try (Database db = Database.open(database)) {
            if (db.readOnly()) {
                done.add("nothing repaired in the database: it is read-only");
                return;
            }
            Repairs repairs = new Repairs(db);
            if (index) {
                repairs.rebuildSearchIndex();
                done.add("rebuilt the search index from the comments");
            }
            if (counts) {
                repairs.recount();
                done.add("counted the comments by site and status anew");
            }
        }
    }

    private void removeLeftovers(List<String> done) {
        for (Path part : leftovers()) {
            try {
                Files.deleteIfExists(part);
                done.add("removed the leftover " + part);
            } catch (IOException e) {
                done.add("could not remove " + part + ": " + e.getMessage());
            }
        }
    }

    private List<Problem> problems(boolean full) {
        if (!Files.isRegularFile(database)) {
            throw new HealthException(database + ": no such database");
        }
        List<Problem> out = new ArrayList<>();
        try (Checkup checkup = Checkup.of(database)) {
            databaseProblems(checkup, full, out);
        } catch (StoreException e) {
            out.add(new Problem(INTEGRITY, String.valueOf(e.getMessage()), restoreTodo(), false));
        }
        for (Path part : leftovers()) {
            out.add(new Problem(LEFTOVER, part + " was left by an export or backup that was cut short",
                    REPAIR + "removes it", true));
        }
        return out;
    }

    private void databaseProblems(Checkup checkup, boolean full, List<Problem> out) {
        int version = checkup.schemaVersion();
        int latest = Checkup.latestSchema();
        if (version > latest || version <= 0) {
            out.add(new Problem(SCHEMA, version > latest
                    ? "schema " + version + " was written by a newer ModDesk (this one knows up to " + latest + ")"
                    : "schema version " + version + " was not written by ModDesk",
                    version > latest ? "update ModDesk to check it" : "check that this is the right file", false));
            return;
        }
        // While this connection checks the comments (the bulk of the quick check), other connections check the
        // rest of the file and compare the counts: two cores, less wait.
        CompletableFuture<List<String>> rest = full ? CompletableFuture.completedFuture(List.of())
                : CompletableFuture.supplyAsync(() -> {
                    try (Checkup other = Checkup.of(database)) {
                        return other.quickCheckOfTheRest();
                    }
                });
        CompletableFuture<List<Checkup.CountMismatch>> counts = CompletableFuture.supplyAsync(() -> {
            try (Checkup other = Checkup.of(database)) {
                return other.countMismatches();
            }
        });
        List<String> integrity = new ArrayList<>(full ? checkup.integrity(true) : checkup.quickCheckOfComments());
        integrity.addAll(joined(rest));
        // The full check runs FTS5's own check too; the search index is derived, so its findings are repairable.
        List<String> damage = integrity.stream().filter(f -> !SEARCH_INDEX_FINDING.matcher(f).find()).toList();
        if (!damage.isEmpty()) {
            counts.exceptionally(e -> List.of()).join(); // on a damaged file it may fail: its findings are moot
            CheckMark.set(database, damage.get(0));
            for (String finding : damage) {
                out.add(new Problem(INTEGRITY, finding, restoreTodo(), false));
            }
            return;
        }
        CheckMark.clear(database);
        for (String finding : integrity) {
            out.add(new Problem(INDEX, finding, REPAIR + "rebuilds it", true));
        }
        long comments = checkup.comments();
        long indexed = checkup.indexedComments();
        if (indexed != comments && integrity.isEmpty()) {
            out.add(new Problem(INDEX, "the search index holds " + indexed + " comments, the database " + comments,
                    REPAIR + "rebuilds it", true));
        } else if (full && integrity.isEmpty()) {
            for (String finding : checkup.indexAgainstComments()) {
                out.add(new Problem(INDEX, finding, REPAIR + "rebuilds it", true));
            }
        }
        for (Checkup.CountMismatch m : joined(counts)) {
            out.add(new Problem(COUNTS, m.site() + " counts " + m.counted() + " " + m.status() + " comments, there are "
                    + m.actual(), REPAIR + "counts them anew", true));
        }
        long gone = checkup.outboxForGoneComments();
        if (gone > 0) {
            out.add(new Problem("outbox", gone + " queued changes are for comments the site no longer has",
                    "the next sync drops each when the site answers 404; or undo those decisions", false));
        }
        long failing = checkup.outboxFailingSince(clock.millis() - FAILING_FOR.toMillis());
        if (failing > 0) {
            out.add(new Problem("outbox", failing + " queued changes have failed for more than "
                    + FAILING_FOR.toDays() + " days", "check the site and its password, then sync "
                    + "(`moddesk sync --dry-run` lists them)", false));
        }
    }

    private static <T> T joined(CompletableFuture<T> work) {
        try {
            return work.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    private String restoreTodo() {
        return backups.latest().map(b -> "`moddesk restore --latest` puts the backup of " + b.at() + " in place")
                .orElse("no backup exists: import the site's export into a new database");
    }

    /** Part files of killed exports and backups: in the database's folder and its backups folder. */
    private List<Path> leftovers() {
        List<Path> out = new ArrayList<>();
        try {
            out.addAll(AtomicFile.stalePartsIn(database.getParent()));
            out.addAll(AtomicFile.stalePartsIn(backups.folder()));
        } catch (IOException e) {
            throw new HealthException(database.getParent() + ": cannot look for leftovers: " + e.getMessage(), e);
        }
        return out;
    }
}
