package dev.moddesk.ui.export;

import dev.moddesk.ui.background.LongWork;
import dev.moddesk.ui.dialogs.DialogService;
import java.util.concurrent.CancellationException;

/** What a stopped export says (comments or the audit log): either way no file was written. */
public final class FailedExport {
    private FailedExport() {
    }

    /** Cancelled: a line in the window; failed: that line and a dialog naming the error. */
    public static void tell(LongWork export, DialogService dialogs, Throwable e) {
        if (e instanceof CancellationException) {
            export.messageProperty().set("Export cancelled; no file was written");
            return;
        }
        export.messageProperty().set("Export failed; no file was written");
        dialogs.showError("Export failed", String.valueOf(e.getMessage()));
    }
}
