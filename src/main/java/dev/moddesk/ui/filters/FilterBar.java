package dev.moddesk.ui.filters;

import atlantafx.base.theme.Styles;
import dev.moddesk.core.CommentType;
import dev.moddesk.core.PostSummary;
import dev.moddesk.ui.Format;
import dev.moddesk.core.QueueQuery;
import dev.moddesk.core.Scope;
import dev.moddesk.core.SiteSummary;
import dev.moddesk.ui.theme.Icons;
import dev.moddesk.ui.theme.Tooltips;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import javafx.animation.PauseTransition;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.util.Duration;

/**
 * The filter bar above the queue: site, post (with its pending and total counts) and type (combos),
 * author/email/IP (text), a date range (two date
 * pickers), a minimum score, and "Clear filters". It only wires controls to {@link FiltersViewModel}, and
 * shows the queue's filters when they change from elsewhere (Clear filters, a history click).
 */
public final class FilterBar extends HBox {
    private final FiltersViewModel vm;
    private final ComboBox<SiteSummary> site = new ComboBox<>();
    private final ComboBox<PostSummary> post = new ComboBox<>();
    /** All types, Comments, Pingbacks, Trackbacks (the words of {@link #TYPES}). */
    private final ComboBox<String> type = new ComboBox<>();
    private static final List<String> TYPES = List.of("All types", "Comments", "Pingbacks", "Trackbacks");
    private final TextField who = new TextField();
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final TextField score = new TextField();
    private final Button clear = new Button("Clear filters");
    /** The history's filter (same email, same IP), with its own ✕. */
    private final Button author = new Button();
    private boolean syncing;

    /** {@code backToQueue}: where the keyboard goes once a choice is made from a list or calendar. */
    public FilterBar(FiltersViewModel vm, Runnable backToQueue) {
        super(6);
        this.vm = vm;
        setId("filter-bar");
        getStyleClass().add("filter-bar");
        setAlignment(Pos.CENTER_LEFT);
        setPadding(new Insets(6, 8, 6, 8));

        site.setId("filter-site");
        site.setItems(vm.sites());
        site.setValue(FiltersViewModel.ALL_SITES);
        site.setPrefWidth(150);
        site.setMinWidth(90);
        site.setCellFactory(l -> new NamedCell<>(SiteSummary::name, SiteSummary::baseUrl));
        site.setButtonCell(new NamedCell<>(SiteSummary::name, SiteSummary::baseUrl));
        Tooltips.on(site, "Only the comments of one site");
        site.valueProperty().addListener((o, a, b) -> {
            if (!syncing && b != null) {
                vm.chooseSite(b);
            }
        });

        post.setId("filter-post");
        post.setItems(vm.posts());
        post.setValue(FiltersViewModel.ALL_POSTS);
        post.setPrefWidth(230);
        post.setMinWidth(110);
        post.setMaxWidth(360);
        post.setCellFactory(l -> new NamedCell<>(this::postLabel, PostSummary::title));
        post.setButtonCell(new NamedCell<>(this::postLabel, PostSummary::title));
        Tooltips.on(post, "Only the comments on one post");
        post.valueProperty().addListener((o, a, b) -> {
            if (!syncing && b != null) {
                vm.choosePost(b);
            } else if (!syncing) {
                // the list was read again (new counts) and the combo let go of its choice: show the scope's again
                showScope();
            }
        });
        vm.posts().addListener((javafx.collections.ListChangeListener<PostSummary>) c -> showScope());

        type.setId("filter-type");
        type.getItems().setAll(TYPES);
        type.setValue(TYPES.get(0));
        Tooltips.on(type, "Only comments, only pingbacks or only trackbacks");
        type.setMinWidth(USE_PREF_SIZE); // its words whole ("All ty…" at 1280 px): the site and post combos give way
        type.valueProperty().addListener((o, a, b) -> {
            if (!syncing && b != null) {
                vm.chooseType(typeOf(b));
            }
        });
        type.setOnHidden(e -> backToQueue.run());
        vm.sites().addListener((javafx.collections.ListChangeListener<SiteSummary>) c -> showScope());

        who.setId("filter-who");
        who.setPromptText("Author, email or IP");
        who.setPrefColumnCount(13);
        Tooltips.on(who, "Words that start an author's name, email or IP (an IP typed in full matches exactly)");
        PauseTransition whoLater = new PauseTransition(Duration.millis(300));
        whoLater.setOnFinished(e -> vm.who(who.getText()));
        who.textProperty().addListener((o, a, b) -> {
            if (!syncing) {
                whoLater.playFromStart();
            }
        });
        who.setOnAction(e -> {
            whoLater.stop();
            vm.who(who.getText());
        });

        for (DatePicker d : new DatePicker[] {from, to}) {
            d.setPrefWidth(128);
            d.setMinWidth(100);
            d.valueProperty().addListener((o, a, b) -> {
                if (!syncing) {
                    vm.dates(from.getValue(), to.getValue());
                }
            });
        }
        from.setId("filter-from");
        from.setPromptText("From");
        Tooltips.on(from, "Comments written on or after this day");
        to.setId("filter-to");
        to.setPromptText("To");
        Tooltips.on(to, "Comments written on or before this day");

        score.setId("filter-score");
        score.setPromptText("Score ≥");
        // room for its prompt at any text size: a narrow window shrinks the combos and pickers, not this
        score.setPrefColumnCount(5);
        score.setMinWidth(USE_PREF_SIZE);
        Tooltips.on(score, "Only comments whose spam score is at least this (0 to 1, e.g. 0.8)");
        PauseTransition scoreLater = new PauseTransition(Duration.millis(300));
        scoreLater.setOnFinished(e -> applyScore());
        score.textProperty().addListener((o, a, b) -> {
            if (!syncing) {
                scoreLater.playFromStart();
            }
        });
        score.setOnAction(e -> {
            scoreLater.stop();
            applyScore();
        });

        clear.setId("clear-filters");
        Icons.on(clear, Icons.CLEAR);
        Tooltips.on(clear, "Show every comment of the view again (the search stays)");
        clear.disableProperty().bind(vm.filteringProperty().not());
        clear.setOnAction(e -> vm.clear());
        clear.setMinWidth(USE_PREF_SIZE);
        clear.getStyleClass().add(Styles.FLAT);

        author.setId("author-filter");
        author.getStyleClass().addAll("author-chip", Styles.ACCENT);
        Tooltips.on(author, "Only this author's comments, in every view: click to go back");
        author.setOnAction(e -> vm.clearAuthor());
        author.setMinWidth(120);
        author.setMaxWidth(320);

        // a site, post or day picked from the open list or calendar (by mouse too): the queue keys work at once
        site.setOnHidden(e -> backToQueue.run());
        post.setOnHidden(e -> backToQueue.run());
        from.setOnHidden(e -> backToQueue.run());
        to.setOnHidden(e -> backToQueue.run());

        HBox.setHgrow(post, Priority.SOMETIMES);
        getChildren().addAll(Icons.icon(Icons.FILTER), author, site, post, type, who, from, to, score, clear);
        vm.queryProperty().addListener((o, a, b) -> showScope());
        showScope();
    }

    /** Called when the queue's query changed: the controls show its filters. */
    public void showScope() {
        QueueQuery q = vm.query();
        author.setVisible(q.hasAuthorFilter());
        author.setManaged(q.hasAuthorFilter());
        author.setText(q.email() != null ? "Same email: " + q.email() + "  ✕"
                : q.ip() != null ? "Same IP: " + q.ip() + "  ✕" : "");
        Scope s = vm.scope();
        syncing = true;
        try {
            SiteSummary chosenSite = vm.sites().stream().filter(x -> Objects.equals(s.siteId(), x.id())).findFirst()
                    .orElse(FiltersViewModel.ALL_SITES);
            if (!Objects.equals(site.getValue(), chosenSite)) {
                site.setValue(chosenSite);
            }
            PostSummary chosenPost = vm.posts().stream()
                    .filter(p -> s.postId() != null && p.postId() == s.postId() && Objects.equals(p.siteId(), s.siteId()))
                    .findFirst().orElse(FiltersViewModel.ALL_POSTS);
            if (!Objects.equals(post.getValue(), chosenPost)) {
                post.setValue(chosenPost);
            }
            if (typeOf(type.getValue()) != s.type()) {
                type.setValue(TYPES.get(s.type() == null ? 0 : 1 + s.type().ordinal()));
            }
            if (!who.isFocused() && !Objects.equals(blankToNull(who.getText()), s.who())) {
                who.setText(s.who() == null ? "" : s.who());
            }
            LocalDate f = vm.fromDay(s.dates());
            if (!Objects.equals(from.getValue(), f)) {
                from.setValue(f);
            }
            LocalDate t = vm.toDay(s.dates());
            if (!Objects.equals(to.getValue(), t)) {
                to.setValue(t);
            }
            if (!score.isFocused()) {
                var typed = FiltersViewModel.parseScore(score.getText());
                if (typed.isEmpty() || !Objects.equals(typed.get().orElse(null), s.minScore())) {
                    score.setText(FiltersViewModel.scoreText(s.minScore()));
                    score.pseudoClassStateChanged(Styles.STATE_DANGER, false);
                }
            }
        } finally {
            syncing = false;
        }
    }

    private void applyScore() {
        boolean ok = vm.minScore(score.getText());
        score.pseudoClassStateChanged(Styles.STATE_DANGER, !ok);
    }

    /** The post's title (and site, among several), and its pending and total counts. */
    private String postLabel(PostSummary p) {
        String title = p.title() == null || p.title().isBlank() ? "Post " + p.postId() : p.title();
        if (p.postId() == FiltersViewModel.ALL_POSTS.postId()) {
            return title;
        }
        String counts = "  (" + Format.count(p.pending()) + " pending, " + Format.count(p.total()) + " in all)";
        if (!vm.severalSites() || vm.scope().siteId() != null) {
            return title + counts;
        }
        return title + "  —  " + vm.siteName(p.siteId()) + counts;
    }

    /** The type a word of {@link #TYPES} stands for (in CommentType's order); null for all types. */
    private static CommentType typeOf(String word) {
        int i = TYPES.indexOf(word);
        return i <= 0 ? null : CommentType.values()[i - 1];
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** A combo cell: one line with ellipsis, the whole text in a tooltip. */
    private static final class NamedCell<T> extends ListCell<T> {
        private final Function<T, String> text;
        private final Function<T, String> tip;

        NamedCell(Function<T, String> text, Function<T, String> tip) {
            this.text = text;
            this.tip = tip;
        }

        @Override
        protected void updateItem(T item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setText(null);
                Tooltips.on(this, null);
            } else {
                setText(text.apply(item));
                Tooltips.on(this, tip.apply(item));
            }
        }
    }
}
