package dev.moddesk.cli;

import dev.moddesk.app.Workspace;
import dev.moddesk.app.triage.ImportTriage;
import dev.moddesk.app.triage.Rescore;
import dev.moddesk.app.triage.TriageSummary;
import dev.moddesk.core.Plural;
import dev.moddesk.triage.AutoSpam;
import dev.moddesk.triage.Evaluation;
import dev.moddesk.triage.Triage;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.BooleanSupplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "triage", description = {
        "Give every pending comment a spam score (0 to 1) and its reasons, learning from the comments already "
                + "approved or marked spam.",
        "With --evaluate, measure instead how well that learning works: stratified K-fold cross-validation over "
                + "the decided comments (no comment is scored by a model that learned from it); nothing is written."})
final class TriageCommand implements Runnable {
    @ParentCommand
    RootCommand root;
    @Mixin
    DatabaseOption database;
    @Spec
    CommandSpec spec;

    @Option(names = "--evaluate", description = "Cross-validate the model on the decided comments.")
    boolean evaluate;

    @Option(names = "--folds", paramLabel = "K", defaultValue = "10",
            description = "Folds of the cross-validation (default: ${DEFAULT-VALUE}).")
    int folds;

    @Option(names = "--json", description = "Print the result as JSON.")
    boolean json;

    @Option(names = "--auto-spam", paramLabel = "T|off", description = "Before scoring, switch auto-spam on: from "
            + "now on every pending comment scoring at least T (above 0, at most 1) is marked spam by the triage "
            + "itself (audit-logged as its decision, undoable); or off (the default). Kept in the database.")
    String autoSpam;

    @Override
    public void run() {
        if (folds < 2 || folds > 100) {
            throw new UserError("--folds must be between 2 and 100");
        }
        PrintWriter out = spec.commandLine().getOut();
        AutoSpam setting = autoSpam == null ? null : parseAutoSpam(autoSpam);
        try (Workspace workspace = database.open(root)) {
            if (setting != null) {
                workspace.triage().saveAutoSpam(setting);
            }
            if (evaluate) {
                printEvaluation(out, workspace.triage().evaluate(folds));
            } else {
                printSummary(out, workspace.triage().scorePending(Rescore.ALL, root.invocation.cancelled()));
            }
        }
    }

    private void printSummary(PrintWriter out, TriageSummary s) {
        if (json) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("scored", s.scored());
            m.put("likely_spam", s.likelySpam());
            m.put("seconds", Math.round(s.seconds() * 1000) / 1000.0);
            Json.print(out, m);
        } else {
            out.println(describe(s));
        }
    }

    /**
     * After a pull brought comments: scores the pending ones without a verdict yet, saying so on {@code out} (null:
     * say nothing, as under {@code --json}).
     */
    static void scoreNew(Workspace workspace, ProgressLine progress, PrintWriter out, BooleanSupplier cancelled) {
        progress.show("scoring the new pending comments");
        say(workspace.triage().scorePending(Rescore.UNSCORED, cancelled), progress, out);
    }

    /** As {@link #scoreNew}, after an import that {@code heard} listened to. */
    static void scoreImported(Workspace workspace, ImportTriage heard, ProgressLine progress, PrintWriter out,
                              BooleanSupplier cancelled) {
        progress.show("scoring the new pending comments");
        say(workspace.triage().scoreImported(heard, cancelled), progress, out);
    }

    private static void say(TriageSummary t, ProgressLine progress, PrintWriter out) {
        progress.clear();
        if (out != null) {
            out.println(describe(t));
        }
    }

    /** "scored 120 pending comments, 34 likely spam, learning from 2,000 decisions, in 0.8 s" */
    static String describe(TriageSummary s) {
        String learning = s.learnedFrom() > 0 ? String.format(Locale.ROOT, "learning from %,d %s", s.learnedFrom(),
                Plural.noun(s.learnedFrom(), "decision")) : "with no model yet (it needs " + Triage.FEWEST_OF_EACH
                + " spam and " + Triage.FEWEST_OF_EACH + " approved decisions: judged by the rules and signals alone)";
        return String.format(Locale.ROOT, "scored %,d pending %s, %,d likely spam, %s, in %.1f s%s",
                s.scored(), Plural.noun(s.scored(), "comment"), s.likelySpam(), learning, s.seconds(),
                s.autoSpammed() == 0 ? ""
                        : String.format(Locale.ROOT, "; auto-spam marked %,d %s spam", s.autoSpammed(),
                        Plural.noun(s.autoSpammed(), "comment")));
    }

    private static AutoSpam parseAutoSpam(String text) {
        if (text.strip().equalsIgnoreCase("off")) {
            return AutoSpam.OFF;
        }
        try {
            return new AutoSpam(true, Double.parseDouble(text.strip()));
        } catch (IllegalArgumentException e) {
            throw new UserError("--auto-spam takes a score above 0 and at most 1 (e.g. 0.95), or off: " + text);
        }
    }

    private void printEvaluation(PrintWriter out, Evaluation e) {
        if (json) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("n", e.n());
            m.put("folds", e.folds());
            m.put("accuracy", e.accuracy());
            m.put("precision", e.precision());
            m.put("recall", e.recall());
            m.put("f1", e.f1());
            Json.print(out, m);
        } else {
            out.println(TerminalText.format("%s in %d folds: accuracy %.3f, precision %.3f, recall %.3f, F1 %.3f, "
                            + "ROC AUC %.3f", Plural.count(e.n(), "decided comment"), e.folds(), e.accuracy(),
                    e.precision(), e.recall(), e.f1(), e.rocAuc()));
        }
    }
}
