package dev.moddesk.ui.prefs;

import java.nio.file.Path;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/**
 * What the desk remembers between runs (window size, divider, column widths, last view, theme, moderator
 * name), in {@link Preferences}. Tests pass their own node and remove it afterwards.
 */
public final class DeskPrefs {
    private final Preferences node;

    public DeskPrefs(Preferences node) {
        this.node = node;
    }

    public static DeskPrefs user() {
        return new DeskPrefs(Preferences.userRoot().node("dev/moddesk/desk"));
    }

    /** Where {@link #user()} keeps its values on this platform, in words for the About dialog. */
    public static String whereKept() {
        String os = System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT);
        if (os.contains("win")) {
            return "the registry, HKEY_CURRENT_USER\\Software\\JavaSoft\\Prefs\\dev\\moddesk";
        }
        if (os.contains("mac")) {
            return System.getProperty("user.home") + "/Library/Preferences/com.apple.java.util.prefs.plist";
        }
        String root = System.getProperty("java.util.prefs.userRoot", System.getProperty("user.home"));
        return Path.of(root, ".java", ".userPrefs", "dev", "moddesk").toString();
    }

    public String get(String key, String def) {
        return node.get(key, def);
    }

    public void put(String key, String value) {
        if (value == null) {
            node.remove(key);
        } else {
            node.put(key, value);
        }
    }

    public double getDouble(String key, double def) {
        return node.getDouble(key, def);
    }

    public void putDouble(String key, double value) {
        node.putDouble(key, value);
    }

    public boolean getBoolean(String key, boolean def) {
        return node.getBoolean(key, def);
    }

    public void putBoolean(String key, boolean value) {
        node.putBoolean(key, value);
    }

    public String moderator() {
        return node.get("moderator", "");
    }

    public void moderator(String name) {
        put("moderator", name == null ? null : name.strip());
    }

    public void flush() {
        try {
            node.flush();
        } catch (BackingStoreException | IllegalStateException ignored) {
            // remembering is best effort
        }
    }

    /** Forgets everything (tests). */
    public void clear() {
        try {
            node.removeNode();
        } catch (BackingStoreException | IllegalStateException ignored) {
            // nothing to forget
        }
    }
}
