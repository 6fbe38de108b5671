package dev.moddesk.ui.health;

import dev.moddesk.app.health.Backups;
import dev.moddesk.app.health.Restore;
import dev.moddesk.ui.dialogs.DialogService;
import java.nio.file.Path;
import java.util.Optional;

/**
 * When the desk's database is damaged at opening: asks whether to restore the latest backup, open another
 * database, or quit, until one of them can be done. Runs while no connection has the database open (before the
 * desk opened it), so a restore may replace the file.
 */
public final class DamagedDatabase {
    private DamagedDatabase() {
    }

    /** The database to open next (the same one, restored, or another), or empty to quit. */
    public static Optional<Path> resolve(Path database, String why, DialogService dialogs) {
        while (true) {
            Optional<String> latest = new Backups(database).latest().map(b -> b.at().toString());
            switch (dialogs.askDamaged(database, why, latest)) {
                case RESTORE:
                    try {
                        new Restore(database).latest();
                        return Optional.of(database);
                    } catch (RuntimeException e) {
                        dialogs.showError("Restore", String.valueOf(e.getMessage()));
                    }
                    break;
                case OPEN_ANOTHER:
                    Optional<Path> other = dialogs.chooseDatabase();
                    if (other.isPresent()) {
                        return other;
                    }
                    break;
                default:
                    return Optional.empty();
            }
        }
    }
}
