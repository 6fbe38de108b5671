package dev.moddesk.ui.filters;

import dev.moddesk.app.moderation.QueueReader;
import dev.moddesk.core.DateRange;
import dev.moddesk.core.CommentType;
import dev.moddesk.core.PostSummary;
import dev.moddesk.core.QueueQuery;
import dev.moddesk.core.Scope;
import dev.moddesk.core.SiteSummary;
import dev.moddesk.ui.background.Background.Lane;
import dev.moddesk.ui.background.Background;
import dev.moddesk.ui.queue.QueueViewModel;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The filter bar's model: the sites and posts to choose from (read in the background), and the user's
 * choices turned into the queue's {@link Scope}. Dates are days in the local time zone (as the table shows
 * them): "from" at the start of its day, "to" up to the end of its day. Lives on the FX thread.
 */
public final class FiltersViewModel {
    /** The "every site" choice. */
    public static final SiteSummary ALL_SITES = new SiteSummary(-1, "All sites", "");
    /** The "every post" choice. */
    public static final PostSummary ALL_POSTS = new PostSummary(-1, -1, "All posts");

    private final Background background;
    private final QueueReader reader;
    private final QueueViewModel queue;
    private final ZoneId zone;
    private final ObservableList<SiteSummary> sites = FXCollections.observableArrayList(List.of(ALL_SITES));
    private final ObservableList<PostSummary> posts = FXCollections.observableArrayList(List.of(ALL_POSTS));
    private final BooleanBinding filtering;
    private Long postsFor = -2L;
    private long postsSeq;
    private Consumer<Throwable> errors = Throwable::printStackTrace;

    public FiltersViewModel(Background background, QueueReader reader, QueueViewModel queue, ZoneId zone) {
        this.background = background;
        this.reader = reader;
        this.queue = queue;
        this.zone = zone;
        filtering = Bindings.createBooleanBinding(() -> !queue.query().scope().isEmpty() || queue.query().hasAuthorFilter(),
                queue.queryProperty());
        queue.queryProperty().addListener((o, a, b) -> {
            if (!Objects.equals(b.scope().siteId(), postsFor)) {
                loadPosts();
            }
        });
    }

    public void onError(Consumer<Throwable> handler) {
        this.errors = handler;
    }

    /** "All sites" first, then every site. */
    public ObservableList<SiteSummary> sites() {
        return sites;
    }

    /** "All posts" first, then the posts of the chosen site (of every site when none is chosen). */
    public ObservableList<PostSummary> posts() {
        return posts;
    }

    /** True while any filter of the bar (or an author filter) narrows the queue. */
    public BooleanBinding filteringProperty() {
        return filtering;
    }

    public Scope scope() {
        return queue.query().scope();
    }

    /** Reads the sites and the posts again (at start and after the database changed). */
    public void reload() {
        background.run(Lane.INFO, reader::sites, list -> replace(sites, ALL_SITES, list), errors);
        loadPosts();
    }

    /** Puts {@code first} and {@code rest} in the combo's list, leaving it alone (and its popup) when they are there. */
    private static <T> void replace(ObservableList<T> choices, T first, List<T> rest) {
        if (choices.size() == rest.size() + 1 && choices.subList(1, choices.size()).equals(rest)) {
            return;
        }
        List<T> all = new ArrayList<>(rest.size() + 1);
        all.add(first);
        all.addAll(rest);
        choices.setAll(all);
    }

    /** Reads the posts and their counts again (the Posts list, after decisions changed them). */
    public void refreshPosts() {
        loadPosts();
    }

    private void loadPosts() {
        Long site = scope().siteId();
        postsFor = site;
        long seq = ++postsSeq;
        background.run(Lane.INFO, () -> reader.posts(site), list -> {
            if (seq != postsSeq) {
                return;
            }
            replace(posts, ALL_POSTS, list);
        }, errors);
    }

    /** The site's name, for a post of one of several sites. */
    public String siteName(long siteId) {
        return sites.stream().filter(s -> s.id() == siteId).map(SiteSummary::name).findFirst().orElse("");
    }

    public boolean severalSites() {
        return sites.size() > 2;
    }

    // ---- choices

    public void chooseSite(SiteSummary site) {
        queue.filter(scope().withSite(site == null || site.id() == ALL_SITES.id() ? null : site.id()));
    }

    /** A post of any site: its site becomes the site filter. */
    public void choosePost(PostSummary post) {
        if (post == null || post.postId() == ALL_POSTS.postId()) {
            queue.filter(scope().withPost(null, null));
        } else {
            queue.filter(scope().withPost(post.siteId(), post.postId()));
        }
    }

    /** Entries of one type only (comments, pingbacks, trackbacks); null for every type. */
    public void chooseType(CommentType type) {
        queue.filter(scope().withType(type));
    }

    public void who(String text) {
        queue.filter(scope().withWho(text));
    }

    /** Days from and to (inclusive; either may be null). */
    public void dates(LocalDate from, LocalDate to) {
        queue.filter(scope().withDates(DateRange.days(from, to, zone)));
    }

    /**
     * The minimum score as typed: blank for none, else a number from 0 to 1 ("0.8", "0,8", ".8", "80%").
     * False (and the filter left as it was) when the text is not such a number.
     */
    public boolean minScore(String text) {
        Optional<Optional<Double>> parsed = parseScore(text);
        if (parsed.isEmpty()) {
            return false;
        }
        queue.filter(scope().withMinScore(parsed.get().orElse(null)));
        return true;
    }

    /** Drops the history's author filter (same email, same IP), back to the view before it. */
    public void clearAuthor() {
        queue.clearAuthorFilter();
    }

    public void clear() {
        queue.clearFilters();
    }

    // ---- conversions (also for the view, to show the scope)

    /** Empty: not a score. Present and empty: no minimum. */
    public static Optional<Optional<Double>> parseScore(String text) {
        if (text == null || text.isBlank()) {
            return Optional.of(Optional.empty());
        }
        String t = text.strip().replace(',', '.');
        boolean percent = t.endsWith("%");
        if (percent) {
            t = t.substring(0, t.length() - 1).strip();
        }
        try {
            double v = Double.parseDouble(t);
            if (percent) {
                v /= 100;
            }
            if (Double.isNaN(v) || v < 0 || v > 1) {
                return Optional.empty();
            }
            return Optional.of(Optional.of(v));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** How a minimum score reads in the field. */
    public static String scoreText(Double min) {
        if (min == null) {
            return "";
        }
        String s = String.format(Locale.ROOT, "%.2f", min);
        return s.replaceAll("0+$", "").replaceAll("\\.$", "");
    }

    /** The first day of a date filter, as the "from" field shows it; null when open. */
    public LocalDate fromDay(DateRange dates) {
        return dates.firstDay(zone);
    }

    /** The last day of a date filter (included), as the "to" field shows it; null when open. */
    public LocalDate toDay(DateRange dates) {
        return dates.lastDay(zone);
    }

    /** The query on screen now. */
    public QueueQuery query() {
        return queue.query();
    }

    public ReadOnlyObjectProperty<QueueQuery> queryProperty() {
        return queue.queryProperty();
    }
}
