package dev.moddesk.triage;

import dev.moddesk.core.CommentType;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/** The labelled YouTube comments of the test resources (see their README) as examples: AUTHOR and CONTENT. */
public final class YouTubeComments {
    public static final List<String> FILES =
            List.of("Youtube01-Psy.csv", "Youtube02-KatyPerry.csv", "Youtube03-LMFAO.csv");

    private YouTubeComments() {
    }

    public static List<Example> file(String name) {
        try (InputStream in = YouTubeComments.class.getResourceAsStream("youtube/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no resource youtube/" + name);
            }
            List<Example> out = new ArrayList<>();
            CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
            for (CSVRecord r : format.parse(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                out.add(new Example(new CommentFacts(r.get("AUTHOR"), "", "", "", null, CommentType.COMMENT,
                        r.get("CONTENT")), r.get("label").strip().equals("1")));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static List<Example> all() {
        List<Example> out = new ArrayList<>();
        FILES.forEach(f -> out.addAll(file(f)));
        return out;
    }

    /** Every file but {@code heldOut}. */
    public static List<Example> allBut(String heldOut) {
        List<Example> out = new ArrayList<>();
        FILES.stream().filter(f -> !f.equals(heldOut)).forEach(f -> out.addAll(file(f)));
        return out;
    }

    /** A triage learnt from the other files, judging {@code heldOut}: how well it carries over to another source. */
    public static Evaluation heldOut(String heldOut) {
        Triage triage = Triage.learn(allBut(heldOut));
        List<Example> test = file(heldOut);
        boolean[] spam = new boolean[test.size()];
        double[] scores = new double[test.size()];
        for (int i = 0; i < test.size(); i++) {
            spam[i] = test.get(i).spam();
            scores[i] = triage.judge(test.get(i).facts(), List.of()).score();
        }
        return Evaluation.of(spam, scores, 1);
    }
}
