package dev.moddesk.ui.admin;

import dev.moddesk.app.Admin;
import dev.moddesk.ui.actions.Commands;
import dev.moddesk.ui.actions.DeskAction;
import dev.moddesk.ui.audit.AuditViewModel;
import dev.moddesk.ui.audit.AuditWindow;
import dev.moddesk.ui.background.Lanes;
import dev.moddesk.ui.dialogs.DialogService;
import dev.moddesk.ui.export.ExportDialog;
import dev.moddesk.ui.export.ExportViewModel;
import dev.moddesk.ui.reports.ReportsViewModel;
import dev.moddesk.ui.reports.ReportsWindow;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * The admin windows of the desk (export, audit log, reports), each made on first use and reused. They run
 * their work on lanes of their own, so a long export never holds up the queue's pages and counts.
 */
public final class AdminWindows {
    private static final String ADMIN_CSS = AdminWindows.class.getResource("/dev/moddesk/ui/admin.css").toExternalForm();

    private final Stage owner;
    private final Admin admin;
    private final DialogService dialogs;
    private final Lanes lanes = Lanes.forFx();
    private final ZoneId zone = ZoneId.systemDefault();
    private ExportViewModel exportModel;
    private ExportDialog export;
    private AuditViewModel auditModel;
    private AuditWindow audit;
    private ReportsViewModel reportsModel;
    private ReportsWindow reports;

    /** Export… (Ctrl+E), Audit log (Ctrl+Shift+L) and Reports (Ctrl+Shift+G) open them. */
    public AdminWindows(Stage owner, Admin admin, DialogService dialogs, Commands commands) {
        this.owner = owner;
        this.admin = admin;
        this.dialogs = dialogs;
        lanes.onError(dialogs::showFailure);
        commands.on(DeskAction.EXPORT, this::openExport);
        commands.on(DeskAction.AUDIT_LOG, this::openAudit);
        commands.on(DeskAction.REPORTS, this::openReports);
    }

    public void openExport() {
        if (export == null) {
            exportModel = new ExportViewModel(lanes, admin, dialogs, zone);
            exportModel.onError(dialogs::showFailure);
            export = new ExportDialog(owner, exportModel, this::style);
        }
        export.show();
    }

    public void openAudit() {
        if (audit == null) {
            auditModel = new AuditViewModel(lanes, admin.auditLog(), dialogs, zone, AuditViewModel.DEFAULT_PAGE_SIZE);
            auditModel.onError(dialogs::showFailure);
            audit = new AuditWindow(owner, auditModel, this::style);
        }
        audit.show();
    }

    public void openReports() {
        if (reports == null) {
            reportsModel = new ReportsViewModel(lanes, admin.reports(), () -> LocalDate.now(ZoneOffset.UTC));
            reportsModel.onError(dialogs::showFailure);
            reportsModel.refresh(); // computed in the background while the window and its charts are built
            reports = new ReportsWindow(owner, reportsModel, this::style);
        } else {
            reportsModel.refresh();
        }
        reports.show();
    }

    private void style(Scene scene) {
        styleLike(owner, scene);
    }

    /** The owner's look (theme and the desk's stylesheet) plus the admin windows' own, for any secondary window. */
    public static void styleLike(Stage owner, Scene scene) {
        if (owner.getScene() != null) {
            scene.getStylesheets().setAll(owner.getScene().getStylesheets());
            owner.getScene().getRoot().getStyleClass().stream().filter(c -> c.startsWith("theme-"))
                    .forEach(c -> scene.getRoot().getStyleClass().add(c));
        }
        scene.getStylesheets().add(ADMIN_CSS);
    }

    /** Closes the windows (cancelling a running export) and stops the lanes. */
    public void close() {
        if (exportModel != null) {
            exportModel.cancel();
        }
        if (auditModel != null) {
            auditModel.cancelExport();
        }
        for (Stage s : new Stage[] {export == null ? null : export.stage(), audit == null ? null : audit.stage(),
                reports == null ? null : reports.stage()}) {
            if (s != null && s.isShowing()) {
                s.hide();
            }
        }
        lanes.shutdown();
    }

    // ---- for tests

    public Lanes lanes() {
        return lanes;
    }

    public ExportViewModel exportModel() {
        return exportModel;
    }

    public ReportsWindow reportsWindow() {
        return reports;
    }
}
