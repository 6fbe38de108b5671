package dev.moddesk.app.health;

import java.util.List;

/** What the doctor found, the database's backups, and what a repair did (empty when none was asked). */
public record HealthReport(List<Problem> problems, List<BackupFile> backups, List<String> repaired) {
    public boolean ok() {
        return problems.isEmpty();
    }

    public boolean repairable() {
        return problems.stream().anyMatch(Problem::repairable);
    }
}
