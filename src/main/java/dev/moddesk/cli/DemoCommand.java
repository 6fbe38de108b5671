package dev.moddesk.cli;

import dev.moddesk.app.Workspace;
import dev.moddesk.app.demo.DemoData;
import dev.moddesk.app.importing.ImportSummary;
import dev.moddesk.core.Plural;
import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "demo", description = "Fill the database with a realistic demo site (a few thousand comments).")
final class DemoCommand implements Runnable {
    @ParentCommand
    RootCommand root;
    @Mixin
    DatabaseOption database;
    @Spec
    CommandSpec spec;

    @Option(names = "--comments", paramLabel = "N", defaultValue = "" + DemoData.DEFAULT_COMMENTS,
            description = "How many comments (default: ${DEFAULT-VALUE}).")
    int comments;

    @Option(names = "--json", description = "Print the import summary as JSON.")
    boolean json;

    @Override
    public void run() {
        if (comments < 1 || comments > 10_000_000) {
            throw new UserError("--comments must be between 1 and 10,000,000");
        }
        PrintWriter out = spec.commandLine().getOut();
        try (Workspace workspace = database.open(root)) {
            ImportSummary s = workspace.loadDemo(comments, root.invocation.cancelled());
            if (json) {
                Json.print(out, ImportCommand.toJson(s));
            } else {
                out.println(TerminalText.format("demo data in %s: %s (%d new) on %s from %s", workspace.file(),
                        Plural.count(s.comments(), "comment"), s.inserted(), Plural.count(s.posts(), "post"),
                        DemoData.SITE_URL));
            }
        }
    }
}
