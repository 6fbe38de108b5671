package dev.moddesk.ui.theme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** Which font family the desk sets: a pan-CJK one on Linux when installed, else JavaFX's default. */
class FontsTest {
    @Test
    void linuxTakesTheFirstInstalledPanCjkFamily() {
        assertEquals("Noto Sans CJK KR", Fonts.choose("Linux", Set.of("DejaVu Sans", "Noto Sans CJK JP", "Noto Sans CJK KR")));
        assertEquals("Noto Sans CJK JP", Fonts.choose("Linux", Set.of("DejaVu Sans", "Noto Sans CJK JP")));
        assertNull(Fonts.choose("Linux", Set.of("DejaVu Sans")), "none installed: JavaFX's System font");
    }

    @Test
    void windowsAndMacKeepTheSystemFont() {
        assertNull(Fonts.choose("Windows 11", Set.of("Noto Sans CJK KR")));
        assertNull(Fonts.choose("Mac OS X", Set.of("Noto Sans CJK KR")));
    }
}
