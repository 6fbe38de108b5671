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

@Command(name = "edit", description = "Edit a comment's content or author offline; the edit waits in the outbox for sync.")
final class EditCommand implements Runnable {
    @ParentCommand
    RootCommand root;
    @Mixin
    DatabaseOption database;
    @Mixin
    DecisionOptions decision;
    @Spec
    CommandSpec spec;

    @Option(names = "--id", required = true, paramLabel = "ID",
            description = "The site's comment id (a reply not yet on the site: its local id, negative).")
    long id;

    @Option(names = "--content-file", paramLabel = "F", description = "A UTF-8 file holding the new content (raw HTML).")
    Path contentFile;

    @Option(names = "--author", paramLabel = "NAME", description = "The new author name.")
    String author;

    @Option(names = "--email", paramLabel = "E", description = "The new author email.")
    String email;

    @Option(names = "--url", paramLabel = "U", description = "The new author URL.")
    String url;

    @Option(names = "--json", description = "Print the result as JSON.")
    boolean json;

    @Override
    public void run() {
        if (contentFile == null && author == null && email == null && url == null) {
            throw new UserError("edit: give at least one of --content-file, --author, --email, --url");
        }
        String content = contentFile == null ? null : ContentFile.read(contentFile);
        String moderator = decision.moderator();
        long changed;
        try (Workspace workspace = database.open(root, moderator)) {
            Moderation moderation = workspace.moderation();
            long row = decision.rows(moderation, List.of(id)).get(0);
            changed = moderation.edit(row, content, author, email, url);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            Json.print(out, Map.of("changed", changed));
        } else {
            out.printf("edit: %d changed%n", changed);
        }
    }
}
