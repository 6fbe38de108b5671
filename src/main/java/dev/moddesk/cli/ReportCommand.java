package dev.moddesk.cli;

import dev.moddesk.app.Workspace;
import dev.moddesk.core.ModerationReport;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "report", description = "How moderation goes: comments per day by status, spam share, busiest "
        + "pending posts, decisions per moderator per day, median time to a decision.")
final class ReportCommand implements Runnable {
    @ParentCommand
    RootCommand root;
    @Mixin
    DatabaseOption database;
    @Spec
    CommandSpec spec;

    @Option(names = "--since", paramLabel = "DATE", description = "Only comments and decisions from this date (UTC).")
    String since;

    @Option(names = "--top", paramLabel = "N", defaultValue = "10", description = "How many posts to rank (default 10).")
    int top;

    @Option(names = "--json", description = "Print the report as JSON.")
    boolean json;

    @Override
    public void run() {
        ModerationReport r;
        try (Workspace workspace = database.open(root)) {
            r = workspace.admin().reports().report(DateOptions.range(since, null), Math.max(1, top));
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            Json.print(out, toJson(r));
            return;
        }
        out.println("day         pending  approved      spam     trash  spam share");
        for (ModerationReport.DayCounts d : r.perDay()) {
            out.printf("%s %9d %9d %9d %9d  %5.1f%%%n", d.day(), d.pending(), d.approved(), d.spam(), d.trash(),
                    d.spamShare() * 100);
        }
        out.println();
        out.println("most pending:");
        r.topPendingPosts().forEach(p -> out.println(TerminalText.format("%7d  %s (post %d)", p.pending(), p.title(),
                p.postId())));
        out.println();
        out.println("decisions per moderator:");
        r.decisionsPerModerator().forEach(m -> out.println(TerminalText.format("%s  %-20s %d", m.day(), m.moderator(),
                m.decisions())));
        out.println();
        out.println("median time to a decision: " + (r.medianSecondsToDecision() == null ? "no decisions yet"
                : Durations.human(r.medianSecondsToDecision())));
    }

    static Map<String, Object> toJson(ModerationReport r) {
        List<Map<String, Object>> days = new ArrayList<>();
        for (ModerationReport.DayCounts d : r.perDay()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("day", d.day());
            m.put("total", d.total());
            m.put("pending", d.pending());
            m.put("approved", d.approved());
            m.put("spam", d.spam());
            m.put("trash", d.trash());
            m.put("post_trashed", d.other());
            m.put("spam_share", Math.round(d.spamShare() * 10_000) / 10_000.0);
            days.add(m);
        }
        List<Map<String, Object>> posts = new ArrayList<>();
        for (ModerationReport.PostPending p : r.topPendingPosts()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("site", p.site());
            m.put("post_id", p.postId());
            m.put("title", p.title());
            m.put("pending", p.pending());
            posts.add(m);
        }
        List<Map<String, Object>> moderators = new ArrayList<>();
        for (ModerationReport.ModeratorDay d : r.decisionsPerModerator()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("day", d.day());
            m.put("moderator", d.moderator());
            m.put("decisions", d.decisions());
            moderators.add(m);
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("per_day", days);
        out.put("top_pending_posts", posts);
        out.put("decisions_per_moderator", moderators);
        out.put("median_seconds_to_decision", r.medianSecondsToDecision());
        return out;
    }
}
