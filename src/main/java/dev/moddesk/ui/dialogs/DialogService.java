package dev.moddesk.ui.dialogs;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Every question and message the desk puts to the user, and the file chooser: behind one interface so
 * tests answer them without windows (a {@code FileChooser} cannot run headless).
 */
public interface DialogService {
    FirstStartChoice askFirstStart();

    /** True when the user confirms. */
    boolean confirm(String title, String message, String okLabel);

    /** True when the user confirms; {@code cancelLabel} names the other answer (Cancel unless said). */
    default boolean confirm(String title, String message, String okLabel, String cancelLabel) {
        return confirm(title, message, okLabel);
    }

    Optional<Path> chooseImportFile();

    /** Where to save a file: {@code initialName} suggested, {@code extension} (e.g. "csv") offered; empty when cancelled. */
    Optional<Path> chooseSaveFile(String title, String initialName, String description, String extension);

    void showError(String title, String message);

    /** Something that went wrong unexpectedly, in its own words (or its cause's, when it has none). */
    default void showFailure(Throwable e) {
        Throwable cause = e.getCause() != null && e.getMessage() == null ? e.getCause() : e;
        showError("Something went wrong", String.valueOf(cause.getMessage()));
    }

    void showInfo(String title, String message);

    /** A line of text, prefilled with {@code current}; empty when cancelled. */
    Optional<String> askText(String title, String prompt, String current);

    /** The keyboard shortcuts: the keys and what they do. */
    void showShortcuts(List<ShortcutRow> rows);

    /**
     * The database cannot be opened because it is damaged ({@code why}): restore the latest backup (offered when
     * {@code latestBackup} names one), open another database, or quit.
     */
    DamagedChoice askDamaged(Path database, String why, Optional<String> latestBackup);

    /** A database file to open; empty when cancelled. */
    Optional<Path> chooseDatabase();

    /** Opens a link in the system browser. */
    void openInBrowser(String url);
}
