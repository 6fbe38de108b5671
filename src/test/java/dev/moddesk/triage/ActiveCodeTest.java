package dev.moddesk.triage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Markup that would run code in a reader's browser, as attacks write it; none in what readers write. */
class ActiveCodeTest {
    private static String found(String content) {
        Optional<Evidence> e = ActiveCode.in(content);
        assertTrue(e.isPresent(), "code in: " + content);
        assertEquals(ActiveCode.LOG_ODDS, e.get().logOdds());
        String prefix = "code that would run in a reader's browser: ";
        assertTrue(e.get().reason().startsWith(prefix), e.get().reason());
        return e.get().reason().substring(prefix.length());
    }

    @Test
    void eachKindIsNamedOnceInTheOrderFound() {
        assertEquals("<script>, onerror=, a javascript: address, <iframe>", found("Nice post <script>alert(\"xss\")"
                + "</script><img src=\"x\" onerror=\"alert(1)\"> <a href=\"javascript:alert(document.cookie)\">click"
                + "</a> <iframe src=\"https://example.com/evil\"></iframe> <SCRIPT src=//x.example/a.js></SCRIPT>"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"<svg/onload=alert(1)>", "<body ONLOAD = 'x()'>", "<a href=x onmouseover=\"go()\">hi</a>"})
    void eventHandlersHoweverWritten(String html) {
        assertTrue(found(html).matches("on[a-z]+="), html);
    }

    @ParameterizedTest
    @ValueSource(strings = {"<a href=\"JavaScript:go()\">x</a>", "<a href=\"java\tscript:go()\">x</a>",
            "<a href='&#106;avascript:go()'>x</a>", "<a href=\" javascript:go()\">x</a>",
            "<a href=vbscript:msgbox(1)>x</a>"})
    void scriptAddressesAsBrowsersReadThem(String html) {
        assertTrue(found(html).matches("a (javascript|vbscript): address"), html);
    }

    @Test
    void dataHtmlAndElementsThatLoadCode() {
        assertEquals("a data: address", found("<a href=\"data:text/html;base64,PHNjcmlwdD4=\">x</a>"));
        assertEquals("<object>, <embed>", found("<object data=\"x.swf\"></object><embed src=\"y.swf\">"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Plain text, no markup at all.",
            "In WordPress you cannot post &lt;script&gt; in a comment: it is stripped.",
            "<a href=\"https://example.com/javascript:tutorial\">a tutorial on javascript: the basics</a>",
            "<p>Only <b>bold</b>, <i>italic</i>, <a href=\"https://example.com\">links</a> and <code>code</code>.</p>",
            "a < b and b > c, <3, <online=fine>",
            "I said onerror=alert(1) in plain text, and </script> closes nothing here.",
            "<img src=\"photo.jpg\" alt=\"online event\" title=\"done\">",
            "<a data-onclick=\"x\" href=\"https://example.com\">data attributes are not handlers</a>"})
    void whatReadersWriteHoldsNoCode(String content) {
        assertEquals(Optional.empty(), ActiveCode.in(content), content);
    }
}
