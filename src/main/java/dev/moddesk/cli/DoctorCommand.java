package dev.moddesk.cli;

import dev.moddesk.app.health.BackupFile;
import dev.moddesk.app.health.Doctor;
import dev.moddesk.app.health.HealthReport;
import dev.moddesk.app.health.Problem;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "doctor", description = "Check the database (integrity, schema, search index, counts, outbox, "
        + "leftovers); exit 0 when all is well, 1 otherwise.")
final class DoctorCommand implements Callable<Integer> {
    @ParentCommand
    RootCommand root;
    @Mixin
    DatabaseOption database;
    @Spec
    CommandSpec spec;

    @Option(names = "--full", description = "Also run SQLite's full integrity check and the search index's own (slow).")
    boolean full;

    @Option(names = "--repair", description = "Rebuild the search index, count anew, remove leftovers; say what was done.")
    boolean repair;

    @Option(names = "--json", description = "Print {\"ok\",\"problems\",\"backups\"} as JSON.")
    boolean json;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path file = database.path(root);
        Doctor doctor = new Doctor(file);
        HealthReport report = repair ? doctor.repair(full) : doctor.check(full);
        // With --json, standard output is the JSON alone; what a repair did goes to standard error.
        PrintWriter told = json ? err : out;
        report.repaired().forEach(done -> told.println("repaired: " + TerminalText.escape(done)));
        if (json) {
            Json.print(out, asJson(report));
        } else {
            printText(out, file, report);
        }
        return report.ok() ? Cli.OK : Cli.USER_ERROR;
    }

    private void printText(PrintWriter out, Path file, HealthReport report) {
        if (report.ok()) {
            out.println(TerminalText.escape(file.toString()) + ": all is well (" + (full ? "full" : "quick") + " check)");
        }
        report.problems().forEach(p -> out.println(TerminalText.escape(p.line())));
        List<BackupFile> backups = report.backups();
        out.println(backups.isEmpty() ? "backups: none yet (moddesk backup makes one)"
                : "backups: " + backups.size() + ", the latest of " + backups.get(0).at() + ": "
                + TerminalText.escape(backups.get(0).file().toString()));
    }

    static Map<String, Object> asJson(HealthReport report) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("ok", report.ok());
        m.put("problems", report.problems().stream().map(DoctorCommand::asJson).toList());
        m.put("backups", report.backups().stream().map(DoctorCommand::asJson).toList());
        return m;
    }

    private static Map<String, Object> asJson(Problem p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("check", p.check());
        m.put("problem", p.problem());
        m.put("todo", p.todo());
        m.put("repairable", p.repairable());
        return m;
    }

    private static Map<String, Object> asJson(BackupFile b) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("file", b.file().toString());
        m.put("at", b.at().toString());
        m.put("reason", b.reason());
        m.put("bytes", b.bytes());
        return m;
    }
}
