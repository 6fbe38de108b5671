package dev.moddesk.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * End-to-end benchmark of the built jar, run as a user would run it: one {@code java -jar} process per
 * command. Not a test (the name does not end in Test) and JDK-only, so it runs from {@code target/test-classes}.
 *
 * <p>For each N: writes (or reuses) a synthetic WXR of N comments under {@code target/bench/}, imports it into
 * a fresh database and times it, then times {@code stats --json} and {@code list --search WORD --limit 50 --json}
 * for a common and a rare word (the default pending queue, and {@code --status all}), each repeated, reporting
 * the median wall time minus the median of {@code --version} (the JVM start): the work after JVM start.
 * {@code --heap-check} imports a ~1 GB file with {@code -Xmx256m} and reports success and peak RSS.
 *
 * <pre>
 * java -cp target/test-classes dev.moddesk.bench.Benchmark [N ...] [--repeat K] [--heap-check] [--heap-gb G]
 *      [--heap-xmx 256m] [--jar target/moddesk.jar] [--dir target/bench] [--seed S] [--keep-db]
 * </pre>
 */
public final class Benchmark {
    private static final Pattern NUMBER_FIELD = Pattern.compile("\"(\\w+)\":(-?[0-9.]+)");
    private static final Pattern ITEM = Pattern.compile("(?<!\\\\)\"id\":");
    private static final Pattern MAX_RSS = Pattern.compile("Maximum resident set size \\(kbytes\\): (\\d+)");
    private static final Pattern CPU = Pattern.compile("(?:User|System) time \\(seconds\\): ([0-9.]+)");
    /** File bytes per synthetic comment, measured; sizes the heap-check file. */
    private static final double BYTES_PER_COMMENT = 1_160;

    private final List<Long> sizes = new ArrayList<>();
    private int repeat = 5;
    private boolean heapCheck;
    /** Size of the heap-check file; by default 1,000,000 comments (~1.1 GB, the cached 1M file). */
    private double heapGb = -1;
    private String heapXmx = "256m";
    private Path jar = Path.of("target", "moddesk.jar");
    private Path dir = Path.of("target", "bench");
    private long seed = 1;
    private boolean keepDb;
    private final boolean haveTime = Files.isExecutable(Path.of("/usr/bin/time"));
    private final List<String[]> table = new ArrayList<>();

    public static void main(String[] args) throws Exception {
        Benchmark b = new Benchmark();
        b.parse(args);
        System.exit(b.run());
    }

    /** Arguments may arrive as one string (from Maven's {@code -Dbench.args}): split on spaces. */
    private void parse(String[] raw) {
        List<String> args = new ArrayList<>();
        for (String a : raw) {
            args.addAll(Arrays.asList(a.trim().split("\\s+")));
        }
        args.removeIf(String::isEmpty);
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            switch (a) {
                case "--repeat" -> repeat = Integer.parseInt(args.get(++i));
                case "--heap-check" -> heapCheck = true;
                case "--heap-gb" -> {
                    heapCheck = true;
                    heapGb = Double.parseDouble(args.get(++i));
                }
                case "--heap-xmx" -> heapXmx = args.get(++i);
                case "--jar" -> jar = Path.of(args.get(++i));
                case "--dir" -> dir = Path.of(args.get(++i));
                case "--seed" -> seed = Long.parseLong(args.get(++i));
                case "--keep-db" -> keepDb = true;
                case "-h", "--help" -> {
                    System.out.println("usage: Benchmark [N ...] [--repeat K] [--heap-check] [--heap-gb G] "
                            + "[--heap-xmx 256m] [--jar PATH] [--dir DIR] [--seed S] [--keep-db]");
                    System.exit(0);
                }
                default -> sizes.add(parseCount(a));
            }
        }
        if (sizes.isEmpty() && !heapCheck) {
            sizes.add(100_000L);
            sizes.add(1_000_000L);
        }
    }

    private static long parseCount(String s) {
        String t = s.toLowerCase(Locale.ROOT).replace("_", "").replace(",", "");
        long unit = t.endsWith("k") ? 1_000 : t.endsWith("m") ? 1_000_000 : 1;
        if (unit > 1) {
            t = t.substring(0, t.length() - 1);
        }
        try {
            return (long) (Double.parseDouble(t) * unit);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a comment count or option: " + s);
        }
    }

    private int run() throws Exception {
        if (!Files.isRegularFile(jar)) {
            System.err.println(jar + " not found: build it first (./mvnw -q -B -DskipTests package)");
            return 1;
        }
        Files.createDirectories(dir);
        System.out.printf(Locale.ROOT, "ModDesk benchmark: %s, %d cores, java %s, median of %d runs%n", jar,
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"), repeat);
        double jvm = median(repeat, "--version");
        System.out.printf(Locale.ROOT, "JVM start baseline (java -jar moddesk.jar --version): %.0f ms%n", jvm * 1000);
        Path empty = dir.resolve("empty.db");
        deleteDb(empty);
        double open = median(repeat, "--db", empty.toString(), "stats", "--json");
        deleteDb(empty);
        System.out.printf(Locale.ROOT, "stats --json on an empty database (opening SQLite, schema check): %.0f ms "
                + "(%.0f ms after JVM start)%n", open * 1000, (open - jvm) * 1000);
        row(0, "--version (JVM start baseline)", jvm, 0, "");
        row(0, "stats --json (empty database)", open, open - jvm, "fixed cost of opening a database");
        int failures = 0;
        for (long n : sizes) {
            failures += measure(n, jvm);
        }
        if (heapCheck) {
            failures += heapCheck();
        }
        printTable();
        return failures == 0 ? 0 : 2;
    }

    // ---- one size ----

    private int measure(long n, double jvm) throws Exception {
        System.out.printf(Locale.ROOT, "%n== N = %,d ==%n", n);
        Generated file = generated(n);
        Path db = dir.resolve("db-" + n + ".db");
        deleteDb(db);
        Result imp = run(List.of("java", "-jar", jar.toString(), "--db", db.toString(), "import", "--json",
                file.path.toString()), true);
        if (imp.exit != 0) {
            System.out.printf("import failed (exit %d): %s%n", imp.exit, imp.err.strip());
            return 1;
        }
        long imported = field(imp.out, "comments");
        double inside = fieldDouble(imp.out, "seconds");
        long dbBytes = size(db) + size(Path.of(db + "-wal"));
        System.out.printf(Locale.ROOT, "import: %.1f s wall (%.1f s inside the importer, %s CPU), %,.0f comments/s, "
                        + "peak RSS %s, database %s%n", imp.seconds, inside, cpu(imp), imported / imp.seconds, rss(imp),
                mb(dbBytes));
        int failures = imported == n ? 0 : 1;
        if (failures > 0) {
            System.out.printf("import reported %d comments, expected %d%n", imported, n);
        }
        row(n, "import FILE (" + mb(file.bytes) + ")", imp.seconds, imp.seconds - jvm,
                String.format(Locale.ROOT, "%,.0f comments/s; importer %.1f s; CPU %s; RSS %s; db %s",
                        imported / imp.seconds, inside, cpu(imp), rss(imp), mb(dbBytes)));

        List<String> base = List.of("java", "-jar", jar.toString(), "--db", db.toString());
        Query stats = query(base, List.of("stats", "--json"));
        long total = field(stats.last.out, "total");
        failures += check(total == n, "stats total " + total + " != " + n);
        row(n, "stats --json", stats.median, stats.median - jvm, "total " + total);

        for (String status : new String[] {null, "all"}) {
            for (boolean common : new boolean[] {true, false}) {
                String word = common ? SyntheticWxr.COMMON_WORD : SyntheticWxr.RARE_WORD;
                List<String> args = new ArrayList<>(List.of("list"));
                if (status != null) {
                    args.addAll(List.of("--status", status));
                }
                args.addAll(List.of("--search", word, "--limit", "50", "--json"));
                Query q = query(base, args);
                int items = count(ITEM, q.last.out);
                failures += check(q.last.exit == 0, "list failed: " + q.last.err.strip());
                if (status != null) {
                    long expected = Math.min(50, common ? file.commonHits : file.rareHits);
                    failures += check(items == expected, "list --status all --search " + word + " gave " + items
                            + " items, expected " + expected);
                }
                String label = "list " + (status == null ? "" : "--status all ") + "--search " + word
                        + " --limit 50";
                String note = String.format(Locale.ROOT, "%d shown, %,d match in all", items,
                        common ? file.commonHits : file.rareHits);
                row(n, label, q.median, q.median - jvm, note);
            }
        }
        if (!keepDb) {
            deleteDb(db);
        }
        return failures;
    }

    private int check(boolean ok, String message) {
        if (!ok) {
            System.out.println("CHECK FAILED: " + message);
        }
        return ok ? 0 : 1;
    }

    // ---- the big file under a small heap ----

    private int heapCheck() throws Exception {
        long n = heapGb > 0 ? Math.round(heapGb * 1e9 / BYTES_PER_COMMENT / 1000) * 1000 : 1_000_000;
        System.out.printf(Locale.ROOT, "%n== heap check: %,d comments (~%.1f GB) with -Xmx%s ==%n", n,
                n * BYTES_PER_COMMENT / 1e9, heapXmx);
        Generated file = generated(n);
        Path db = dir.resolve("db-heap-" + n + ".db");
        deleteDb(db);
        Result imp = run(List.of("java", "-Xmx" + heapXmx, "-jar", jar.toString(), "--db", db.toString(), "import",
                "--json", file.path.toString()), true);
        boolean ok = imp.exit == 0 && field(imp.out, "comments") == n;
        System.out.printf(Locale.ROOT, "%s: exit %d, %.1f s, peak RSS %s%s%n", ok ? "OK" : "FAILED", imp.exit,
                imp.seconds, rss(imp), ok ? "" : ": " + imp.err.strip());
        row(n, "import with -Xmx" + heapXmx + " (" + mb(file.bytes) + ")", imp.seconds, imp.seconds,
                (ok ? "OK" : "FAILED exit " + imp.exit) + ", peak RSS " + rss(imp));
        if (!keepDb) {
            deleteDb(db);
        }
        return ok ? 0 : 1;
    }

    // ---- the synthetic file, cached by N ----

    private record Generated(Path path, long bytes, long commonHits, long rareHits) { }

    private Generated generated(long n) throws IOException {
        String stem = "wxr-" + n + "-s" + seed + "-v" + SyntheticWxr.VERSION;
        Path file = dir.resolve(stem + ".xml");
        Path meta = dir.resolve(stem + ".properties");
        Properties p = new Properties();
        if (Files.isRegularFile(file) && Files.isRegularFile(meta)) {
            try (InputStream in = Files.newInputStream(meta)) {
                p.load(in);
            }
            if (Long.parseLong(p.getProperty("bytes")) == Files.size(file)) {
                System.out.printf("using cached %s (%s)%n", file, mb(Files.size(file)));
                return new Generated(file, Files.size(file), Long.parseLong(p.getProperty("commonHits")),
                        Long.parseLong(p.getProperty("rareHits")));
            }
        }
        Files.deleteIfExists(meta);
        long started = System.nanoTime();
        SyntheticWxr.Stats s = new SyntheticWxr(seed).write(file, n);
        System.out.printf(Locale.ROOT, "wrote %s: %s, %,d posts, %.0f bytes/comment, %.0f chars of content, "
                        + "'%s' in %,d comments, '%s' in %,d, %.1f s%n", file, mb(s.bytes()), s.posts(),
                s.bytes() / (double) n, s.contentChars() / (double) n, SyntheticWxr.COMMON_WORD, s.commonHits(),
                SyntheticWxr.RARE_WORD, s.rareHits(), (System.nanoTime() - started) / 1e9);
        p.setProperty("comments", Long.toString(n));
        p.setProperty("bytes", Long.toString(s.bytes()));
        p.setProperty("posts", Long.toString(s.posts()));
        p.setProperty("commonHits", Long.toString(s.commonHits()));
        p.setProperty("rareHits", Long.toString(s.rareHits()));
        try (OutputStream out = Files.newOutputStream(meta)) {
            p.store(out, "SyntheticWxr output, written after the file was complete");
        }
        return new Generated(file, s.bytes(), s.commonHits(), s.rareHits());
    }

    // ---- processes ----

    /** {@code cpuSeconds} (user + system) and {@code maxRssKb} are -1 unless measured with /usr/bin/time. */
    private record Result(int exit, double seconds, String out, String err, long maxRssKb, double cpuSeconds) { }

    private record Query(double median, Result last) { }

    private Query query(List<String> base, List<String> args) throws Exception {
        List<String> cmd = new ArrayList<>(base);
        cmd.addAll(args);
        run(cmd, false); // warm the page cache; not counted
        double[] times = new double[repeat];
        Result last = null;
        for (int i = 0; i < repeat; i++) {
            last = run(cmd, false);
            times[i] = last.seconds;
        }
        return new Query(median(times), last);
    }

    private double median(int times, String... jarArgs) throws Exception {
        List<String> cmd = new ArrayList<>(List.of("java", "-jar", jar.toString()));
        cmd.addAll(List.of(jarArgs));
        run(cmd, false);
        double[] t = new double[times];
        for (int i = 0; i < times; i++) {
            t[i] = run(cmd, false).seconds;
        }
        return median(t);
    }

    /** Runs a command to completion, output to files; with {@code measureRss} under /usr/bin/time -v when present. */
    private Result run(List<String> command, boolean measureRss) throws Exception {
        List<String> cmd = new ArrayList<>();
        if (measureRss && haveTime) {
            cmd.addAll(List.of("/usr/bin/time", "-v"));
        }
        cmd.addAll(command);
        Path out = dir.resolve("last.out");
        Path err = dir.resolve("last.err");
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile());
        pb.environment().remove("MODDESK_DB");
        long started = System.nanoTime();
        Process p = pb.start();
        int exit = p.waitFor();
        double seconds = (System.nanoTime() - started) / 1e9;
        String stderr = Files.readString(err, StandardCharsets.UTF_8);
        long rss = -1;
        double cpu = -1;
        Matcher m = MAX_RSS.matcher(stderr);
        if (m.find()) {
            rss = Long.parseLong(m.group(1));
            Matcher c = CPU.matcher(stderr);
            cpu = 0;
            while (c.find()) {
                cpu += Double.parseDouble(c.group(1));
            }
            stderr = stderr.substring(0, Math.max(0, stderr.indexOf("\tCommand being timed")));
        }
        return new Result(exit, seconds, Files.readString(out, StandardCharsets.UTF_8), stderr, rss, cpu);
    }

    // ---- output ----

    private void row(long n, String what, double wall, double work, String note) {
        table.add(new String[] {n == 0 ? "-" : String.format(Locale.ROOT, "%,d", n), what,
            String.format(Locale.ROOT, "%.0f", wall * 1000), String.format(Locale.ROOT, "%.0f", work * 1000), note});
    }

    private void printTable() {
        String[] head = {"N", "command", "wall ms", "work ms", "notes"};
        int[] w = new int[head.length];
        for (int i = 0; i < head.length; i++) {
            w[i] = head[i].length();
            for (String[] r : table) {
                w[i] = Math.max(w[i], r[i].length());
            }
        }
        System.out.println();
        System.out.println("work ms = median wall time minus the JVM start baseline (for import: one run)");
        printRow(head, w);
        StringBuilder rule = new StringBuilder();
        for (int x : w) {
            rule.append("|").append("-".repeat(x + 2));
        }
        System.out.println(rule.append("|"));
        for (String[] r : table) {
            printRow(r, w);
        }
    }

    private static void printRow(String[] cells, int[] w) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < cells.length; i++) {
            boolean right = i == 0 || i == 2 || i == 3;
            String pad = " ".repeat(w[i] - cells[i].length());
            sb.append("| ").append(right ? pad + cells[i] : cells[i] + pad).append(' ');
        }
        System.out.println(sb.append("|"));
    }

    // ---- small helpers ----

    private static double median(double[] values) {
        double[] v = values.clone();
        Arrays.sort(v);
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }

    private static long field(String json, String name) {
        return (long) fieldDouble(json, name);
    }

    private static double fieldDouble(String json, String name) {
        Matcher m = NUMBER_FIELD.matcher(json);
        while (m.find()) {
            if (m.group(1).equals(name)) {
                return Double.parseDouble(m.group(2));
            }
        }
        return -1;
    }

    private static int count(Pattern p, String s) {
        Matcher m = p.matcher(s);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    private static String cpu(Result r) {
        return r.cpuSeconds < 0 ? "n/a" : String.format(Locale.ROOT, "%.1f s", r.cpuSeconds);
    }

    private String rss(Result r) {
        return r.maxRssKb < 0 ? "n/a" : mb(r.maxRssKb * 1024);
    }

    private static String mb(long bytes) {
        return String.format(Locale.ROOT, "%,.0f MB", bytes / 1e6);
    }

    private static long size(Path p) throws IOException {
        return Files.isRegularFile(p) ? Files.size(p) : 0;
    }

    private static void deleteDb(Path db) throws IOException {
        for (String suffix : new String[] {"", "-wal", "-shm", "-journal"}) {
            Files.deleteIfExists(Path.of(db + suffix));
        }
    }
}
