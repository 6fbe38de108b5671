package dev.moddesk.cli;

import dev.moddesk.app.Workspace;
import dev.moddesk.app.moderation.Moderation;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "reply", description = "Reply under a comment as the site's user, offline; the reply waits in the outbox for sync.")
final class ReplyCommand implements Runnable {
    @ParentCommand
    RootCommand root;
    @Mixin
    DatabaseOption database;
    @Mixin
    DecisionOptions decision;
    @Spec
    CommandSpec spec;

    @Option(names = "--id", required = true, paramLabel = "ID", description = "The site's id of the comment to answer.")
    long id;

    @Option(names = "--content-file", required = true, paramLabel = "F",
            description = "A UTF-8 file holding the reply (raw HTML).")
    Path contentFile;

    @Option(names = "--json", description = "Print the result as JSON.")
    boolean json;

    @Override
    public void run() {
        String content = ContentFile.read(contentFile);
        String moderator = decision.moderator();
        long localId;
        try (Workspace workspace = database.open(root, moderator)) {
            Moderation moderation = workspace.moderation();
            long row = decision.rows(moderation, List.of(id)).get(0);
            localId = moderation.reply(row, content);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            Json.print(out, Map.of("local_id", localId));
        } else {
            out.printf("reply: stored as %d, not yet on the site (sync pushes it)%n", localId);
        }
    }
}
