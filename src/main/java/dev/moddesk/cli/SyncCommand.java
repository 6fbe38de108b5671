package dev.moddesk.cli;

import dev.moddesk.app.Workspace;
import dev.moddesk.app.sync.CredentialVault;
import dev.moddesk.app.sync.PlannedPush;
import dev.moddesk.app.sync.Sync;
import dev.moddesk.app.sync.SyncProgress;
import dev.moddesk.app.sync.SyncRequest;
import dev.moddesk.app.sync.SyncSummary;
import dev.moddesk.core.Plural;
import dev.moddesk.site.SiteAddress;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "sync", description = "Pull comments from a WordPress site over REST and push the decisions back.")
final class SyncCommand implements Runnable {
    @ParentCommand
    RootCommand root;
    @Mixin
    DatabaseOption database;
    @Spec
    CommandSpec spec;

    @Option(names = "--site", required = true, paramLabel = "URL",
            description = "The site's base URL (https; plain http only on loopback).")
    String site;

    @Option(names = "--user", required = true, paramLabel = "U", description = "The WordPress user name.")
    String user;

    @Option(names = "--password-file", required = true, paramLabel = "F",
            description = "A file holding the user's Application Password (never give the password itself as an argument).")
    Path passwordFile;

    @ArgGroup(exclusive = true)
    Direction direction;

    static final class Direction {
        @Option(names = "--pull-only", description = "Only bring the site's comments in.")
        boolean pullOnly;
        @Option(names = "--push-only", description = "Only send the outbox to the site.")
        boolean pushOnly;
    }

    @Option(names = "--dry-run", description = "List the decisions a push would send; change nothing.")
    boolean dryRun;

    @Option(names = "--json", description = "Print the summary as JSON.")
    boolean json;

    @Override
    public void run() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ProgressLine progress = new ProgressLine(err, root.invocation.terminal());
        SiteAddress address = SiteAddress.parse(site);
        boolean pull = direction == null || !direction.pushOnly;
        boolean push = direction == null || !direction.pullOnly;
        // Read before opening the database: a bad password file creates no database.
        String password = dryRun ? null : readPassword(err);
        try (Workspace workspace = database.open(root)) {
            Sync sync = workspace.sync();
            if (dryRun) {
                dryRun(out, sync, address, push);
                return;
            }
            SyncSummary s = sync.run(new SyncRequest(address.identity(), user, password, pull, push),
                    progress(progress), root.invocation.cancelled());
            progress.clear();
            if (s.inserted() + s.updated() > 0) {
                TriageCommand.scoreNew(workspace, progress, json ? null : out, root.invocation.cancelled());
            }
            for (String w : s.warnings()) {
                err.println("moddesk: warning: " + TerminalText.escape(w));
            }
            if (json) {
                Json.print(out, toJson(s));
            } else {
                out.println(TerminalText.escape(describe(address, s)));
            }
            if (s.stopped() != null) {
                throw new UserError("the push stopped early: " + s.stopped() + "; "
                        + Plural.count(s.remaining(), "decision") + " left queued for the next sync");
            }
        } finally {
            progress.clear();
        }
    }

    private void dryRun(PrintWriter out, Sync sync, SiteAddress address, boolean push) {
        List<PlannedPush> planned = push ? sync.plannedPush(address.identity()) : List.of();
        if (json) {
            Map<String, Object> m = toJson(new SyncSummary(0, 0, 0, 0, 0, 0, 0, planned.size(), 0, null, List.of()));
            List<Map<String, Object>> items = new ArrayList<>();
            for (PlannedPush p : planned) {
                Map<String, Object> item = new LinkedHashMap<>();
                item.put("id", p.remoteId());
                item.put("kind", p.kind().word());
                if (p.from() != null) {
                    item.put("from", p.from());
                    item.put("to", p.to());
                }
                item.put("request", p.request());
                item.put("attempts", p.attempts());
                items.add(item);
            }
            m.put("would_push", items);
            Json.print(out, m);
            return;
        }
        for (PlannedPush p : planned) {
            String change = p.from() == null ? p.kind().word()
                    : String.format(Locale.ROOT, "%-8s -> %-8s", p.from(), p.to());
            out.println(TerminalText.format("%8d  %s  %s%s", p.remoteId(), change, p.request(),
                    p.lastError() == null ? "" : "  (" + Plural.count(p.attempts(), "failed attempt") + ": "
                            + p.lastError() + ")"));
        }
        out.println(TerminalText.format("dry run: %s would be pushed to %s; nothing was changed",
                Plural.count(planned.size(), "decision"), address.identity()));
    }

    /** The first line of the password file; a warning when others may read it. */
    private String readPassword(PrintWriter err) {
        String password;
        try {
            password = CredentialVault.readPasswordFile(passwordFile);
        } catch (CredentialVault.PasswordFileException e) {
            throw new UserError("--password-file " + e.getMessage());
        }
        try {
            Set<PosixFilePermission> perms = Files.getPosixFilePermissions(passwordFile);
            if (perms.contains(PosixFilePermission.OTHERS_READ) || perms.contains(PosixFilePermission.GROUP_READ)) {
                err.println(TerminalText.format("moddesk: warning: %s is readable by other users; chmod 600 it",
                        passwordFile));
            }
        } catch (UnsupportedOperationException | IOException ignored) {
            // not a POSIX file system: nothing to check
        }
        return password;
    }

    private static SyncProgress progress(ProgressLine line) {
        if (!line.enabled()) {
            return SyncProgress.NONE;
        }
        return (phase, done, total) -> line.show(phase + " " + done + (total >= 0 ? "/" + total : ""));
    }

    static Map<String, Object> toJson(SyncSummary s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("pulled", s.pulled());
        m.put("inserted", s.inserted());
        m.put("updated", s.updated());
        m.put("conflicts", s.conflicts());
        m.put("gone", s.gone());
        m.put("pushed", s.pushed());
        m.put("failed", s.failed());
        m.put("remaining", s.remaining());
        m.put("seconds", Math.round(s.seconds() * 1000) / 1000.0);
        return m;
    }

    private static String describe(SiteAddress site, SyncSummary s) {
        return String.format(Locale.ROOT, "%s: pulled %s (%d inserted, %d updated, %s); pushed %s, %d failed, %d "
                        + "still queued; %d found gone from the site; %.2f s", site.identity(),
                Plural.count(s.pulled(), "comment"), s.inserted(), s.updated(), Plural.count(s.conflicts(), "conflict"),
                Plural.count(s.pushed(), "decision"), s.failed(), s.remaining(), s.gone(), s.seconds());
    }
}
