package dev.moddesk.ui;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

/** The Reports and Audit log windows close with Esc, with Ctrl+W and with their Close button. */
class AdminWindowsCloseTest extends AdminUiTestBase {
    private static final String REPORTS = "Reports — ModDesk";
    private static final String AUDIT = "Audit log — ModDesk";

    @Test
    void reportsClosesWithEscCtrlWAndClose() {
        closesEveryWay(REPORTS, new KeyCode[] {KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.G}, "#report-close");
    }

    @Test
    void theAuditLogClosesWithEscCtrlWAndClose() {
        closesEveryWay(AUDIT, new KeyCode[] {KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.L}, "#audit-close");
    }

    private void closesEveryWay(String title, KeyCode[] open, String closeButton) {
        key(open);
        assertTrue(showing(title), title + " opened");
        key(KeyCode.ESCAPE);
        assertFalse(showing(title), "Esc closes " + title);

        key(open);
        assertTrue(showing(title));
        key(KeyCode.CONTROL, KeyCode.W);
        assertFalse(showing(title), "Ctrl+W closes " + title);

        key(open);
        assertTrue(showing(title));
        robot.clickOn(closeButton);
        settle();
        assertFalse(showing(title), "Close closes " + title);
        assertTrue(window.queue().totalProperty().get() > 0, "the desk stays");
        assertNoErrors();
    }
}
