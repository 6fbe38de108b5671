package dev.moddesk.ui.actions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moddesk.ui.actions.Key.Shift;
import dev.moddesk.ui.actions.Key.Where;
import dev.moddesk.ui.dialogs.ShortcutRow;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.VBox;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The keys of {@link DeskAction}, pressed in a window with the desk's keyboard and a menu of every action: each
 * triggers its own action (with Shift on the checked comments, for the decisions), and each reads in the {@code ?}
 * list.
 */
class ActionKeysTest {
    private final FxRobot robot = new FxRobot();
    private final List<KeyMap.Hit> hits = new ArrayList<>();
    /** Stands for the queue table (a button would take Space and Enter itself). */
    private javafx.scene.control.TableView<String> queue;
    private TextField text;
    private ComboBox<String> combo;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @BeforeEach
    void window() throws Exception {
        Commands commands = new Commands();
        for (DeskAction a : DeskAction.values()) {
            commands.onTarget(a, t -> {
                hits.add(new KeyMap.Hit(a, t));
                if (a == DeskAction.SEARCH) {
                    text.requestFocus(); // as the desk's search box takes the keyboard
                }
            });
        }
        ActionFactory actions = new ActionFactory(commands);
        Menu menu = actions.menu("All", DeskAction.values());
        queue = new javafx.scene.control.TableView<>();
        text = new TextField();
        combo = new ComboBox<>();
        FxToolkit.setupStage(stage -> {
            Scene scene = new Scene(new VBox(new MenuBar(menu), queue, text, combo), 400, 300);
            KeyMap.install(scene, commands);
            stage.setScene(scene);
            stage.show();
            stage.toFront();
        });
    }

    @Test
    void everyKeyTriggersItsAction() {
        for (DeskAction a : DeskAction.values()) {
            for (Key k : a.keys()) {
                if (k.shift() != Shift.DOWN) {
                    assertHits(a, k, false);
                }
                if (k.shift() != Shift.UP) {
                    assertHits(a, k, true);
                }
            }
        }
    }

    private void assertHits(DeskAction action, Key key, boolean shift) {
        String what = action + " by " + key.text(shift);
        focus(key.where() == Where.TEXT ? text : key.where() == Where.FIELD ? combo : queue);
        hits.clear();
        press(key, shift);
        assertFalse(hits.isEmpty(), what + ": nothing happened");
        Target target = action.actsOnComments() && shift ? Target.CHECKED : action.actsOnComments()
                ? Target.HIGHLIGHTED : null;
        for (KeyMap.Hit hit : hits) {
            assertEquals(action, hit.action(), what);
            if (target != null) {
                assertEquals(target, hit.target(), what);
            }
        }
    }

    @Test
    void everyKeyReadsInTheShortcutList() {
        List<ShortcutRow> rows = Shortcuts.all();
        for (DeskAction a : DeskAction.values()) {
            if (a.keys().isEmpty()) {
                continue;
            }
            Optional<ShortcutRow> row = rows.stream().filter(r -> r.meaning().equals(a.description())).findFirst();
            assertTrue(row.isPresent(), a + " is in the list");
            List<String> listed = Arrays.asList(row.get().keys().split(" or "));
            for (Key k : a.keys()) {
                assertTrue(listed.contains(k.text()), a + ": " + k.text() + " in " + listed);
            }
            assertEquals(a.actsOnComments(), a.section() == DeskAction.Section.DECIDING && a != DeskAction.UNDO
                    && a != DeskAction.REDO, a + ": the decisions' part of the list says what Shift does");
        }
        assertTrue(DeskAction.Section.DECIDING.title().contains("Shift"));
    }

    @Test
    void typingInAFieldStaysThereButCtrlKeysReachTheQueueFromAList() {
        focus(text);
        hits.clear();
        robot.push(KeyCode.A);
        robot.push(KeyCode.CONTROL, KeyCode.R);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(), hits, "letters and Ctrl keys stay in a text field");
        focus(combo);
        robot.push(KeyCode.CONTROL, KeyCode.DIGIT1);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(new KeyMap.Hit(DeskAction.SHOW_PENDING, Target.HIGHLIGHTED)), hits);
    }

    @Test
    void theCharacterOfAKeyThatActedIsNotTypedAsWell() {
        focus(queue);
        hits.clear();
        type(KeyCode.SLASH, "/", false);
        assertEquals(List.of(new KeyMap.Hit(DeskAction.SEARCH, Target.HIGHLIGHTED)), hits, "once");
        assertEquals(text, text.getScene().getFocusOwner());
        type(KeyCode.X, "x", false);
        assertEquals("x", text.getText(), "in the search box: '/' took the keyboard there, 'x' is typed");
        focus(queue);
        hits.clear();
        type(KeyCode.SLASH, "?", true);
        assertEquals(List.of(new KeyMap.Hit(DeskAction.SHORTCUTS, Target.CHECKED)), hits, "once, not twice");
    }

    /** A key as the keyboard sends it: pressed, the character typed, released; each to the focus owner then. */
    private void type(KeyCode code, String character, boolean shift) {
        robot.interact(() -> {
            fire(new KeyEvent(KeyEvent.KEY_PRESSED, "", "", code, shift, false, false, false));
            fire(new KeyEvent(KeyEvent.KEY_TYPED, character, "", KeyCode.UNDEFINED, shift, false, false, false));
            fire(new KeyEvent(KeyEvent.KEY_RELEASED, "", "", code, shift, false, false, false));
        });
    }

    private void fire(KeyEvent e) {
        Event.fireEvent(queue.getScene().getFocusOwner(), e);
    }

    private void focus(Node node) {
        robot.interact(node::requestFocus);
        assertEquals(node, node.getScene().getFocusOwner());
    }

    private void press(Key key, boolean shift) {
        if (key.typed() != null) {
            robot.interact(() -> fire(new KeyEvent(KeyEvent.KEY_TYPED, key.typed(), "", KeyCode.UNDEFINED, shift,
                    false, false, false)));
        } else {
            List<KeyCode> codes = new ArrayList<>();
            if (key.shortcut()) {
                codes.add(KeyCode.CONTROL);
            }
            if (shift) {
                codes.add(KeyCode.SHIFT);
            }
            codes.add(key.code());
            robot.push(codes.toArray(KeyCode[]::new));
        }
        WaitForAsyncUtils.waitForFxEvents();
    }
}
