package dev.moddesk.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.moddesk.app.Workspace;
import dev.moddesk.app.moderation.QueueReader;
import dev.moddesk.core.Comment;
import dev.moddesk.core.QueueFilter;
import dev.moddesk.core.QueueItem;
import dev.moddesk.core.QueueQuery;
import dev.moddesk.core.Status;
import dev.moddesk.formats.WpDates;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "list", description = "Show the queue as the desk does: newest first, pending by default.")
final class ListCommand implements Runnable {
    @ParentCommand
    RootCommand root;
    @Mixin
    DatabaseOption database;
    @Spec
    CommandSpec spec;

    @Option(names = "--status", paramLabel = "S", defaultValue = "pending",
            description = "pending, approved, spam, trash, post-trashed, all or conflicts (default: pending).")
    String status;

    @Option(names = "--search", paramLabel = "Q", description = "Full-text search over author, email, URL, IP and content.")
    String search;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "0", description = "At most N comments (default: all).")
    int limit;

    @Option(names = "--json", description = "Print a JSON array.")
    boolean json;

    @Override
    public void run() {
        if (limit < 0) {
            throw new UserError("--limit must be 0 or more");
        }
        QueueQuery view = QueueQuery.of(filter(status).withSearch(search));
        PrintWriter out = spec.commandLine().getOut();
        try (Workspace workspace = database.open(root); QueueReader reader = workspace.newReader()) {
            if (json) {
                printJson(out, reader, view);
            } else {
                reader.items(view, limit, item -> out.println(TerminalText.escape(line(item))));
            }
        }
    }

    static QueueFilter filter(String word) {
        String w = word.trim().toLowerCase(java.util.Locale.ROOT);
        if (w.equals("all")) {
            return QueueFilter.all();
        }
        if (w.equals("conflicts")) {
            return QueueFilter.conflicts();
        }
        Status s = Status.fromWord(w).or(() -> Status.fromSite(w))
                .filter(x -> x != Status.DELETED && x != Status.GONE)
                .orElseThrow(() -> new UserError("unknown --status '" + word
                        + "': use pending, approved, spam, trash, post-trashed, all or conflicts"));
        return new QueueFilter(s, false, null);
    }

    private void printJson(PrintWriter out, QueueReader reader, QueueQuery view) {
        try (JsonGenerator g = Json.generator(out)) {
            g.writeStartArray();
            reader.items(view, limit, item -> write(g, item));
            g.writeEndArray();
            g.flush();
            out.println();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(JsonGenerator g, QueueItem item) {
        Comment c = item.comment();
        try {
            g.writeStartObject();
            g.writeStringField("site", item.site());
            g.writeNumberField("id", c.remoteId());
            g.writeNumberField("post_id", c.postId());
            g.writeNumberField("parent_id", c.parentId());
            g.writeStringField("status", item.status().word());
            g.writeStringField("author", c.author());
            g.writeStringField("email", c.email());
            g.writeStringField("url", c.url());
            g.writeStringField("ip", c.ip());
            g.writeStringField("date_gmt", WpDates.rest(c.dateGmt()));
            if (item.score() == null) {
                g.writeNullField("score");
            } else {
                g.writeNumberField("score", item.score());
            }
            g.writeArrayFieldStart("reasons");
            for (String r : item.reasons()) {
                g.writeString(r);
            }
            g.writeEndArray();
            g.writeStringField("content", c.content());
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String line(QueueItem item) {
        Comment c = item.comment();
        String excerpt = c.content().replaceAll("<[^>]*>", " ").replaceAll("\\s+", " ").strip();
        if (excerpt.length() > 60) {
            excerpt = excerpt.substring(0, 59) + "…";
        }
        String author = c.author().length() > 20 ? c.author().substring(0, 19) + "…" : c.author();
        // the score as the desk's Score column shows it, "-" before the triage judged the comment
        String score = item.score() == null ? "-" : String.format(Locale.ROOT, "%.2f", item.score());
        return String.format("%8d  %-12s  %4s  %s  %-20s  %s", c.remoteId(),
                item.status().word() + (item.conflict() ? "!" : ""), score,
                WpDates.rest(c.dateGmt()).replace('T', ' '), author, excerpt);
    }
}
