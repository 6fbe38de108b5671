package dev.moddesk.ui.sync;

import dev.moddesk.app.sync.SyncSummary;
import dev.moddesk.ui.Format;
import dev.moddesk.ui.background.Background.Lane;
import dev.moddesk.ui.background.Background;
import dev.moddesk.ui.background.LongWork;
import dev.moddesk.ui.dialogs.DialogService;
import dev.moddesk.ui.prefs.DeskPrefs;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.StringProperty;

/**
 * The desk's Sync button, Ctrl+R and automatic sync: pulls then pushes the chosen site (or the only one) as
 * database work on the write lane, with progress and Cancel; a summary afterwards, a clear dialog when the site
 * refuses the credentials or does not answer; the queue and counts refresh after every run. Automatic sync
 * (off unless switched on) never starts while a sync runs, and reports through the status line, with a dialog
 * only the first time a problem appears.
 */
public final class SyncViewModel {
    public static final String SITE_KEY = "sync.site";
    public static final String AUTO_KEY = "sync.auto";
    public static final String MINUTES_KEY = "sync.autoMinutes";
    public static final int DEFAULT_MINUTES = 15;

    private final SiteService service;
    private final Background background;
    private final LongWork work;
    private final DialogService dialogs;
    private final DeskPrefs prefs;
    private final Runnable afterSync;
    private final BooleanProperty autoSync = new SimpleBooleanProperty();
    private final IntegerProperty autoMinutes = new SimpleIntegerProperty(DEFAULT_MINUTES);
    private final ObjectProperty<SyncSummary> lastSummary = new SimpleObjectProperty<>();
    private Runnable onNoSite = () -> { };
    private AutoCloseable ticker;
    private SyncProblem lastAutoProblem;
    private int automaticRuns;
    private boolean closed;

    public SyncViewModel(SiteService service, Background background, DialogService dialogs, DeskPrefs prefs,
                         Runnable afterSync) {
        this.service = service;
        this.background = background;
        this.work = new LongWork(background);
        this.dialogs = dialogs;
        this.prefs = prefs;
        this.afterSync = afterSync;
        autoMinutes.set(Math.max(1, (int) prefs.getDouble(MINUTES_KEY, DEFAULT_MINUTES)));
        autoSync.set(prefs.getBoolean(AUTO_KEY, false));
        autoSync.addListener((o, a, b) -> {
            prefs.putBoolean(AUTO_KEY, b);
            schedule();
        });
        autoMinutes.addListener((o, a, b) -> {
            prefs.putDouble(MINUTES_KEY, b.intValue());
            schedule();
        });
        schedule();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return work.runningProperty();
    }

    public ReadOnlyBooleanProperty cancellingProperty() {
        return work.cancellingProperty();
    }

    /** Progress of the current phase, 0..1, or -1 when not known. */
    public ReadOnlyDoubleProperty progressProperty() {
        return work.progressProperty();
    }

    /** What is running, or what the last run did. */
    public StringProperty messageProperty() {
        return work.messageProperty();
    }

    /** Automatic sync on or off (off by default; remembered). */
    public BooleanProperty autoSyncProperty() {
        return autoSync;
    }

    /** Minutes between automatic syncs (remembered). */
    public IntegerProperty autoMinutesProperty() {
        return autoMinutes;
    }

    public ObjectProperty<SyncSummary> lastSummaryProperty() {
        return lastSummary;
    }

    /** What to do when there is no site to sync (the desk opens the Sites dialog). */
    public void onNoSite(Runnable r) {
        this.onNoSite = r;
    }

    /** How many automatic syncs have started (for the status line and tests). */
    public int automaticRuns() {
        return automaticRuns;
    }

    /** The Sync button and Ctrl+R. Does nothing while a sync runs. */
    public void syncNow() {
        start(false);
    }

    /** Stops the running sync: a pull changes nothing; a push keeps what the site confirmed, the rest stays queued. */
    public void cancel() {
        work.cancel("Cancelling the sync…");
    }

    private void schedule() {
        stopTicker();
        if (autoSync.get()) {
            every(Duration.ofMinutes(Math.max(1, autoMinutes.get())));
        }
    }

    /** Automatic sync at this interval (tests use seconds; the setting is in minutes). */
    public void every(Duration period) {
        stopTicker();
        ticker = background.every(period, this::tick);
    }

    private void tick() {
        if (!work.isRunning()) {
            automaticRuns++;
            start(true);
        }
    }

    private void stopTicker() {
        if (ticker != null) {
            try {
                ticker.close();
            } catch (Exception ignored) {
                // a timer that would not stop is stopped with the window
            }
            ticker = null;
        }
    }

    /** Stops automatic sync and asks a running sync to stop (the window is closing). */
    public void close() {
        closed = true;
        stopTicker();
        work.cancel("Stopping the sync: the window is closing");
    }

    private record Result(String site, SyncSummary summary) { }

    private static final class NoSiteException extends RuntimeException {
        NoSiteException(String message) {
            super(message);
        }
    }

    private void start(boolean automatic) {
        if (work.isRunning() || closed) {
            return;
        }
        String preferred = prefs.get(SITE_KEY, null);
        work.start(Lane.WRITE, automatic ? "Automatic sync…" : "Syncing…", feedback -> {
            List<SiteInfo> sites = service.sites();
            String site = choose(sites, preferred).orElseThrow(() -> new NoSiteException(noSiteText(sites)));
            feedback.report("Connecting to " + site + "…", -1);
            SyncSummary s = service.sync(site, (phase, done, total) -> feedback.report(describe(phase, done, total),
                    total > 0 ? Math.min(1.0, (double) done / total) : -1), feedback::cancelled);
            return new Result(site, s);
        }, r -> finished(r, automatic), e -> failed(e, automatic));
    }

    /** The saved site to sync: the one chosen in the Sites dialog, else the only one with credentials. */
    static Optional<String> choose(List<SiteInfo> sites, String preferred) {
        List<SiteInfo> usable = sites.stream().filter(SiteInfo::hasCredentials).toList();
        for (SiteInfo s : usable) {
            if (s.url().equals(preferred)) {
                return Optional.of(s.url());
            }
        }
        return usable.size() == 1 ? Optional.of(usable.get(0).url()) : Optional.empty();
    }

    private static String noSiteText(List<SiteInfo> sites) {
        long usable = sites.stream().filter(SiteInfo::hasCredentials).count();
        return usable == 0 ? "No site is set up for sync yet: add one in Sync → Sites… (address, user and "
                + "Application Password)."
                : usable + " sites are set up: choose the one to sync in Sync → Sites… (Use for Sync).";
    }

    static String describe(String phase, long done, long total) {
        String of = total > 0 ? Format.count(done) + " of " + Format.count(total) : Format.count(done);
        switch (phase) {
            case "connect": return "Connecting to the site…";
            case "pull": return "Pulling comments: " + of;
            case "posts": return "Reading post titles: " + of;
            case "check": return "Checking for comments deleted on the site: " + of;
            case "push": return "Pushing decisions: " + of;
            default: return phase + ": " + of;
        }
    }

    private void finished(Result r, boolean automatic) {
        SyncSummary s = r.summary();
        lastSummary.set(s);
        lastAutoProblem = null;
        if (closed) {
            return;
        }
        work.messageProperty().set((s.stopped() == null ? "Synced: " : "Sync stopped (" + s.stopped() + "): ") + line(s));
        afterSync.run();
        if (!automatic) {
            dialogs.showInfo(s.stopped() == null ? "Sync finished" : "Sync stopped", summaryText(r.site(), s));
        }
    }

    static String line(SyncSummary s) {
        return Format.count(s.pulled()) + " pulled, " + Format.count(s.inserted()) + " new, "
                + Format.count(s.conflicts(), "conflict") + " · " + Format.count(s.pushed()) + " pushed, "
                + Format.count(s.failed()) + " failed";
    }

    static String summaryText(String site, SyncSummary s) {
        StringBuilder b = new StringBuilder(site).append("\n\n");
        b.append("Pulled: ").append(Format.count(s.pulled(), "comment")).append('\n');
        b.append("Inserted: ").append(Format.count(s.inserted())).append('\n');
        b.append("Updated: ").append(Format.count(s.updated())).append('\n');
        b.append("Conflicts: ").append(Format.count(s.conflicts()))
                .append(s.conflicts() > 0 ? "  (see the Conflicts view)" : "").append('\n');
        b.append("Pushed: ").append(Format.count(s.pushed(), "decision")).append('\n');
        b.append("Failed: ").append(Format.count(s.failed()))
                .append(s.failed() > 0 ? "  (kept in the outbox with their error, tried again next sync)" : "").append('\n');
        if (s.gone() > 0) {
            b.append("Gone from the site: ").append(Format.count(s.gone())).append('\n');
        }
        b.append("Still in the outbox: ").append(Format.count(s.remaining())).append('\n');
        b.append(String.format("%.1f s", s.seconds()));
        if (s.stopped() != null) {
            b.append("\n\nThe push stopped early: ").append(s.stopped())
                    .append(". What the site confirmed is recorded; the rest stays in the outbox.");
        }
        if (!s.warnings().isEmpty()) {
            b.append("\n\n").append(s.warnings().size()).append(" warnings, e.g.: ").append(s.warnings().get(0));
        }
        return b.toString();
    }

    private void failed(Throwable e, boolean automatic) {
        SyncProblem problem = e instanceof NoSiteException ? SyncProblem.NO_SITE : service.classify(e);
        String detail = String.valueOf(e.getMessage());
        if (closed) {
            return;
        }
        afterSync.run(); // a push refused half-way has recorded what the site confirmed
        switch (problem) {
            case CANCELLED:
                work.messageProperty().set("Sync cancelled; nothing was changed");
                return;
            case NO_SITE:
                work.messageProperty().set(problem.title() + ": add a site in Sync → Sites…");
                if (!automatic) {
                    onNoSite.run();
                }
                return;
            default:
                break;
        }
        work.messageProperty().set(headline(problem.title() + (automatic ? " (automatic sync)" : ""), detail));
        if (automatic && problem == lastAutoProblem) {
            return; // said once already; the status line keeps saying it
        }
        if (automatic) {
            lastAutoProblem = problem;
        }
        dialogs.showError(problem.title(), explain(problem, detail));
    }

    /** "Title: detail", without saying the title twice when the detail starts with it. */
    static String headline(String title, String detail) {
        String t = title.toLowerCase(java.util.Locale.ROOT);
        String d = detail.toLowerCase(java.util.Locale.ROOT);
        if (d.startsWith(t + ": ")) {
            return title + detail.substring(title.length());
        }
        return title + ": " + detail;
    }

    static String explain(SyncProblem problem, String detail) {
        switch (problem) {
            case AUTHENTICATION:
                return detail + "\n\nCheck the user name and the Application Password in Sync → Sites… "
                        + "(Users → Profile → Application Passwords on the site). Your decisions stay in the outbox.";
            case UNREACHABLE:
                return detail + "\n\nCheck the address and the network. Your decisions stay in the outbox and go "
                        + "with the next sync.";
            case UNTRUSTED_CERTIFICATE:
                return detail + "\n\nNothing was sent to the site. Your decisions stay in the outbox.";
            default:
                return detail;
        }
    }
}
