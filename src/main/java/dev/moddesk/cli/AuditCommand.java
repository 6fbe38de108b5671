package dev.moddesk.cli;

import dev.moddesk.app.Workspace;
import dev.moddesk.app.export.Exporter;
import dev.moddesk.app.reports.AuditLog;
import dev.moddesk.core.AuditEntry;
import dev.moddesk.core.AuditFilter;
import dev.moddesk.core.Plural;
import dev.moddesk.formats.ExportFormat;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "audit", description = "Show or export the audit log (every decision: who, when, from, to).")
final class AuditCommand implements Runnable {
    private static final int PAGE = 1_000;
    private static final int MODERATOR_WIDTH = 16;

    @ParentCommand
    RootCommand root;
    @Mixin
    DatabaseOption database;
    @Spec
    CommandSpec spec;

    @Option(names = "--moderator", paramLabel = "NAME")
    String moderator;

    @Option(names = "--action", paramLabel = "A", description = "approve, hold, spam, trash, restore, delete, undo, …")
    String action;

    @Option(names = "--since", paramLabel = "DATE")
    String since;

    @Option(names = "--until", paramLabel = "DATE", description = "A bare date includes that whole day.")
    String until;

    @Option(names = "--format", paramLabel = "F", defaultValue = "csv", description = "csv or json, with --out.")
    String format;

    @Option(names = "--out", paramLabel = "FILE", description = "Export to FILE instead of printing.")
    Path out;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "0", description = "Print at most N lines.")
    int limit;

    @Override
    public void run() {
        AuditFilter filter = new AuditFilter(moderator, action, DateOptions.range(since, until));
        PrintWriter o = spec.commandLine().getOut();
        try (Workspace workspace = database.open(root)) {
            AuditLog log = workspace.admin().auditLog();
            if (out != null) {
                ExportFormat f = ExportFormat.fromWord(format).filter(x -> x == ExportFormat.CSV || x == ExportFormat.JSON)
                        .orElseThrow(() -> new UserError("unknown --format '" + format + "': use csv or json"));
                Exporter.Result r = log.export(filter, f, out, Exporter.Progress.NONE, root.invocation.cancelled());
                o.println(TerminalText.format("%s: %s", out, Plural.count(r.exported(), "audit line")));
                return;
            }
            print(log, filter, o);
        } catch (Exporter.ExportException e) {
            throw new UserError(e.getMessage());
        }
    }

    /** The matching lines oldest first, up to --limit, read in the audit window's pages (in the other order). */
    private void print(AuditLog log, AuditFilter filter, PrintWriter o) {
        long left = limit > 0 ? limit : Long.MAX_VALUE;
        Long after = null;
        while (left > 0) {
            AuditLog.Page page = log.page(filter, AuditLog.Order.OLDEST_FIRST, after, (int) Math.min(left, PAGE));
            // as wide as the page's longest moderator ("triage (auto-spam at 0.95)"), so the columns stay in line
            int who = page.entries().stream().mapToInt(e -> e.moderator().length()).max().orElse(0);
            String line = "%s  %-" + Math.max(MODERATOR_WIDTH, who) + "s %-8s %-12s → %-12s %s #%d%s";
            for (AuditEntry e : page.entries()) {
                o.println(TerminalText.format(line, Instant.ofEpochMilli(e.at()),
                        e.moderator(), e.action(), e.fromStatus(), e.toStatus(), e.site(), e.commentId(),
                        e.detail() == null ? "" : "  " + e.kind() + " " + e.detail()));
            }
            if (!page.more()) {
                return;
            }
            left -= page.entries().size();
            after = page.lastId();
        }
    }
}
