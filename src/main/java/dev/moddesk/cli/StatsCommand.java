package dev.moddesk.cli;

import dev.moddesk.app.Workspace;
import dev.moddesk.app.moderation.QueueReader;
import dev.moddesk.core.StatusCounts;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "stats", description = "Count comments by status (the decision where there is one, else the site's).")
final class StatsCommand implements Runnable {
    @ParentCommand
    RootCommand root;
    @Mixin
    DatabaseOption database;
    @Spec
    CommandSpec spec;

    @Option(names = "--json", description = "Print the counts as JSON.")
    boolean json;

    @Override
    public void run() {
        PrintWriter out = spec.commandLine().getOut();
        StatusCounts s;
        try (Workspace workspace = database.open(root); QueueReader reader = workspace.newReader()) {
            s = reader.counts();
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("total", s.total());
        m.put("pending", s.pending());
        m.put("approved", s.approved());
        m.put("spam", s.spam());
        m.put("trash", s.trash());
        m.put("post_trashed", s.postTrashed());
        m.put("conflicts", s.conflicts());
        m.put("unpushed", s.unpushed());
        if (json) {
            Json.print(out, m);
        } else {
            m.forEach((k, v) -> out.printf("%-13s %,d%n", k.replace('_', '-'), (Long) v));
        }
    }
}
