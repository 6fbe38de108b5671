package dev.moddesk.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.moddesk.testing.LabelledExport;
import dev.moddesk.triage.Evaluation;
import dev.moddesk.triage.Example;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The triage's quality figures through the product, as a user gets them (not a test): for each labelled source, the
 * other two imported as decided into a fresh database, the source itself imported as pending, {@code triage}, then
 * the scores read back with {@code list --json} and compared with the labels (ROC AUC, and F1 at the default
 * threshold); last, {@code triage --evaluate --folds 10} on a database of all three decided.
 *
 * <p>These differ a little from {@code TriageBench --quality}, which learns from the decisions in file order: the
 * product learns from them newest first, and the model depends a little on the order of its decisions.
 *
 * <pre>
 * ./mvnw -q -DskipTests package &amp;&amp; ./mvnw -q test-compile
 * java -cp "target/test-classes:target/moddesk.jar" dev.moddesk.bench.TriageAcrossSources [JAR]
 * </pre>
 * JAR defaults to {@code target/moddesk.jar}.
 */
public final class TriageAcrossSources {
    private static final String SITE = "https://labelled.example";
    private static final long PENDING_FROM = 10_001;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String jar;
    private final Path dir;

    private TriageAcrossSources(String jar, Path dir) {
        this.jar = jar;
        this.dir = dir;
    }

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("triage-across");
        try {
            new TriageAcrossSources(args.length > 0 ? args[0] : "target/moddesk.jar", dir).run();
        } finally {
            try (java.util.stream.Stream<Path> files = Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
    }

    private void run() throws Exception {
        for (String held : LabelledExport.SOURCES) {
            print("through the product, score " + held, acrossSources(held));
        }
        List<Example> all = new ArrayList<>();
        LabelledExport.SOURCES.forEach(s -> all.addAll(LabelledExport.read(s)));
        String db = dir.resolve("all.db").toString();
        Path decided = dir.resolve("all.json");
        LabelledExport.write(decided, SITE, 1, all, true);
        moddesk("--db", db, "import", decided.toString());
        System.out.print("through the product, triage --evaluate --folds 10 --json: "
                + moddesk("--db", db, "triage", "--evaluate", "--folds", "10", "--json"));
    }

    private Evaluation acrossSources(String held) throws Exception {
        String db = dir.resolve(held + ".db").toString();
        List<Example> decided = new ArrayList<>();
        LabelledExport.SOURCES.stream().filter(s -> !s.equals(held)).forEach(s -> decided.addAll(LabelledExport.read(s)));
        List<Example> truth = LabelledExport.read(held);
        Path known = dir.resolve(held + "-decided.json");
        Path pending = dir.resolve(held + "-pending.json");
        LabelledExport.write(known, SITE, 1, decided, true);
        LabelledExport.write(pending, SITE, PENDING_FROM, truth, false);
        moddesk("--db", db, "import", known.toString());
        moddesk("--db", db, "import", pending.toString());
        moddesk("--db", db, "triage");
        JsonNode list = JSON.readTree(moddesk("--db", db, "list", "--status", "pending", "--limit", "100000", "--json"));
        if (list.size() != truth.size()) {
            throw new IllegalStateException(list.size() + " pending comments listed, " + truth.size() + " imported");
        }
        boolean[] spam = new boolean[list.size()];
        double[] scores = new double[list.size()];
        int i = 0;
        for (JsonNode item : list) {
            spam[i] = truth.get((int) (item.get("id").asLong() - PENDING_FROM)).spam();
            scores[i++] = item.get("score").asDouble();
        }
        return Evaluation.of(spam, scores, 1);
    }

    private String moddesk(String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("java", "-jar", jar));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) {
            throw new IllegalStateException("exit " + p.exitValue() + ": " + String.join(" ", cmd));
        }
        return out;
    }

    private static void print(String what, Evaluation e) {
        System.out.printf(Locale.ROOT, "%-60s n=%d accuracy=%.4f precision=%.4f recall=%.4f f1=%.4f auc=%.4f%n",
                what, e.n(), e.accuracy(), e.precision(), e.recall(), e.f1(), e.rocAuc());
    }
}
