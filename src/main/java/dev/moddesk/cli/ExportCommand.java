package dev.moddesk.cli;

import dev.moddesk.app.Workspace;
import dev.moddesk.app.export.Exporter;
import dev.moddesk.core.ExportFilter;
import dev.moddesk.core.Plural;
import dev.moddesk.core.SiteUrl;
import dev.moddesk.core.Status;
import dev.moddesk.formats.ExportFormat;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "export", description = "Export moderated comments as CSV, JSON, WXR or a wp-cli script.")
final class ExportCommand implements Runnable {
    @ParentCommand
    RootCommand root;
    @Mixin
    DatabaseOption database;
    @Spec
    CommandSpec spec;

    @Option(names = "--status", required = true, split = ",", paramLabel = "S",
            description = "pending, approved, spam, trash, post-trashed, deleted or all (comma-separated).")
    List<String> statuses;

    @Option(names = "--format", required = true, paramLabel = "F", description = "csv, json, wxr or wp-cli.")
    String format;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Where to write (replaced atomically).")
    Path out;

    @Option(names = "--since", paramLabel = "DATE", description = "Comments from this date (UTC; 2026-01-31 or 2026-01-31T10:00:00).")
    String since;

    @Option(names = "--until", paramLabel = "DATE", description = "Comments up to this date (a bare date includes that whole day).")
    String until;

    @Option(names = "--site", paramLabel = "URL", description = "Only this site.")
    String site;

    @Option(names = "--post", paramLabel = "ID", description = "Only this post (the site's post id).")
    Long post;

    @Option(names = "--moderator", paramLabel = "NAME", description = "Only comments last decided by NAME.")
    String moderator;

    @Option(names = "--bom", description = "Start a CSV with the byte-order mark Excel needs to read UTF-8.")
    boolean bom;

    @Option(names = "--json", description = "Print the result as JSON.")
    boolean json;

    @Override
    public void run() {
        ExportFormat f = ExportFormat.fromWord(format).orElseThrow(() ->
                new UserError("unknown --format '" + format + "': use csv, json, wxr or wp-cli"));
        ExportFilter filter = new ExportFilter(statuses(statuses), site == null ? null : SiteUrl.normalise(site), post,
                moderator, DateOptions.range(since, until));
        Exporter.Result r;
        try (Workspace workspace = database.open(root)) {
            r = workspace.admin().exporter().export(filter, f, out, bom, Exporter.Progress.NONE, root.invocation.cancelled());
        } catch (Exporter.ExportException e) {
            throw new UserError(e.getMessage());
        }
        PrintWriter o = spec.commandLine().getOut();
        if (json) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("exported", r.exported());
            m.put("seconds", Math.round(r.seconds() * 1000) / 1000.0);
            Json.print(o, m);
        } else {
            o.println(TerminalText.format("%s: %s (%s) in %.2f s", out, Plural.count(r.exported(), "comment"), f.word(),
                    r.seconds()));
        }
    }

    static Set<Status> statuses(List<String> words) {
        Set<Status> out = EnumSet.noneOf(Status.class);
        for (String w : words) {
            if (w.strip().equalsIgnoreCase("all")) {
                return EnumSet.noneOf(Status.class);
            }
            out.add(Status.fromWord(w).or(() -> Status.fromSite(w)).orElseThrow(() -> new UserError("unknown --status '"
                    + w + "': use pending, approved, spam, trash, post-trashed, deleted or all")));
        }
        return out;
    }
}
