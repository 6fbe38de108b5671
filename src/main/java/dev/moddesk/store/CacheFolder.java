package dev.moddesk.store;

import java.nio.file.Path;
import java.util.Locale;

/** The user's cache folder for ModDesk: what can be made again (unpacked native libraries, class-data archives). */
public final class CacheFolder {
    private CacheFolder() {
    }

    public static Path user() {
        String home = System.getProperty("user.home", ".");
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String local = System.getenv("LOCALAPPDATA");
            return Path.of(local != null ? local : home, "ModDesk", "cache");
        }
        if (os.contains("mac")) {
            return Path.of(home, "Library", "Caches", "ModDesk");
        }
        String xdg = System.getenv("XDG_CACHE_HOME");
        return (xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(home, ".cache")).resolve("moddesk");
    }
}
