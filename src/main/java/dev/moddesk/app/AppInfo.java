package dev.moddesk.app;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The product's name and version, read from the build. */
public final class AppInfo {
    private AppInfo() {
    }

    public static String version() {
        try (InputStream in = AppInfo.class.getResourceAsStream("/dev/moddesk/version.properties")) {
            Properties p = new Properties();
            if (in != null) {
                p.load(in);
            }
            String v = p.getProperty("version", "0.0.0");
            return v.startsWith("${") ? "0.0.0" : v;
        } catch (IOException e) {
            return "0.0.0";
        }
    }

    /** Who is deciding when nobody said: the operating system's user name. */
    public static String defaultModerator() {
        String user = System.getProperty("user.name");
        return user == null || user.isBlank() ? "moderator" : user;
    }
}
