package dev.moddesk.ui.dialogs;

/** One line of the keyboard shortcuts list: the part of the list it is in, the keys as they read, what they do. */
public record ShortcutRow(String section, String keys, String meaning) {
}
