package dev.moddesk.ui.actions;

import dev.moddesk.ui.theme.Icons;
import dev.moddesk.ui.theme.Tooltips;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.control.Button;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;

/**
 * Buttons and menu items of {@link DeskAction}s: words, icon, id, tooltip and accelerator from the definition,
 * what they do and when they are enabled from {@link Commands}.
 */
public final class ActionFactory {
    private final Commands commands;

    public ActionFactory(Commands commands) {
        this.commands = commands;
    }

    /** A tool-bar button: on the checked comments, or the highlighted one when none is checked. */
    public Button button(DeskAction action) {
        return button(action, Target.CHECKED);
    }

    /** A button whose action acts on {@code target}. */
    public Button button(DeskAction action, Target target) {
        Button b = new Button(action.label());
        action.icon().ifPresent(icon -> Icons.on(b, icon));
        b.setId("btn-" + action.id());
        Tooltips.on(b, Shortcuts.tooltip(action, target));
        b.setOnAction(e -> commands.run(action, target));
        enable(b.disableProperty(), action);
        return b;
    }

    /** A button that shows only the action's icon. */
    public Button iconButton(DeskAction action) {
        Button b = button(action);
        b.setText(null);
        return b;
    }

    public MenuItem menuItem(DeskAction action) {
        MenuItem item = new MenuItem(Shortcuts.menuText(action));
        item.setId("menu-" + action.id());
        action.accelerator().ifPresent(item::setAccelerator);
        item.setOnAction(e -> commands.run(action, Target.CHECKED));
        enable(item.disableProperty(), action);
        return item;
    }

    /** A menu of these actions; null stands for a separator. */
    public Menu menu(String name, DeskAction... actions) {
        Menu menu = new Menu(name);
        for (DeskAction a : actions) {
            menu.getItems().add(a == null ? new SeparatorMenuItem() : menuItem(a));
        }
        return menu;
    }

    private void enable(BooleanProperty disable, DeskAction action) {
        ObservableBooleanValue enabled = commands.enabled(action);
        if (enabled != null) {
            disable.bind(Bindings.not(enabled));
        }
    }
}
