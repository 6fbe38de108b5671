package dev.moddesk.ui.health;

import dev.moddesk.app.health.BackupFile;
import dev.moddesk.app.health.Doctor;
import dev.moddesk.app.health.HealthReport;
import dev.moddesk.app.health.Problem;
import dev.moddesk.ui.Format;
import dev.moddesk.ui.actions.Commands;
import dev.moddesk.ui.actions.DeskAction;
import dev.moddesk.ui.background.Background;
import dev.moddesk.ui.dialogs.DialogService;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Help → Check database…: the doctor's quick check on a lane of its own (the desk stays usable meanwhile), its
 * findings in a dialog, and, when some can be repaired safely, a Repair button; the views notice the repaired
 * counts as they notice any other commit.
 */
public final class HealthFeature {
    static final String TITLE = "Check database";

    private final Background lanes;
    private final Doctor doctor;
    private final DialogService dialogs;
    private boolean checking;

    public HealthFeature(Background lanes, Path database, DialogService dialogs, Commands commands) {
        this.lanes = lanes;
        this.doctor = new Doctor(database);
        this.dialogs = dialogs;
        commands.on(DeskAction.CHECK_DATABASE, this::check);
    }

    /** Checks the database in the background (once at a time) and shows what it found. */
    public void check() {
        if (checking) {
            return;
        }
        checking = true;
        lanes.run(Background.Lane.CHECK, () -> doctor.check(false), this::show, this::failed);
    }

    private void show(HealthReport report) {
        checking = false;
        if (report.ok()) {
            dialogs.showInfo(TITLE, "All is well.\n" + backups(report.backups()));
        } else if (report.repairable() && dialogs.confirm(TITLE, problems(report)
                + "\n\nRepair what can be repaired safely (search index, counts, leftover files)?", "Repair")) {
            checking = true;
            lanes.run(Background.Lane.CHECK, () -> doctor.repair(false), this::showRepaired, this::failed);
        } else if (!report.repairable()) {
            dialogs.showError(TITLE, problems(report));
        }
    }

    private void showRepaired(HealthReport report) {
        checking = false;
        String done = String.join("\n", report.repaired());
        if (report.ok()) {
            dialogs.showInfo(TITLE, done + "\n\nAll is well now.");
        } else {
            dialogs.showError(TITLE, done + "\n\nStill wrong:\n" + problems(report));
        }
    }

    private void failed(Throwable e) {
        checking = false;
        dialogs.showFailure(e);
    }

    private static String problems(HealthReport report) {
        return report.problems().stream().map(Problem::line).collect(Collectors.joining("\n"));
    }

    static String backups(List<BackupFile> backups) {
        return backups.isEmpty() ? "No backups yet." : Format.count(backups.size(), "backup") + "; the latest of " + backups.get(0).at()
                + ": " + backups.get(0).file();
    }
}
