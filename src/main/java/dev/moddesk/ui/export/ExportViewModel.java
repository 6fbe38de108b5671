package dev.moddesk.ui.export;

import dev.moddesk.app.Admin;
import dev.moddesk.app.export.Exporter;
import dev.moddesk.core.DateRange;
import dev.moddesk.core.ExportFilter;
import dev.moddesk.core.Post;
import dev.moddesk.core.Status;
import dev.moddesk.formats.ExportFormat;
import dev.moddesk.ui.Format;
import dev.moddesk.ui.background.Background.Lane;
import dev.moddesk.ui.background.Background;
import dev.moddesk.ui.background.LongWork;
import dev.moddesk.ui.dialogs.DialogService;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
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
 * File → Export…: the format, the filters and the target; counts what matches before anything is written,
 * then exports in the background with progress and Cancel, and sums up (or names the error) in a dialog.
 * The writing itself is {@link Exporter}'s: through a temporary file, so a cancelled or failed export
 * leaves no file.
 */
public final class ExportViewModel {
    /** The statuses offered, in the order the dialog lists them. */
    public static final List<Status> STATUSES = List.of(Status.PENDING, Status.APPROVED, Status.SPAM, Status.TRASH,
            Status.POST_TRASHED, Status.DELETED);

    private final Background background;
    private final Admin admin;
    private final DialogService dialogs;
    private final ZoneId zone;

    private final ObjectProperty<ExportFormat> format = new SimpleObjectProperty<>(ExportFormat.CSV);
    private final Map<Status, BooleanProperty> statuses = new LinkedHashMap<>();
    private final ObservableList<String> sites = FXCollections.observableArrayList();
    private final ObjectProperty<String> site = new SimpleObjectProperty<>();
    private final ObservableList<Post> posts = FXCollections.observableArrayList();
    private final ObjectProperty<Post> post = new SimpleObjectProperty<>();
    private final ObservableList<String> moderators = FXCollections.observableArrayList();
    private final ObjectProperty<String> moderator = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    private final BooleanProperty excelBom = new SimpleBooleanProperty();

    private final LongProperty matching = new SimpleLongProperty(-1);
    private final StringProperty matchingText = new SimpleStringProperty("Counting…");
    private final StringProperty hint = new SimpleStringProperty("");
    private final LongWork work;
    private final BooleanBinding canExport;

    private final AtomicLong countSequence = new AtomicLong();
    private volatile Exporter.Progress progressHook = Exporter.Progress.NONE;
    private Exporter.Result lastResult;
    private Consumer<Throwable> onError = e -> { };

    public ExportViewModel(Background background, Admin admin, DialogService dialogs, ZoneId zone) {
        this.background = background;
        this.work = new LongWork(background);
        this.admin = admin;
        this.dialogs = dialogs;
        this.zone = zone;
        for (Status s : STATUSES) {
            statuses.put(s, new SimpleBooleanProperty(s != Status.POST_TRASHED && s != Status.DELETED));
        }
        Observable[] filterParts = filterParts();
        for (Observable o : filterParts) {
            o.addListener(x -> {
                updateHint();
                if (o != format) {
                    recount(); // the format changes how, not what
                }
            });
        }
        site.addListener((o, a, b) -> loadPosts());
        canExport = Bindings.createBooleanBinding(() -> !work.isRunning() && !chosenStatuses().isEmpty(),
                concat(filterParts, work.runningProperty()));
        updateHint();
    }

    // ---- properties the dialog binds to

    public ObjectProperty<ExportFormat> formatProperty() {
        return format;
    }

    public BooleanProperty statusProperty(Status s) {
        return statuses.get(s);
    }

    public ObservableList<String> sites() {
        return sites;
    }

    /** The chosen site's base URL; null: every site. */
    public ObjectProperty<String> siteProperty() {
        return site;
    }

    /** The chosen site's posts (every post when there is only one site). */
    public ObservableList<Post> posts() {
        return posts;
    }

    /** Null: every post. */
    public ObjectProperty<Post> postProperty() {
        return post;
    }

    public ObservableList<String> moderators() {
        return moderators;
    }

    /** Only comments last decided by this moderator; null: anyone's, and undecided ones. */
    public ObjectProperty<String> moderatorProperty() {
        return moderator;
    }

    /** The first day of comments to take (local dates), null: from the start. */
    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    /** The last day of comments to take (included), null: up to now. */
    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    public BooleanProperty excelBomProperty() {
        return excelBom;
    }

    /** How many comments match, or -1 while counting. */
    public LongProperty matchingProperty() {
        return matching;
    }

    public StringProperty matchingTextProperty() {
        return matchingText;
    }

    /** A warning about the choice (e.g. WXR over several sites), or empty. */
    public StringProperty hintProperty() {
        return hint;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return work.runningProperty();
    }

    /** 0..1 while exporting, -1 when the total is unknown. */
    public ReadOnlyDoubleProperty progressProperty() {
        return work.progressProperty();
    }

    public StringProperty messageProperty() {
        return work.messageProperty();
    }

    public BooleanBinding canExportProperty() {
        return canExport;
    }

    public void onError(Consumer<Throwable> handler) {
        this.onError = handler;
    }

    /** For tests: hears every progress step on the exporting thread (may block it). */
    public void progressHook(Exporter.Progress hook) {
        this.progressHook = hook == null ? Exporter.Progress.NONE : hook;
    }

    public Exporter.Result lastResult() {
        return lastResult;
    }

    // ---- commands

    /** Fills the choices (sites, moderators) and counts. */
    public void load() {
        background.run(Lane.INFO, () -> new Choices(admin.sites(), admin.auditLog().moderators()), c -> {
            String keepSite = site.get();
            String keepModerator = moderator.get();
            sites.setAll(c.sites());
            moderators.setAll(c.moderators());
            site.set(c.sites().contains(keepSite) ? keepSite : null);
            moderator.set(c.moderators().contains(keepModerator) ? keepModerator : null);
            loadPosts();
            updateHint();
            recount();
        }, onError);
    }

    private record Choices(List<String> sites, List<String> moderators) {
    }

    /** The filter the dialog describes. */
    public ExportFilter filter() {
        Set<Status> chosen = chosenStatuses();
        Post p = post.get();
        return new ExportFilter(chosen, site.get(), p == null ? null : p.remoteId(), moderator.get(),
                DateRange.days(from.get(), to.get(), zone));
    }

    /** A file name to suggest: {@code moddesk-comments-2026-11-27.csv}. */
    public String suggestedName(LocalDate today) {
        ExportFormat f = format.get();
        return "moddesk-" + (f == ExportFormat.WP_CLI ? "decisions" : "comments") + "-" + today + "." + extension(f);
    }

    public static String extension(ExportFormat f) {
        switch (f) {
            case CSV: return "csv";
            case JSON: return "json";
            case WXR: return "xml";
            default: return "sh";
        }
    }

    public static String describe(ExportFormat f) {
        switch (f) {
            case CSV: return "CSV (spreadsheets)";
            case JSON: return "JSON";
            case WXR: return "WordPress export (WXR)";
            default: return "wp-cli script";
        }
    }

    /** Export…: checks the choice, asks where to save, then exports. */
    public void chooseTargetAndExport(LocalDate today) {
        if (work.isRunning()) {
            return;
        }
        String problem = problem();
        if (problem != null) {
            dialogs.showError("Cannot export", problem);
            return;
        }
        ExportFormat f = format.get();
        dialogs.chooseSaveFile("Export comments as " + describe(f), suggestedName(today), describe(f), extension(f))
                .ifPresent(this::exportTo);
    }

    /** Exports what the filter matches into {@code target} in the background. */
    public void exportTo(Path target) {
        if (work.isRunning()) {
            return;
        }
        ExportFilter filter = filter();
        ExportFormat f = format.get();
        boolean bom = excelBom.get() && f == ExportFormat.CSV;
        Exporter.Progress hook = progressHook;
        work.start(Lane.WRITE, "Exporting to " + target.getFileName() + "…", feedback -> admin.exporter().export(filter,
                f, target, bom, (written, total) -> {
                    hook.update(written, total);
                    feedback.report("Exporting to " + target.getFileName() + ": " + Format.count(written) + " of "
                            + Format.count(total, "comment"), total > 0 ? (double) written / total : -1);
                }, feedback::cancelled), result -> {
                    lastResult = result;
                    String summary = Format.count(result.exported(), "comment") + " written to " + target.getFileName()
                            + String.format(" in %.1f s", result.seconds());
                    work.messageProperty().set("Exported " + summary);
                    dialogs.showInfo("Export finished", summary + "\n\n" + describe(f) + "\n" + target
                            + (bom ? "\nWith the byte-order mark Excel needs." : ""));
                }, e -> FailedExport.tell(work, dialogs, e));
    }

    /** Stops a running export; the target is left as it was. */
    public void cancel() {
        work.cancel("Cancelling…");
    }

    // ---- inner workings

    private Set<Status> chosenStatuses() {
        Set<Status> out = EnumSet.noneOf(Status.class);
        statuses.forEach((s, p) -> {
            if (p.get()) {
                out.add(s);
            }
        });
        return out;
    }

    /** Why the current choice cannot be exported, or null. */
    String problem() {
        if (chosenStatuses().isEmpty()) {
            return "Choose at least one status to export.";
        }
        if (from.get() != null && to.get() != null && to.get().isBefore(from.get())) {
            return "The date range ends (" + to.get() + ") before it starts (" + from.get() + ").";
        }
        if (format.get() == ExportFormat.WXR && site.get() == null && sites.size() > 1) {
            return "A WordPress export (WXR) holds one site, and this database has " + sites.size()
                    + ". Choose a site to export.";
        }
        return null;
    }

    private void updateHint() {
        String p = problem();
        hint.set(p != null ? p : format.get() == ExportFormat.WP_CLI
                ? "The script names only comments decided in ModDesk, each once." : "");
    }

    private void recount() {
        if (chosenStatuses().isEmpty()) {
            countSequence.incrementAndGet();
            matching.set(0);
            matchingText.set("No status chosen");
            return;
        }
        long seq = countSequence.incrementAndGet();
        ExportFilter filter = filter();
        matching.set(-1);
        matchingText.set("Counting…");
        background.run(Lane.INFO, () -> admin.countExport(filter), n -> {
            if (seq == countSequence.get()) {
                matching.set(n);
                matchingText.set(n == 1 ? "1 comment matches" : Format.count(n) + " comments match");
            }
        }, onError);
    }

    private void loadPosts() {
        String s = site.get();
        boolean oneSite = s != null || sites.size() == 1;
        if (!oneSite) {
            posts.clear();
            post.set(null);
            return;
        }
        String which = s != null ? s : sites.get(0);
        background.run(Lane.INFO, () -> admin.posts(which), list -> {
            Post keep = post.get();
            posts.setAll(list);
            post.set(keep != null && list.contains(keep) ? keep : null);
        }, onError);
    }

    private Observable[] filterParts() {
        Observable[] out = new Observable[statuses.size() + 6];
        int i = 0;
        for (BooleanProperty p : statuses.values()) {
            out[i++] = p;
        }
        out[i++] = format;
        out[i++] = site;
        out[i++] = post;
        out[i++] = moderator;
        out[i++] = from;
        out[i] = to;
        return out;
    }

    private static Observable[] concat(Observable[] a, Observable b) {
        Observable[] out = java.util.Arrays.copyOf(a, a.length + 1);
        out[a.length] = b;
        return out;
    }
}
