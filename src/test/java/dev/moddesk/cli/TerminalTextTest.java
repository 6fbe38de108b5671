package dev.moddesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The one escaping scheme of human-readable output (the commands that use it are in CliTest). */
class TerminalTextTest {
    /** The characters a terminal acts on (controls, separators, bidi formatting), written out independently. */
    static boolean actsOnTerminal(int c) {
        return Character.getType(c) == Character.CONTROL || c == 0x061c || c == 0x200e || c == 0x200f
                || c >= 0x2028 && c <= 0x202e || c >= 0x2066 && c <= 0x2069;
    }

    static Stream<Arguments> controls() {
        return Stream.of(
                Arguments.of("screen clear", "\u001b[2J", "\\e[2J"),
                Arguments.of("window title", "\u001b]0;pwned\u0007", "\\e]0;pwned\\x07"),
                Arguments.of("OSC 8 hyperlink", "\u001b]8;;http://x\u001b\\a", "\\e]8;;http://x\\e\\a"),
                Arguments.of("bell, backspace", "a\u0007b\bc", "a\\x07b\\x08c"),
                Arguments.of("tab, CR, LF", "a\tb\rc\nd", "a\\tb\\rc\\nd"),
                Arguments.of("NUL, DEL", "a\u0000b\u007fc", "a\\x00b\\x7fc"),
                Arguments.of("C1 CSI, NEL", "a\u009b31mb\u0085c", "a\\x9b31mb\\x85c"),
                Arguments.of("RLO, PDF", "a\u202egnp.exe\u202c", "a\\u202egnp.exe\\u202c"),
                Arguments.of("LRM, RLM, ALM", "\u200e\u200f\u061c", "\\u200e\\u200f\\u061c"),
                Arguments.of("isolates", "\u2066a\u2069", "\\u2066a\\u2069"),
                Arguments.of("line and paragraph separators", "a\u2028b\u2029c", "a\\u2028b\\u2029c"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("controls")
    void controlsAreShownAsEscapes(String what, String text, String shown) {
        assertEquals(shown, TerminalText.escape(text));
    }

    @Test
    void everythingElsePrintsAsItIs() {
        String text = "Tom & Jerry 🐱 Борис 김민지 عربي C:\\path\\e café\u00a0naïve 👨\u200d👩\u200d👧 \u00ad";
        assertSame(text, TerminalText.escape(text), "unchanged text is not copied");
    }

    @Test
    void nothingAControlCharacterCouldDoSurvives() {
        StringBuilder all = new StringBuilder();
        for (char c = 0; c < 0x3000; c++) {
            all.append(c);
        }
        String shown = TerminalText.escape(all.toString());
        shown.chars().forEach(c -> assertFalse(actsOnTerminal(c), "U+" + Integer.toHexString(c)));
    }

    @Test
    void formatEscapesTheResult() {
        assertEquals("42  Eve\\e[2J", TerminalText.format("%d  %s", 42, "Eve\u001b[2J"));
    }
}
