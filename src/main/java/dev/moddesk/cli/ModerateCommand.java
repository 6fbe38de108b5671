package dev.moddesk.cli;

import dev.moddesk.app.Workspace;
import dev.moddesk.app.moderation.Moderation;
import dev.moddesk.app.moderation.Outcome;
import dev.moddesk.core.ModerationAction;
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

@Command(name = "moderate", description = "Decide on comments by their site ids; decisions wait in the outbox for sync.")
final class ModerateCommand implements Runnable {
    @ParentCommand
    RootCommand root;
    @Mixin
    DatabaseOption database;
    @Mixin
    DecisionOptions decision;
    @Spec
    CommandSpec spec;

    @Option(names = "--action", required = true, paramLabel = "A",
            description = "approve, hold, spam, trash, restore or delete.")
    String action;

    @Option(names = "--ids", required = true, paramLabel = "ID,...", split = ",", description = "The site's comment ids.")
    List<String> ids;

    @Option(names = "--json", description = "Print the result as JSON.")
    boolean json;

    @Override
    public void run() {
        ModerationAction a = ModerationAction.fromWord(action).orElseThrow(() ->
                new UserError("unknown --action '" + action + "': use approve, hold, spam, trash, restore or delete"));
        List<Long> remoteIds = new ArrayList<>();
        for (String id : ids) {
            try {
                remoteIds.add(Long.parseLong(id.strip()));
            } catch (NumberFormatException e) {
                throw new UserError("--ids: '" + id + "' is not a comment id");
            }
        }
        String moderator = decision.moderator();
        Outcome r;
        try (Workspace workspace = database.open(root, moderator)) {
            Moderation moderation = workspace.moderation();
            r = moderation.decide(decision.rows(moderation, remoteIds), a);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("changed", r.changed());
            m.put("unchanged", r.unchanged());
            Json.print(out, m);
        } else {
            out.printf("%s: %d changed, %d unchanged%n", a.word(), r.changed(), r.unchanged());
        }
    }
}
