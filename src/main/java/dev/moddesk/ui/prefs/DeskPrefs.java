package dev.moddesk.ui.prefs;

import dev.moddesk.core.CannedReply;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/**
 * What the desk remembers between runs (window size, divider, column widths, last view, theme, moderator
 * name, canned replies), in {@link Preferences}. Tests pass their own node and remove it afterwards.
 */
public final class DeskPrefs {
    private static final String CANNED = "canned-replies";

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

    /** The canned replies, in the order the moderator put them (Ctrl+1 is the first). */
    public List<CannedReply> cannedReplies() {
        Preferences canned = node.node(CANNED);
        int n = canned.getInt("count", 0);
        List<CannedReply> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(new CannedReply(canned.get(i + ".name", ""), canned.get(i + ".text", "")));
        }
        return out;
    }

    /** Replaces the canned replies (each value is one key: a text may be as long as a preference value may). */
    public void cannedReplies(List<CannedReply> replies) {
        Preferences canned = node.node(CANNED);
        try {
            canned.clear();
        } catch (BackingStoreException e) {
            // the keys below overwrite what was there
        }
        for (int i = 0; i < replies.size(); i++) {
            canned.put(i + ".name", replies.get(i).name());
            canned.put(i + ".text", replies.get(i).text());
        }
        canned.putInt("count", replies.size());
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
