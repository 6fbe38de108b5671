package dev.moddesk.ui;

import dev.moddesk.ui.dialogs.DamagedChoice;
import dev.moddesk.ui.dialogs.DialogService;
import dev.moddesk.ui.dialogs.FirstStartChoice;
import dev.moddesk.ui.dialogs.ShortcutRow;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/** Answers the desk's questions without windows and remembers what it was told. */
public final class FakeDialogs implements DialogService {
    public FirstStartChoice firstStart = FirstStartChoice.START_EMPTY;
    public boolean confirmAnswer = true;
    public final Deque<Path> files = new ArrayDeque<>();
    /** Answers to save-file choosers, in order; none left: the user cancelled. */
    public final Deque<Path> saveFiles = new ArrayDeque<>();
    public final List<String> confirms = new ArrayList<>();
    /** Runs while a question is open (on the FX thread), to see what the window shows meanwhile. */
    public Runnable whileAsking = () -> { };
    public final List<String> errors = new ArrayList<>();
    public final List<String> infos = new ArrayList<>();
    public final List<String> opened = new ArrayList<>();
    public int firstStartAsked;
    public int shortcutsShown;
    /** The rows of the last {@code ?} list shown. */
    public List<ShortcutRow> shortcuts = List.of();
    public String textAnswer;
    /** Answers to the next questions, before {@link #textAnswer}; with what each question showed in its field. */
    public final Deque<String> textAnswers = new ArrayDeque<>();
    public final List<String> textShown = new ArrayList<>();
    /** The answers to the damaged-database question, in order; QUIT when they run out. */
    public final Deque<DamagedChoice> damagedAnswers = new ArrayDeque<>();
    public final List<String> damagedAsked = new ArrayList<>();
    public final Deque<Path> databases = new ArrayDeque<>();

    @Override
    public FirstStartChoice askFirstStart() {
        firstStartAsked++;
        return firstStart;
    }

    @Override
    public boolean confirm(String title, String message, String okLabel) {
        confirms.add(title + ": " + message);
        whileAsking.run();
        return confirmAnswer;
    }

    @Override
    public Optional<Path> chooseImportFile() {
        return Optional.ofNullable(files.poll());
    }

    @Override
    public Optional<Path> chooseSaveFile(String title, String initialName, String description, String extension) {
        return Optional.ofNullable(saveFiles.poll());
    }

    @Override
    public void showError(String title, String message) {
        errors.add(title + ": " + message);
    }

    @Override
    public void showInfo(String title, String message) {
        infos.add(title + ": " + message);
    }

    @Override
    public Optional<String> askText(String title, String prompt, String current) {
        textShown.add(current);
        return Optional.ofNullable(textAnswers.isEmpty() ? textAnswer : textAnswers.poll());
    }

    @Override
    public void showShortcuts(List<ShortcutRow> rows) {
        shortcutsShown++;
        shortcuts = List.copyOf(rows);
    }

    @Override
    public void openInBrowser(String url) {
        opened.add(url);
    }

    @Override
    public DamagedChoice askDamaged(Path database, String why, Optional<String> latestBackup) {
        damagedAsked.add(database.getFileName() + ": " + why + " | backup: " + latestBackup.orElse("none"));
        return damagedAnswers.isEmpty() ? DamagedChoice.QUIT : damagedAnswers.poll();
    }

    @Override
    public Optional<Path> chooseDatabase() {
        return Optional.ofNullable(databases.poll());
    }
}
