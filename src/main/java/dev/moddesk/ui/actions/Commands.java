package dev.moddesk.ui.actions;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.value.ObservableBooleanValue;

/**
 * What each {@link DeskAction} does in this window, and when its buttons and menu items are enabled: each feature
 * registers its own, once. Keys, buttons and menu items all run the action through here.
 */
public final class Commands {
    private final Map<DeskAction, Consumer<Target>> commands = new EnumMap<>(DeskAction.class);
    private final Map<DeskAction, ObservableBooleanValue> enabled = new EnumMap<>(DeskAction.class);

    /** {@code action} runs {@code command}. */
    public void on(DeskAction action, Runnable command) {
        onTarget(action, target -> command.run());
    }

    /** {@code action} runs {@code command} on the comments the key or the control means. */
    public void onTarget(DeskAction action, Consumer<Target> command) {
        if (commands.putIfAbsent(action, command) != null) {
            throw new IllegalStateException(action + " is registered twice");
        }
    }

    /** The buttons and menu items of {@code action} are enabled only while {@code when} holds (its keys always act). */
    public void enabledWhen(DeskAction action, ObservableBooleanValue when) {
        enabled.put(action, when);
    }

    /** Null: always enabled. */
    ObservableBooleanValue enabled(DeskAction action) {
        return enabled.get(action);
    }

    public boolean has(DeskAction action) {
        return commands.containsKey(action);
    }

    public void run(DeskAction action, Target target) {
        Consumer<Target> command = commands.get(action);
        if (command == null) {
            throw new IllegalStateException(action + " has no command in this window");
        }
        command.accept(target);
    }
}
