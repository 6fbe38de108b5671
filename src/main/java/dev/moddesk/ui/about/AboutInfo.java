package dev.moddesk.ui.about;

import dev.moddesk.app.AppInfo;
import dev.moddesk.app.sync.CredentialVault;
import dev.moddesk.ui.prefs.DeskPrefs;
import java.nio.file.Path;
import java.util.List;

/** What the About dialog says: the version, the runtime, the places that hold the user's data, the licences. */
public record AboutInfo(String version, String runtime, Path database, Path credentials, String settings,
        List<ThirdParty> components) {

    /** For the desk open on {@code database}. */
    public static AboutInfo of(Path database) {
        Path file = database.toAbsolutePath();
        String runtime = "Java " + Runtime.version() + " (" + System.getProperty("java.vm.vendor", "unknown vendor")
                + "), JavaFX " + System.getProperty("javafx.runtime.version", "unknown");
        return new AboutInfo(AppInfo.version(), runtime, file, CredentialVault.beside(file).folder(),
                DeskPrefs.whereKept(), ThirdParty.shipped());
    }
}
