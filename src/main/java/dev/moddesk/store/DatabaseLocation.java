package dev.moddesk.store;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/** Where the database lives: {@code --db}, else {@code MODDESK_DB}, else the platform's user data folder. */
public final class DatabaseLocation {
    public static final String ENV = "MODDESK_DB";

    private DatabaseLocation() {
    }

    public static Path resolve(Path explicit) {
        return resolve(explicit, System.getenv(), System.getProperty("os.name", ""), System.getProperty("user.home", "."));
    }

    static Path resolve(Path explicit, Map<String, String> env, String osName, String home) {
        if (explicit != null) {
            return explicit;
        }
        String fromEnv = env.get(ENV);
        if (fromEnv != null && !fromEnv.isBlank()) {
            return Path.of(fromEnv);
        }
        return userDataFolder(env, osName, home).resolve("moddesk.db");
    }

    static Path userDataFolder(Map<String, String> env, String osName, String home) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String appData = env.get("APPDATA");
            return Path.of(appData != null ? appData : home, "ModDesk");
        }
        if (os.contains("mac")) {
            return Path.of(home, "Library", "Application Support", "ModDesk");
        }
        String xdg = env.get("XDG_DATA_HOME");
        return (xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(home, ".local", "share")).resolve("moddesk");
    }
}
