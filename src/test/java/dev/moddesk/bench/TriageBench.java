package dev.moddesk.bench;

import dev.moddesk.core.CommentType;
import dev.moddesk.triage.CommentFacts;
import dev.moddesk.triage.CrossValidation;
import dev.moddesk.triage.Evaluation;
import dev.moddesk.triage.Example;
import dev.moddesk.triage.KnownComments;
import dev.moddesk.triage.SpamModel;
import dev.moddesk.triage.Triage;
import dev.moddesk.triage.YouTubeComments;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Figures for the spam triage (not a test): quality on the labelled YouTube comments of the test resources
 * (10-fold cross-validation; train on two files, score the third) and speed on synthetic comments (training on N
 * decisions, single-threaded scoring including features, near-duplicate lookup and dot product; model size).
 *
 * <pre>
 * ./mvnw -q -o package -DskipTests
 * java -cp "target/test-classes:target/moddesk.jar" dev.moddesk.bench.TriageBench [--quality] [--speed N]
 * </pre>
 * Without arguments: both, N = 100,000.
 */
public final class TriageBench {
    private TriageBench() {
    }

    public static void main(String[] args) {
        boolean quality = args.length == 0;
        int speed = args.length == 0 ? 100_000 : 0;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--quality")) {
                quality = true;
            } else if (args[i].equals("--speed")) {
                speed = Integer.parseInt(args[++i]);
            }
        }
        if (quality) {
            quality();
        }
        if (speed > 0) {
            speed(speed);
        }
    }

    private static void quality() {
        Evaluation cv = CrossValidation.run(YouTubeComments.all(), 10, 1);
        print("10-fold CV, all three files", cv);
        for (String heldOut : YouTubeComments.FILES) {
            print("train on the others, score " + heldOut, YouTubeComments.heldOut(heldOut));
        }
    }

    private static void print(String what, Evaluation e) {
        System.out.printf(Locale.ROOT, "%-50s n=%d accuracy=%.4f precision=%.4f recall=%.4f f1=%.4f auc=%.4f%n",
                what, e.n(), e.accuracy(), e.precision(), e.recall(), e.f1(), e.rocAuc());
    }

    private static void speed(int n) {
        List<Example> decided = SyntheticComments.examples(n, 7);
        List<CommentFacts> pending = new ArrayList<>();
        SyntheticComments.examples(50_000, 8).forEach(e -> pending.add(e.facts()));
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int round = 0; round < 3; round++) {
            long[] wall = new long[4];
            long[] cpu = new long[4];
            wall[0] = System.nanoTime();
            cpu[0] = threads.getCurrentThreadCpuTime();
            SpamModel model = SpamModel.train(decided);
            wall[1] = System.nanoTime();
            cpu[1] = threads.getCurrentThreadCpuTime();
            KnownComments known = KnownComments.of(decided);
            wall[2] = System.nanoTime();
            cpu[2] = threads.getCurrentThreadCpuTime();
            Triage triage = new Triage(model, known);
            double sum = 0;
            for (CommentFacts c : pending) {
                sum += triage.judge(c, List.of()).score();
            }
            wall[3] = System.nanoTime();
            cpu[3] = threads.getCurrentThreadCpuTime();
            byte[] bytes = model.toBytes();
            System.out.printf(Locale.ROOT, "round %d: train %d examples %.2f s (cpu %.2f s); known comments %.2f s "
                            + "(cpu %.2f s); judge %d comments %.2f s (cpu %.2f s) = %.0f comments/s (per cpu second "
                            + "%.0f; mean score %.3f); model %d bytes%n",
                    round, n, (wall[1] - wall[0]) / 1e9, (cpu[1] - cpu[0]) / 1e9, (wall[2] - wall[1]) / 1e9,
                    (cpu[2] - cpu[1]) / 1e9, pending.size(), (wall[3] - wall[2]) / 1e9, (cpu[3] - cpu[2]) / 1e9,
                    pending.size() / ((wall[3] - wall[2]) / 1e9), pending.size() / ((cpu[3] - cpu[2]) / 1e9),
                    sum / pending.size(), bytes.length);
        }
        long before = heapInUse();
        Triage held = Triage.learn(decided);
        long after = heapInUse();
        System.out.printf(Locale.ROOT, "heap held by a Triage learnt from %d decisions (model + known comments): %d MB%n",
                held.known().size(), (after - before) >> 20);
    }

    private static long heapInUse() {
        Runtime rt = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return rt.totalMemory() - rt.freeMemory();
    }

    /** Comment-like text: a vocabulary of words, some spam phrases and links, authors who come back. */
    static final class SyntheticComments {
        private static final String[] WORDS = ("the a great song love this video music i you it is so good best "
                + "ever wow amazing lol who still listening 2015 beat dance party rock voice beautiful nice cool "
                + "really like and of to in my me that what when thanks everyone awesome funny people world").split(" ");
        private static final String[] SPAM = ("check out my channel subscribe please free money click here win "
                + "iphone visit http://spam.example.com/offer www.cheap-pills.biz earn cash fast follow me "
                + "giveaway gift card").split(" ");

        static List<Example> examples(int n, long seed) {
            Random r = new Random(seed);
            List<Example> out = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                boolean spam = r.nextInt(3) == 0;
                StringBuilder text = new StringBuilder();
                int words = 5 + r.nextInt(30);
                for (int w = 0; w < words; w++) {
                    String[] pool = spam && r.nextInt(3) == 0 ? SPAM : WORDS;
                    text.append(pool[r.nextInt(pool.length)]);
                    text.append(r.nextInt(20) == 0 ? "&amp; " : r.nextInt(15) == 0 ? "!!! " : " ");
                    if (r.nextInt(40) == 0) {
                        text.append("w").append(r.nextInt(1_000_000)).append(' ');
                    }
                }
                int author = r.nextInt(Math.max(1, n / 3));
                out.add(new Example(new CommentFacts("user" + author, "user" + author + "@mail" + (author % 97)
                        + ".example.com", r.nextInt(4) == 0 ? "https://site" + author + ".example.org" : "",
                        "10." + (author % 256) + "." + (author / 256 % 256) + ".7", "Mozilla/5.0",
                        CommentType.COMMENT, text.toString()), spam));
            }
            return out;
        }
    }
}
