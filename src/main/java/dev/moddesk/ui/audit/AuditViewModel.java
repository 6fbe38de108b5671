package dev.moddesk.ui.audit;

import dev.moddesk.app.export.Exporter;
import dev.moddesk.app.reports.AuditLog;
import dev.moddesk.core.AuditEntry;
import dev.moddesk.core.AuditFilter;
import dev.moddesk.core.DateRange;
import dev.moddesk.formats.ExportFormat;
import dev.moddesk.ui.Format;
import dev.moddesk.ui.background.Background.Lane;
import dev.moddesk.ui.background.Background;
import dev.moddesk.ui.background.LongWork;
import dev.moddesk.ui.dialogs.DialogService;
import dev.moddesk.ui.export.FailedExport;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The audit log view: newest first, a page at a time (keyset pages, so the millionth line costs what the
 * first does), filtered by moderator, action and date; the filtered log exports to CSV or JSON.
 */
public final class AuditViewModel {
    public static final int DEFAULT_PAGE_SIZE = 200;

    private final Background background;
    private final LongWork export;
    private final AuditLog log;
    private final DialogService dialogs;
    private final ZoneId zone;
    private final int pageSize;

    private final ObservableList<String> moderators = FXCollections.observableArrayList();
    private final ObservableList<String> actions = FXCollections.observableArrayList();
    private final ObjectProperty<String> moderator = new SimpleObjectProperty<>();
    private final ObjectProperty<String> action = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();

    private final ObservableList<AuditEntry> rows = FXCollections.observableArrayList();
    private final LongProperty total = new SimpleLongProperty();
    private final LongProperty firstIndex = new SimpleLongProperty();
    private final BooleanProperty hasOlder = new SimpleBooleanProperty();
    private final BooleanProperty hasNewer = new SimpleBooleanProperty();
    private final StringProperty pageText = new SimpleStringProperty("");
    private final BooleanProperty loading = new SimpleBooleanProperty();

    /** The ids each newer page started before (null: the newest page), to go back. */
    private final Deque<Long> newerStarts = new ArrayDeque<>();
    private Long currentStart;
    private final AtomicLong sequence = new AtomicLong();
    private Consumer<Throwable> onError = e -> { };

    public AuditViewModel(Background background, AuditLog log, DialogService dialogs, ZoneId zone, int pageSize) {
        this.background = background;
        this.export = new LongWork(background);
        this.log = log;
        this.dialogs = dialogs;
        this.zone = zone;
        this.pageSize = pageSize;
        for (ObjectProperty<?> p : List.of(moderator, action, from, to)) {
            p.addListener((o, a, b) -> reload());
        }
    }

    public ObservableList<String> moderators() {
        return moderators;
    }

    public ObservableList<String> actions() {
        return actions;
    }

    /** Null: every moderator. */
    public ObjectProperty<String> moderatorProperty() {
        return moderator;
    }

    /** Null: every action. */
    public ObjectProperty<String> actionProperty() {
        return action;
    }

    /** First day shown (local), null: from the start. */
    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    /** Last day shown (included), null: up to now. */
    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    /** The lines on screen, newest first. */
    public ObservableList<AuditEntry> rows() {
        return rows;
    }

    public LongProperty totalProperty() {
        return total;
    }

    public BooleanProperty hasOlderProperty() {
        return hasOlder;
    }

    public BooleanProperty hasNewerProperty() {
        return hasNewer;
    }

    /** "1–200 of 1,234". */
    public StringProperty pageTextProperty() {
        return pageText;
    }

    public BooleanProperty loadingProperty() {
        return loading;
    }

    public ReadOnlyBooleanProperty exportingProperty() {
        return export.runningProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return export.progressProperty();
    }

    public StringProperty messageProperty() {
        return export.messageProperty();
    }

    public void onError(Consumer<Throwable> handler) {
        this.onError = handler;
    }

    /** The filter the controls describe. */
    public AuditFilter filter() {
        return new AuditFilter(moderator.get(), action.get(), DateRange.days(from.get(), to.get(), zone));
    }

    /** Loads the choices and the newest page. */
    public void load() {
        background.run(Lane.INFO, () -> new Choices(log.moderators(), log.actions()), c -> {
            moderators.setAll(c.moderators());
            actions.setAll(c.actions());
        }, onError);
        reload();
    }

    private record Choices(List<String> moderators, List<String> actions) {
    }

    /** The newest page of the current filter. */
    public void reload() {
        newerStarts.clear();
        firstIndex.set(0);
        fetch(null, true);
    }

    public void clearFilters() {
        moderator.set(null);
        action.set(null);
        from.set(null);
        to.set(null);
    }

    /** The next page of older lines. */
    public void older() {
        if (!hasOlder.get() || rows.isEmpty()) {
            return;
        }
        newerStarts.push(currentStart == null ? Long.MIN_VALUE : currentStart);
        firstIndex.set(firstIndex.get() + rows.size());
        fetch(rows.get(rows.size() - 1).id(), false);
    }

    /** Back to the page of newer lines. */
    public void newer() {
        if (newerStarts.isEmpty()) {
            return;
        }
        long start = newerStarts.pop();
        firstIndex.set(Math.max(0, firstIndex.get() - pageSize));
        fetch(start == Long.MIN_VALUE ? null : start, false);
    }

    private record Loaded(AuditLog.Page page, Long total) {
    }

    private void fetch(Long beforeId, boolean recount) {
        long seq = sequence.incrementAndGet();
        AuditFilter f = filter();
        loading.set(true);
        background.run(Lane.PAGES, () -> new Loaded(log.page(f, AuditLog.Order.NEWEST_FIRST, beforeId, pageSize),
                recount ? log.count(f) : null), loaded -> {
                    if (seq != sequence.get()) {
                        return; // the filter changed meanwhile: a newer fetch is on its way
                    }
                    loading.set(false);
                    currentStart = beforeId;
                    rows.setAll(loaded.page().entries());
                    if (loaded.total() != null) {
                        total.set(loaded.total());
                    }
                    hasOlder.set(loaded.page().more());
                    hasNewer.set(!newerStarts.isEmpty());
                    updatePageText();
                }, e -> {
                    loading.set(false);
                    onError.accept(e);
                });
    }

    private void updatePageText() {
        long n = total.get();
        if (rows.isEmpty()) {
            pageText.set(n == 0 ? "No decisions match" : "");
            return;
        }
        long first = firstIndex.get() + 1;
        pageText.set(Format.count(first) + "–" + Format.count(first + rows.size() - 1) + " of " + Format.count(n)
                + (n == 1 ? " decision" : " decisions"));
    }

    /** Asks where to save, then exports the filtered log (all pages, oldest first). */
    public void chooseTargetAndExport(ExportFormat format, LocalDate today) {
        if (export.isRunning()) {
            return;
        }
        String ext = format == ExportFormat.JSON ? "json" : "csv";
        dialogs.chooseSaveFile("Export the audit log as " + ext.toUpperCase(), "moddesk-audit-" + today + "." + ext,
                ext.toUpperCase() + " files", ext).ifPresent(p -> exportTo(format, p));
    }

    public void exportTo(ExportFormat format, Path target) {
        if (export.isRunning()) {
            return;
        }
        AuditFilter f = filter();
        export.start(Lane.WRITE, "Exporting the audit log to " + target.getFileName() + "…",
                feedback -> log.export(f, format, target, (written, all) -> {
                    if (all > 0) {
                        feedback.report(null, (double) written / all);
                    }
                }, feedback::cancelled), (Exporter.Result r) -> {
                    String summary = Format.count(r.exported(), "audit line") + " written to " + target.getFileName();
                    export.messageProperty().set("Exported " + summary);
                    dialogs.showInfo("Audit log exported", summary + "\n\n" + target);
                }, e -> FailedExport.tell(export, dialogs, e));
    }

    public void cancelExport() {
        export.cancel("Cancelling…");
    }
}
