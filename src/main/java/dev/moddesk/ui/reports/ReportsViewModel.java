package dev.moddesk.ui.reports;

import dev.moddesk.app.reports.Reports.Range;
import dev.moddesk.app.reports.Reports.Summary;
import dev.moddesk.app.reports.Reports;
import dev.moddesk.ui.background.Background.Lane;
import dev.moddesk.ui.background.Background;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The Reports view: a date range, and the report for it computed in the background (a newer request wins
 * over an older one still running). The view turns the {@link Summary} into charts.
 */
public final class ReportsViewModel {
    private final Background background;
    private final Reports reports;
    private final Supplier<LocalDate> today;
    private final ObjectProperty<Range> range = new SimpleObjectProperty<>(Range.LAST_90_DAYS);
    private final ReadOnlyObjectWrapper<Summary> summary = new ReadOnlyObjectWrapper<>();
    private final BooleanProperty loading = new SimpleBooleanProperty();
    private final StringProperty status = new SimpleStringProperty("");
    private final AtomicLong sequence = new AtomicLong();
    /** The status line once a report is on screen. */
    public static final String DATES = "Dates and days in UTC";

    private Consumer<Throwable> onError = e -> { };

    public ReportsViewModel(Background background, Reports reports, Supplier<LocalDate> today) {
        this.background = background;
        this.reports = reports;
        this.today = today;
        range.addListener((o, a, b) -> refresh());
    }

    public ObjectProperty<Range> rangeProperty() {
        return range;
    }

    /** The latest report; null until the first one is computed. */
    public ReadOnlyObjectProperty<Summary> summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public Summary summary() {
        return summary.get();
    }

    public BooleanProperty loadingProperty() {
        return loading;
    }

    /** What the status line says: computing, or what the dates are (never how long it took: that is for benchmarks). */
    public StringProperty statusProperty() {
        return status;
    }

    public void onError(Consumer<Throwable> handler) {
        this.onError = handler;
    }

    /** Computes the report for the current range. */
    public void refresh() {
        long seq = sequence.incrementAndGet();
        Range r = range.get();
        LocalDate day = today.get();
        loading.set(true);
        status.set("Computing " + r.label().toLowerCase(Locale.ROOT) + "…");
        background.run(Lane.INFO, () -> reports.compute(r, day), s -> {
            if (seq != sequence.get()) {
                return;
            }
            loading.set(false);
            summary.set(s);
            status.set(DATES);
        }, e -> {
            if (seq == sequence.get()) {
                loading.set(false);
                status.set("The report could not be computed");
                onError.accept(e);
            }
        });
    }

    // ---- how figures read

    /** "42 s", "17 min", "5.2 h", "3.4 days"; "—" when nothing was decided. */
    public static String duration(Long seconds) {
        if (seconds == null) {
            return "—";
        }
        long s = seconds;
        if (s < 90) {
            return s + " s";
        }
        if (s < 90 * 60) {
            return Math.round(s / 60.0) + " min";
        }
        if (s < 36 * 3600) {
            return String.format(Locale.ROOT, "%.1f h", s / 3600.0);
        }
        return String.format(Locale.ROOT, "%.1f days", s / 86400.0);
    }

    /** 0..1 as "12.3 %". */
    public static String percent(double share) {
        return String.format(Locale.ROOT, "%.1f %%", share * 100);
    }

    /** The range on screen: "2026-08-30 – 2026-11-27 · by week". */
    public static String span(Summary s) {
        return s.from() + " – " + s.to() + " · by " + s.granularity().name().toLowerCase(Locale.ROOT) + " (UTC)";
    }
}
