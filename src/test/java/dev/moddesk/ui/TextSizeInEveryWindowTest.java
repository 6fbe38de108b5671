package dev.moddesk.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moddesk.ui.dialogs.FxDialogService;
import dev.moddesk.ui.dialogs.ShortcutRow;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;

/**
 * The text size is the whole desk's: every window it opens (Reports, Audit log, Settings, Posts, Spam rules,
 * Export, the editor, About, the real confirmation, question and shortcut dialogs) opens at the size chosen, and
 * the windows follow Ctrl++ / Ctrl+0 while they are open (a dialog is modal: the size cannot change under it);
 * the keys work in those windows too.
 */
class TextSizeInEveryWindowTest extends AdminUiTestBase {
    private static final double LARGER = 12.0 / 10.5;

    @Test
    void everySecondaryWindowFollowsTheTextSizeLive() {
        robot.clickOn("#queue");
        for (String item : List.of("menu-reports", "menu-audit", "menu-settings", "menu-posts", "menu-spam-rules",
                "menu-export", "menu-about", "menu-edit")) {
            fire(item);
        }
        Map<String, Double> before = labelSizes();
        assertTrue(before.keySet().containsAll(List.of("Reports — ModDesk", "Audit log — ModDesk")), before.keySet() + "");
        assertTrue(before.size() >= 8, "every window opened: " + before.keySet());

        fire("menu-text-larger");
        fire("menu-text-larger");
        Map<String, Double> larger = labelSizes();
        for (Map.Entry<String, Double> w : before.entrySet()) {
            assertEquals(w.getValue() * LARGER, larger.get(w.getKey()), 0.05, w.getKey() + " follows the larger text");
        }

        fire("menu-text-normal");
        assertEquals(before, labelSizes(), "and back to normal");

        Stage reports = stage("Reports — ModDesk");
        robot.interact(reports::requestFocus);
        waitUntil("Reports has the keyboard", 5_000, reports::isFocused);
        key(KeyCode.CONTROL, KeyCode.EQUALS);
        assertEquals(11.0, prefs.getDouble("text.points", 0), "Ctrl++ in Reports sizes the desk's text too");
        assertTrue(labelSizes().get("Reports — ModDesk") > before.get("Reports — ModDesk"), "and Reports' own");
        assertNoErrors();
    }

    @Test
    void theRealDialogsOpenAtTheTextSize() {
        robot.clickOn("#queue");
        FxDialogService real = new FxDialogService(deskStage(), null);
        List<Runnable> dialogs = List.of(
                () -> real.confirm("Spam 3 comments?", "Mark the 3 checked comments as spam?", "Spam"),
                () -> real.showShortcuts(List.of(new ShortcutRow("Moving", "j", "Next comment"))),
                () -> real.askText("Auto-spam", "Mark pending comments spam from a score of", "0.95"));
        List<String> titles = List.of("Spam 3 comments?", "Keyboard shortcuts", "Auto-spam");
        double[] normal = new double[titles.size()];
        for (int i = 0; i < titles.size(); i++) {
            Platform.runLater(dialogs.get(i));
            normal[i] = labelSize(shown(titles.get(i)));
            robot.interact(stage(titles.get(i))::close);
        }
        key(KeyCode.CONTROL, KeyCode.EQUALS);
        key(KeyCode.CONTROL, KeyCode.EQUALS);
        for (int i = 0; i < titles.size(); i++) {
            Platform.runLater(dialogs.get(i));
            Stage dialog = shown(titles.get(i));
            assertEquals(normal[i] * LARGER, labelSize(dialog), 0.05, titles.get(i) + " opens at the larger text");
            robot.interact(dialog::close);
        }
    }

    private Stage shown(String title) {
        waitUntil(title + " shown", 5_000, () -> showing(title));
        settle();
        return stage(title);
    }

    private Stage deskStage() {
        return (Stage) OnScreen.fx(() -> robot.lookup("#queue").query().getScene().getWindow());
    }

    private Stage stage(String title) {
        return (Stage) Window.getWindows().stream()
                .filter(w -> w instanceof Stage s && s.isShowing() && title.equals(s.getTitle())).findFirst().orElseThrow();
    }

    /** The largest font size of any text of each of the desk's other windows, by title. */
    private Map<String, Double> labelSizes() {
        settle();
        return OnScreen.fx(() -> {
            Map<String, Double> sizes = new LinkedHashMap<>();
            for (Window w : new ArrayList<>(Window.getWindows())) {
                if (w instanceof Stage s && s.isShowing() && s.getOwner() == deskStage()) {
                    s.getScene().getRoot().applyCss();
                    sizes.put(s.getTitle(), labelSize(s));
                }
            }
            return sizes;
        });
    }

    private static double labelSize(Stage s) {
        return OnScreen.fx(() -> {
            s.getScene().getRoot().applyCss();
            return labeled(s.getScene().getRoot()).mapToDouble(l -> l.getFont().getSize()).max().orElseThrow();
        });
    }

    private static Stream<Labeled> labeled(Node n) {
        Stream<Labeled> self = n instanceof Labeled l ? Stream.of(l) : Stream.empty();
        return n instanceof Parent p
                ? Stream.concat(self, p.getChildrenUnmodifiable().stream().flatMap(TextSizeInEveryWindowTest::labeled))
                : self;
    }

    private void fire(String id) {
        MenuBar bar = robot.from(robot.lookup("#queue").query().getScene().getRoot()).lookup(".menu-bar")
                .queryAs(MenuBar.class);
        MenuItem item = bar.getMenus().stream().flatMap(TextSizeInEveryWindowTest::items)
                .filter(i -> id.equals(i.getId())).findFirst().orElseThrow(() -> new AssertionError("no " + id));
        robot.interact(item::fire);
        settle();
    }

    private static Stream<MenuItem> items(Menu m) {
        return m.getItems().stream().flatMap(i -> i instanceof Menu sub ? items(sub) : Stream.of(i));
    }
}
