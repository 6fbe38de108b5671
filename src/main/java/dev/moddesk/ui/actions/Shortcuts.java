package dev.moddesk.ui.actions;

import dev.moddesk.ui.actions.Key.Shift;
import dev.moddesk.ui.dialogs.ShortcutRow;
import java.util.ArrayList;
import java.util.List;

/** How the keys of {@link DeskAction} read: the {@code ?} list, the tooltips, the menu items of the queue's keys. */
public final class Shortcuts {
    private Shortcuts() {
    }

    /** When a decision asks first (the rule of {@code DeskActions.asksFirst}), as the {@code ?} list says it. */
    public static final ShortcutRow CONFIRMATION_RULE = new ShortcutRow(DeskAction.Section.DECIDING.title(),
            "Asks first", "A decision on more than one comment, and Delete permanently; never on one comment otherwise");

    /**
     * The {@code ?} list: every action with keys, section by section, in the order they are defined; the
     * decisions end with the rule of when they ask first.
     */
    public static List<ShortcutRow> all() {
        List<ShortcutRow> rows = new ArrayList<>();
        for (DeskAction a : DeskAction.values()) {
            if (a.keys().isEmpty()) {
                continue;
            }
            if (a.section() != DeskAction.Section.DECIDING && !rows.isEmpty()
                    && rows.get(rows.size() - 1).section().equals(CONFIRMATION_RULE.section())) {
                rows.add(CONFIRMATION_RULE);
            }
            rows.add(new ShortcutRow(a.section().title(), String.join(" or ", keys(a)), a.description()));
        }
        return List.copyOf(rows);
    }

    /** Every key of {@code action} as it reads in the list, once; Shift on a decision is said by its section. */
    private static List<String> keys(DeskAction action) {
        return action.keys().stream().map(Key::text).distinct().toList();
    }

    /** "Approve (a; Shift+A: the checked comments)", or on the highlighted comment only "Approve (a)". */
    public static String tooltip(DeskAction action, Target target) {
        List<String> plain = plainKeys(action);
        List<String> checked = target == Target.CHECKED ? checkedKeys(action) : List.of();
        if (plain.isEmpty() && checked.isEmpty()) {
            return action.description();
        }
        return action.description() + " (" + String.join(", ", plain)
                + (checked.isEmpty() ? "" : (plain.isEmpty() ? "" : "; ") + String.join(", ", checked)
                        + ": the checked comments") + ")";
    }

    /** A menu item's words: its label, and its first key unless the item shows it as its accelerator. */
    public static String menuText(DeskAction action) {
        List<String> plain = plainKeys(action);
        return action.accelerator().isPresent() || plain.isEmpty() ? action.label()
                : action.label() + "  (" + plain.get(0) + ")";
    }

    /** The keys as they read; for a decision only those on the highlighted comment. */
    private static List<String> plainKeys(DeskAction action) {
        return action.keys().stream().filter(k -> !action.actsOnComments() || k.shift() != Shift.DOWN)
                .map(Key::text).distinct().toList();
    }

    /** A decision's keys with Shift: on the checked comments. */
    private static List<String> checkedKeys(DeskAction action) {
        if (!action.actsOnComments()) {
            return List.of();
        }
        return action.keys().stream().filter(k -> k.shift() != Shift.UP).map(k -> k.text(true)).distinct().toList();
    }
}
