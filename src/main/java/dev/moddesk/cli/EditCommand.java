package dev.moddesk.cli;

import dev.moddesk.app.AppInfo;
import dev.moddesk.app.Workspace;
import dev.moddesk.app.moderation.Moderation;
import dev.moddesk.core.SiteUrl;
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
    @Spec
    CommandSpec spec;

    @Option(names = "--id", required = true, paramLabel = "ID",
            description = "The site's comment id (a reply not yet on the site: its local id, negative).")
    long id;

    @Option(names = "--site", paramLabel = "URL", description = "The site, when several are in the database.")
    String site;

    @Option(names = "--content-file", paramLabel = "F", description = "A UTF-8 file holding the new content (raw HTML).")
    Path contentFile;

    @Option(names = "--author", paramLabel = "NAME", description = "The new author name.")
    String author;

    @Option(names = "--email", paramLabel = "E", description = "The new author email.")
    String email;

    @Option(names = "--url", paramLabel = "U", description = "The new author URL.")
    String url;

    @Option(names = "--by", paramLabel = "NAME", description = "The moderator's name for the audit log (default: OS user).")
    String by;

    @Option(names = "--json", description = "Print the result as JSON.")
    boolean json;

    @Override
    public void run() {
        if (contentFile == null && author == null && email == null && url == null) {
            throw new UserError("edit: give at least one of --content-file, --author, --email, --url");
        }
        String content = contentFile == null ? null : ContentFile.read(contentFile);
        String moderator = by == null || by.isBlank() ? AppInfo.defaultModerator() : by.strip();
        long changed;
        try (Workspace workspace = database.open(root, moderator)) {
            Moderation moderation = workspace.moderation();
            long row = moderation.findBySiteIds(site == null ? null : SiteUrl.normalise(site), List.of(id)).get(0);
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
