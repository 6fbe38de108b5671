package dev.moddesk.ui.sync;

import dev.moddesk.ui.background.Background.Lane;
import dev.moddesk.ui.background.Background;
import dev.moddesk.ui.dialogs.DialogService;
import dev.moddesk.ui.prefs.DeskPrefs;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Sites dialog: the saved sites, a form to add one (address, user; the Application Password is passed in
 * by the caller and kept by no property here), a connection test in the background, removing a site's
 * credentials and choosing which site Sync uses. A site is saved only after the site accepted the credentials.
 */
public final class SitesViewModel {
    /** How the line under the form reads. */
    public enum Check { NONE, WORKING, OK, FAILED }

    private final SiteService service;
    private final Background background;
    private final DialogService dialogs;
    private final DeskPrefs prefs;
    private final Runnable changed;
    private final ObservableList<SiteInfo> sites = FXCollections.observableArrayList();
    private final StringProperty url = new SimpleStringProperty("");
    private final StringProperty user = new SimpleStringProperty("");
    private final StringProperty status = new SimpleStringProperty("");
    private final ObjectProperty<Check> check = new SimpleObjectProperty<>(Check.NONE);
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final StringProperty syncSite = new SimpleStringProperty();

    public SitesViewModel(SiteService service, Background background, DialogService dialogs, DeskPrefs prefs,
                          Runnable changed) {
        this.service = service;
        this.background = background;
        this.dialogs = dialogs;
        this.prefs = prefs;
        this.changed = changed;
        syncSite.set(prefs.get(SyncViewModel.SITE_KEY, null));
    }

    public ObservableList<SiteInfo> sites() {
        return sites;
    }

    public StringProperty urlProperty() {
        return url;
    }

    public StringProperty userProperty() {
        return user;
    }

    /** The result of the last test or save ("Connected as …", "Authentication failed: …"). */
    public StringProperty statusProperty() {
        return status;
    }

    public ObjectProperty<Check> checkProperty() {
        return check;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    /** The site Sync uses when several are saved (null: the only one). */
    public StringProperty syncSiteProperty() {
        return syncSite;
    }

    /** Reads the site list (database work: on the write lane). */
    public void refresh() {
        background.run(Lane.WRITE, service::sites, this::show, e -> say(Check.FAILED, e.getMessage()));
    }

    private void show(List<SiteInfo> list) {
        sites.setAll(list);
    }

    /** Fills the form from a listed site (to re-enter its password, say). */
    public void edit(SiteInfo s) {
        if (s != null) {
            url.set(s.url());
            user.set(s.user() == null ? "" : s.user());
        }
    }

    /** Tests the address and credentials in the background; the result lands in {@link #statusProperty()}. */
    public void test(String password) {
        if (!formReady(password)) {
            return;
        }
        String u = url.get().strip();
        String name = user.get().strip();
        busy.set(true);
        say(Check.WORKING, "Testing the connection to " + u + "…");
        background.run(Lane.NETWORK, () -> service.test(u, name, password), who -> {
            busy.set(false);
            say(Check.OK, "Connected to " + u + " as " + who + " (may moderate comments)");
        }, this::refused);
    }

    /** Tests, then saves the site when the site accepted the credentials; {@code saved} runs after. */
    public void add(String password, Runnable saved) {
        if (!formReady(password)) {
            return;
        }
        String u = url.get().strip();
        String name = user.get().strip();
        busy.set(true);
        say(Check.WORKING, "Checking " + u + " before saving…");
        background.run(Lane.NETWORK, () -> service.test(u, name, password), who ->
                background.run(Lane.WRITE, () -> {
                    SiteInfo site = service.save(u, name, password);
                    return new Saved(site, service.sites());
                }, done -> {
                    busy.set(false);
                    show(done.sites());
                    if (syncSite.get() == null || done.sites().stream().filter(SiteInfo::hasCredentials).count() == 1) {
                        useForSync(done.site());
                    }
                    say(Check.OK, "Saved " + done.site().url() + " (user " + name + ", signed in as " + who + ")");
                    saved.run();
                    changed.run();
                }, this::refused), this::refused);
    }

    private record Saved(SiteInfo site, List<SiteInfo> sites) { }

    /** Forgets the site's credentials after asking; its comments stay. */
    public void remove(SiteInfo s) {
        if (s == null || !s.hasCredentials()) {
            return;
        }
        if (!dialogs.confirm("Remove " + s.url(), "Forget the user and Application Password for " + s.url()
                + "? Its comments stay in the database; decisions not yet pushed stay in the outbox.", "Remove")) {
            return;
        }
        busy.set(true);
        background.run(Lane.WRITE, () -> {
            service.forget(s.url());
            return service.sites();
        }, list -> {
            busy.set(false);
            show(list);
            if (s.url().equals(syncSite.get())) {
                useForSync(null);
            }
            say(Check.NONE, "Removed " + s.url());
            changed.run();
        }, e -> {
            busy.set(false);
            say(Check.FAILED, String.valueOf(e.getMessage()));
        });
    }

    /** Sync uses this site from now on (null: the only saved one). */
    public void useForSync(SiteInfo s) {
        syncSite.set(s == null ? null : s.url());
        prefs.put(SyncViewModel.SITE_KEY, syncSite.get());
        prefs.flush();
    }

    private boolean formReady(String password) {
        if (url.get() == null || url.get().isBlank()) {
            say(Check.FAILED, "Enter the site's address, e.g. https://example.com");
            return false;
        }
        if (user.get() == null || user.get().isBlank()) {
            say(Check.FAILED, "Enter the WordPress user name");
            return false;
        }
        if (password == null || password.isBlank()) {
            say(Check.FAILED, "Enter an Application Password (Users → Profile → Application Passwords on the site)");
            return false;
        }
        return true;
    }

    private void refused(Throwable e) {
        busy.set(false);
        SyncProblem p = service.classify(e);
        say(Check.FAILED, SyncViewModel.headline(p == SyncProblem.OTHER ? "Connection test failed" : p.title(),
                String.valueOf(e.getMessage())));
    }

    private void say(Check kind, String text) {
        check.set(kind);
        status.set(text);
    }
}
