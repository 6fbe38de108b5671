package dev.moddesk.ui.reports;

import dev.moddesk.app.reports.Reports.Bucket;
import dev.moddesk.app.reports.Reports.ModeratorSeries;
import dev.moddesk.app.reports.Reports.Range;
import dev.moddesk.app.reports.Reports.Summary;
import dev.moddesk.core.ModerationReport.PostPending;
import dev.moddesk.ui.Format;
import dev.moddesk.ui.admin.Closing;
import dev.moddesk.ui.theme.ScreenFit;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.ToLongFunction;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.StringConverter;

/**
 * The Reports window: a range selector, four figures, and four charts (comments by status, spam share,
 * the busiest pending posts, decisions per moderator). Only draws what the view model computed.
 */
public final class ReportsWindow {
    /** Longest post title on the busiest-posts chart. */
    private static final int TITLE_CHARS = 38;

    private final Stage stage = new Stage();
    private final ReportsViewModel vm;

    private final Label comments = figure("report-comments");
    private final Label spamShare = figure("report-spam-share");
    private final Label decisions = figure("report-decisions");
    private final Label median = figure("report-median");
    private final Label span = new Label();
    private final Label status = new Label();

    private final CategoryAxis statusX = new CategoryAxis();
    private final StackedBarChart<String, Number> byStatus = new StackedBarChart<>(statusX, countAxis("Comments"));
    private final CategoryAxis spamX = new CategoryAxis();
    private final LineChart<String, Number> spam = new LineChart<>(spamX, percentAxis());
    private final CategoryAxis postsY = new CategoryAxis();
    private final BarChart<Number, String> topPosts = new BarChart<>(countAxis("Pending comments"), postsY);
    private final CategoryAxis moderatorsX = new CategoryAxis();
    private final StackedBarChart<String, Number> byModerator = new StackedBarChart<>(moderatorsX, countAxis("Decisions"));

    public ReportsWindow(Window owner, ReportsViewModel vm, Consumer<Scene> style) {
        this.vm = vm;
        stage.initOwner(owner);
        ScreenFit.keep(stage);
        stage.setTitle("Reports — ModDesk");
        Closing closing = new Closing(stage, () -> { });

        ToggleGroup ranges = new ToggleGroup();
        HBox rangeBox = new HBox();
        rangeBox.getStyleClass().add("segmented");
        for (Range r : Range.values()) {
            ToggleButton b = new ToggleButton(r.label());
            b.setId("report-range-" + r.name().toLowerCase());
            b.setToggleGroup(ranges);
            b.setUserData(r);
            b.setSelected(vm.rangeProperty().get() == r);
            int i = rangeBox.getChildren().size();
            b.getStyleClass().add(i == 0 ? "left-pill" : i == Range.values().length - 1 ? "right-pill" : "center-pill");
            rangeBox.getChildren().add(b);
        }
        ranges.selectedToggleProperty().addListener((o, a, b) -> {
            if (b == null) {
                a.setSelected(true); // one range is always chosen
            } else {
                vm.rangeProperty().set((Range) b.getUserData());
            }
        });
        span.setId("report-span");
        span.getStyleClass().add("small");
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(18, 18);
        busy.visibleProperty().bind(vm.loadingProperty());
        Button refresh = new Button("Refresh");
        refresh.setId("report-refresh");
        refresh.setOnAction(e -> vm.refresh());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox top = new HBox(12, rangeBox, span, gap, busy, refresh);
        top.setAlignment(Pos.CENTER_LEFT);

        HBox figures = new HBox(12,
                tile("Comments", comments, "in the range, every status"),
                tile("Spam share", spamShare, "of the range's comments"),
                tile("Decisions", decisions, "made in the range"),
                tile("Median time to a decision", median, "from a comment's arrival to its first decision"));
        figures.getChildren().forEach(n -> HBox.setHgrow(n, Priority.ALWAYS));
        median.getStyleClass().add("accent");

        byStatus.setId("chart-by-status");
        byStatus.setTitle("Comments by status");
        byStatus.getStyleClass().add("status-chart");
        spam.setId("chart-spam-share");
        spam.setTitle("Spam share");
        spam.setLegendVisible(false);
        topPosts.setId("chart-top-posts");
        topPosts.setTitle("Posts with the most pending comments now");
        topPosts.setLegendVisible(false);
        byModerator.setId("chart-by-moderator");
        byModerator.setTitle("Decisions per moderator");
        byStatus.setAnimated(false); // animations only delay the figures
        spam.setAnimated(false);
        topPosts.setAnimated(false);
        byModerator.setAnimated(false);
        spam.setCreateSymbols(true);
        // The charts share one time axis: every bucket shows, with or without comments.
        for (CategoryAxis a : List.of(statusX, spamX, moderatorsX, postsY)) {
            a.setAutoRanging(false);
        }
        for (CategoryAxis a : List.of(statusX, spamX, moderatorsX)) {
            a.setTickLabelRotation(90); // without auto-ranging the axis does not turn crowded labels itself
        }
        topPosts.setCategoryGap(6);
        topPosts.getStyleClass().add("pending-chart");

        GridPane charts = new GridPane();
        charts.setHgap(12);
        charts.setVgap(12);
        for (int i = 0; i < 2; i++) {
            ColumnConstraints c = new ColumnConstraints();
            c.setPercentWidth(50);
            charts.getColumnConstraints().add(c);
            RowConstraints r = new RowConstraints();
            r.setPercentHeight(50);
            r.setVgrow(Priority.ALWAYS);
            charts.getRowConstraints().add(r);
        }
        charts.add(card(byStatus), 0, 0);
        charts.add(card(spam), 1, 0);
        charts.add(card(topPosts), 0, 1);
        charts.add(card(byModerator), 1, 1);
        VBox.setVgrow(charts, Priority.ALWAYS);

        status.setId("report-status");
        status.getStyleClass().add("small");
        status.textProperty().bind(vm.statusProperty());
        Region gap2 = new Region();
        HBox.setHgrow(gap2, Priority.ALWAYS);
        HBox bottom = new HBox(12, status, gap2, closing.button("report-close"));
        bottom.setAlignment(Pos.CENTER_LEFT);
        VBox body = new VBox(12, top, figures, charts, bottom);
        body.setPadding(new Insets(14));
        BorderPane root = new BorderPane(body);
        root.getStyleClass().addAll("admin-window", "reports");
        Scene scene = new Scene(root, 1280, 880);
        style.accept(scene);
        stage.setScene(scene);
        closing.keys(scene);
        stage.setMinWidth(900);
        stage.setMinHeight(640);

        vm.summaryProperty().addListener((o, a, s) -> {
            if (s != null) {
                draw(s);
            }
        });
        if (vm.summary() != null) {
            draw(vm.summary());
        }
    }

    /** Shows the window; the view model's refresh was asked for by the opener (so it runs while this builds). */
    public void show() {
        stage.show();
        stage.toFront();
    }

    public Stage stage() {
        return stage;
    }

    private void draw(Summary s) {
        span.setText(ReportsViewModel.span(s));
        comments.setText(Format.count(s.comments()));
        spamShare.setText(ReportsViewModel.percent(s.spamShare()));
        decisions.setText(Format.count(s.decisions()));
        median.setText(ReportsViewModel.duration(s.medianSecondsToDecision()));

        List<String> labels = new ArrayList<>(s.buckets().size());
        s.buckets().forEach(b -> labels.add(b.label()));
        String axis = s.granularity().axisLabel();

        statusX.setLabel(axis);
        statusX.getCategories().setAll(labels);
        byStatus.getData().setAll(List.of(
                series("Pending", s.buckets(), Bucket::pending),
                series("Approved", s.buckets(), Bucket::approved),
                series("Spam", s.buckets(), Bucket::spam),
                series("Trash", s.buckets(), Bucket::trash),
                series("Post trashed", s.buckets(), Bucket::other)));

        spamX.setLabel(axis);
        spamX.getCategories().setAll(labels);
        XYChart.Series<String, Number> share = new XYChart.Series<>();
        share.setName("Spam share");
        for (Bucket b : s.buckets()) {
            if (b.total() > 0) {
                share.getData().add(new XYChart.Data<>(b.label(), Math.round(b.spamShare() * 1000) / 10.0));
            }
        }
        spam.setCreateSymbols(s.buckets().size() <= 62);
        spam.getData().setAll(List.of(share));

        XYChart.Series<Number, String> posts = new XYChart.Series<>();
        posts.setName("Pending");
        List<String> postLabels = new ArrayList<>();
        List<PostPending> top = s.topPendingPosts();
        for (int i = top.size() - 1; i >= 0; i--) { // the busiest at the top
            PostPending p = top.get(i);
            String label = postLabel(p, top);
            postLabels.add(label);
            posts.getData().add(new XYChart.Data<>(p.pending(), label));
        }
        postsY.getCategories().setAll(postLabels);
        topPosts.getData().setAll(List.of(posts));
        for (int i = 0; i < posts.getData().size(); i++) {
            PostPending p = top.get(top.size() - 1 - i);
            var node = posts.getData().get(i).getNode();
            if (node != null) {
                Tooltip.install(node, new Tooltip(p.title() + "\n" + p.site() + " · post #" + p.postId() + "\n"
                        + Format.count(p.pending()) + " pending"));
            }
        }

        moderatorsX.setLabel(axis);
        moderatorsX.getCategories().setAll(labels);
        List<XYChart.Series<String, Number>> perModerator = new ArrayList<>();
        for (ModeratorSeries m : s.moderators()) {
            XYChart.Series<String, Number> series = new XYChart.Series<>();
            series.setName(m.moderator());
            for (int i = 0; i < labels.size(); i++) {
                series.getData().add(new XYChart.Data<>(labels.get(i), m.perBucket().get(i)));
            }
            perModerator.add(series);
        }
        byModerator.getData().setAll(perModerator);
        byModerator.setTitle(s.moderators().isEmpty() ? "Decisions per moderator (none in this range)"
                : "Decisions per moderator");

    }

    private static String postLabel(PostPending p, List<PostPending> all) {
        String title = p.title() == null || p.title().isBlank() ? "(no title)" : p.title();
        if (title.length() > TITLE_CHARS) {
            title = title.substring(0, TITLE_CHARS - 1) + "…";
        }
        boolean manySites = all.stream().map(PostPending::site).distinct().count() > 1;
        return title + " · #" + p.postId() + (manySites ? " · " + host(p.site()) : "");
    }

    private static String host(String site) {
        return site.replaceFirst("^https?://", "");
    }

    private static XYChart.Series<String, Number> series(String name, List<Bucket> buckets, ToLongFunction<Bucket> value) {
        XYChart.Series<String, Number> s = new XYChart.Series<>();
        s.setName(name);
        for (Bucket b : buckets) {
            s.getData().add(new XYChart.Data<>(b.label(), value.applyAsLong(b)));
        }
        return s;
    }

    private static NumberAxis countAxis(String label) {
        NumberAxis a = new NumberAxis();
        a.setLabel(label);
        a.setForceZeroInRange(true);
        a.setMinorTickVisible(false);
        a.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number n) {
                return n.doubleValue() == Math.rint(n.doubleValue()) ? Format.count(n.longValue()) : "";
            }

            @Override
            public Number fromString(String s) {
                return null;
            }
        });
        return a;
    }

    private static NumberAxis percentAxis() {
        NumberAxis a = new NumberAxis();
        a.setLabel("Spam %");
        a.setForceZeroInRange(true);
        a.setMinorTickVisible(false);
        return a;
    }

    private static Label figure(String id) {
        Label l = new Label("—");
        l.setId(id);
        l.getStyleClass().add("figure");
        return l;
    }

    private static VBox tile(String title, Label value, String caption) {
        Label t = new Label(title);
        t.getStyleClass().add("figure-title");
        Label c = new Label(caption);
        c.getStyleClass().add("small");
        VBox box = new VBox(2, t, value, c);
        box.getStyleClass().add("figure-tile");
        box.setMaxWidth(Double.MAX_VALUE);
        return box;
    }

    private static VBox card(javafx.scene.Node chart) {
        VBox box = new VBox(chart);
        VBox.setVgrow(chart, Priority.ALWAYS);
        box.getStyleClass().add("chart-card");
        box.setMinHeight(0);
        return box;
    }
}
