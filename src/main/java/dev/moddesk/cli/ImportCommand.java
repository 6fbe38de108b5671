package dev.moddesk.cli;

import dev.moddesk.app.Workspace;
import dev.moddesk.app.importing.ImportProgress;
import dev.moddesk.app.importing.ImportSummary;
import dev.moddesk.app.importing.Importer;
import dev.moddesk.app.triage.ImportTriage;
import dev.moddesk.core.Plural;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "import", description = "Import WXR (1.0-1.2), Disqus XML or a JSON array of WordPress REST comments.")
final class ImportCommand implements Runnable {
    @ParentCommand
    RootCommand root;
    @Mixin
    DatabaseOption database;
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Export files; the format is read from the content.")
    List<Path> files;

    @Option(names = "--json", description = "Print the summary as JSON.")
    boolean json;

    @Override
    public void run() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ProgressLine progress = new ProgressLine(err, root.invocation.terminal());
        try (Workspace workspace = database.open(root);
             ImportTriage heard = workspace.triage().hearImport()) {
            Importer importer = workspace.importer(w -> err.println("moddesk: warning: " + TerminalText.escape(w)))
                    .heardBy(heard);
            ImportSummary total = ImportSummary.empty();
            for (Path file : files) {
                ImportSummary s = importer.importFile(file, progress(progress, file), root.invocation.cancelled());
                progress.clear();
                if (!json) {
                    out.println(TerminalText.escape(describe(file, s)));
                }
                total = total.plus(s);
            }
            if (total.inserted() + total.updated() > 0) {
                TriageCommand.scoreImported(workspace, heard, progress, json ? null : out,
                        root.invocation.cancelled());
            }
            if (json) {
                Json.print(out, toJson(total));
            }
        } finally {
            progress.clear();
        }
    }

    private static ImportProgress progress(ProgressLine line, Path file) {
        if (!line.enabled()) {
            return ImportProgress.NONE;
        }
        return (read, total, comments) -> line.show(file.getFileName() + " "
                + (total > 0 ? Math.min(100, read * 100 / total) + "% " : "") + Plural.count(comments, "comment"));
    }

    static Map<String, Object> toJson(ImportSummary s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("format", s.format());
        m.put("comments", s.comments());
        m.put("inserted", s.inserted());
        m.put("updated", s.updated());
        m.put("unchanged", s.unchanged());
        m.put("conflicts", s.conflicts());
        m.put("posts", s.posts());
        m.put("seconds", Math.round(s.seconds() * 1000) / 1000.0);
        return m;
    }

    private static String describe(Path file, ImportSummary s) {
        return String.format(Locale.ROOT, "%s (%s): %s: %d inserted, %d updated, %d unchanged, %s; %s; %.2f s",
                file, s.format(), Plural.count(s.comments(), "comment"), s.inserted(), s.updated(), s.unchanged(),
                Plural.count(s.conflicts(), "conflict"), Plural.count(s.posts(), "post"), s.seconds());
    }
}
