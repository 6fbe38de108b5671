package dev.moddesk.ui.theme;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import javafx.scene.text.Font;

/**
 * The desk's text font. JavaFX CSS takes one family, not a fallback list ({@code "System", "Noto Sans CJK KR"}
 * draws Korean as boxes), and on Linux JavaFX's own fallback for its "System" font does not reach the CJK
 * fonts (fontconfig ships them as .ttc collections): Korean comments came out as boxes even with Noto CJK
 * installed. So on Linux the desk uses a pan-CJK family when one is installed; it also covers Latin and
 * Cyrillic, and emoji come from JavaFX's fallback (an emoji font such as Symbola; colour emoji fonts are not
 * drawn by JavaFX on Linux). Windows and macOS keep "System", whose fallback reaches their CJK fonts.
 */
public final class Fonts {
    /** Families that draw Latin, Cyrillic and Hangul (and the other CJK scripts), best first. */
    static final List<String> PAN_CJK = List.of("Noto Sans CJK KR", "Source Han Sans KR", "Noto Sans CJK JP",
            "Noto Sans CJK SC", "Noto Sans CJK TC", "Source Han Sans", "NanumGothic", "Noto Sans KR");

    private static String family;
    private static String stylesheet;

    private Fonts() {
    }

    /** The family the desk sets on its scenes, or null to keep JavaFX's default ("System"). */
    public static synchronized String family() {
        if (stylesheet == null) {
            family = choose(System.getProperty("os.name", ""), new TreeSet<>(Font.getFamilies()));
            String css = family == null ? "" : ".root { -fx-font-family: \"" + family + "\"; }\n";
            stylesheet = "data:text/css;base64," + Base64.getEncoder().encodeToString(css.getBytes(StandardCharsets.UTF_8));
        }
        return family;
    }

    /** A stylesheet (data URL) that sets {@link #family()} on a scene's root; empty when there is none. */
    public static synchronized String stylesheet() {
        family();
        return stylesheet;
    }

    static String choose(String osName, Set<String> installed) {
        if (!osName.toLowerCase(Locale.ROOT).contains("linux")) {
            return null;
        }
        for (String f : PAN_CJK) {
            if (installed.contains(f)) {
                return f;
            }
        }
        return null;
    }
}
