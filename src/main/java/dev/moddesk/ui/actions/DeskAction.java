package dev.moddesk.ui.actions;

import static dev.moddesk.ui.actions.DeskAction.Section.DECIDING;
import static dev.moddesk.ui.actions.DeskAction.Section.FINDING;
import static dev.moddesk.ui.actions.DeskAction.Section.MOVING;
import static dev.moddesk.ui.actions.DeskAction.Section.WINDOW;
import static dev.moddesk.ui.actions.DeskAction.Section.WRITING;
import static dev.moddesk.ui.actions.Key.Shift.ANY;
import static dev.moddesk.ui.actions.Key.Shift.DOWN;
import static dev.moddesk.ui.actions.Key.Shift.UP;

import dev.moddesk.ui.actions.Key.Where;
import dev.moddesk.ui.theme.Icons;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import org.kordamp.ikonli.Ikon;

/**
 * Every action of the desk window, defined once: the name on its button or menu item, what it does in words (the
 * {@code ?} list and the tooltips say that), its icon and its keys. What it does in code, each feature registers
 * in {@link Commands}; the keyboard ({@link KeyMap}), the menus and the buttons ({@link ActionFactory}) and the
 * {@code ?} list ({@link Shortcuts}) are all made from this.
 */
public enum DeskAction {
    NEXT(MOVING, "next", "Next comment", "Next comment", null, Key.of(KeyCode.J), Key.of(KeyCode.DOWN)),
    PREVIOUS(MOVING, "previous", "Previous comment", "Previous comment", null, Key.of(KeyCode.K), Key.of(KeyCode.UP)),
    PAGE_DOWN(MOVING, "page-down", "Ten down", "Ten comments down", null, Key.of(KeyCode.PAGE_DOWN)),
    PAGE_UP(MOVING, "page-up", "Ten up", "Ten comments up", null, Key.of(KeyCode.PAGE_UP)),
    TOGGLE_CHECK(MOVING, "check", "Check", "Check / uncheck the comment", null, Key.of(KeyCode.X),
            Key.of(KeyCode.SPACE)),
    CHECK_VISIBLE(MOVING, "check-visible", "Check the visible", "Check the comments on screen", null,
            Key.ctrl(KeyCode.A, UP)),
    CHECK_ALL(MOVING, "check-all", "Check all", "Check all comments matching the view", null,
            Key.ctrl(KeyCode.A, DOWN)),
    CLEAR_CHECKS(MOVING, "clear-checks", "Clear selection", "Clear the checks", null, Key.of(KeyCode.ESCAPE)),

    APPROVE(DECIDING, "approve", "Approve", "Approve", Icons.APPROVE, Key.of(KeyCode.A)),
    HOLD(DECIDING, "unapprove", "Unapprove", "Unapprove: back to pending", Icons.UNAPPROVE, Key.of(KeyCode.U)),
    SPAM(DECIDING, "spam", "Spam", "Spam", Icons.SPAM, Key.of(KeyCode.S)),
    RESTORE(DECIDING, "restore", "Restore", "Restore / not spam (r is Reply, as in WordPress)", Icons.RESTORE,
            Key.of(KeyCode.N), Key.shifted(KeyCode.Z)),
    TRASH(DECIDING, "trash", "Trash", "Trash; in Spam and Trash: delete permanently, after asking", Icons.TRASH,
            Key.of(KeyCode.D), Key.of(KeyCode.DELETE)),
    KEEP_MINE(DECIDING, "keep-mine", "Keep mine", "Conflict: keep your decision; it is pushed to the site",
            Icons.KEEP_MINE, Key.of(KeyCode.M)),
    TAKE_SITE(DECIDING, "take-site", "Take the site's", "Conflict: drop your decision and take the site's status",
            Icons.TAKE_SITE, Key.of(KeyCode.T)),
    SPAM_LIKELY(DECIDING, "spam-likely", "Mark likely spam as spam…",
            "Every pending comment scoring at least the Score ≥ filter (else 0.50) to spam, after showing the count; "
                    + "one undo step", null),
    AUTO_SPAM(DECIDING, "auto-spam", "Auto-spam…",
            "Let the triage mark spam by itself from a score you choose (off unless you switch it on)", null),
    UNDO(DECIDING, "undo", "Undo", "Undo the last decision", Icons.UNDO, Key.plain(KeyCode.Z), Key.ctrl(KeyCode.Z, UP)),
    REDO(DECIDING, "redo", "Redo", "Redo", Icons.REDO, Key.ctrl(KeyCode.Z, DOWN), Key.ctrl(KeyCode.Y, ANY)),
    EMPTY_SPAM(DECIDING, "empty-spam", "Empty spam…", "Delete every comment in Spam permanently, after saying how "
            + "many (one step: undo brings them back until the push)", null),
    EMPTY_TRASH(DECIDING, "empty-trash", "Empty trash…", "Delete every comment in the Trash permanently, after "
            + "saying how many (one step: undo brings them back until the push)", null),

    SHOW_PENDING(FINDING, "view-pending", "Pending", "The Pending view", null, Key.ctrl(KeyCode.DIGIT1, ANY)),
    SHOW_APPROVED(FINDING, "view-approved", "Approved", "The Approved view", null, Key.ctrl(KeyCode.DIGIT2, ANY)),
    SHOW_SPAM(FINDING, "view-spam", "Spam", "The Spam view", null, Key.ctrl(KeyCode.DIGIT3, ANY)),
    SHOW_TRASH(FINDING, "view-trash", "Trash", "The Trash view", null, Key.ctrl(KeyCode.DIGIT4, ANY)),
    SHOW_CONFLICTS(FINDING, "view-conflicts", "Conflicts", "The Conflicts view", null, Key.ctrl(KeyCode.DIGIT5, ANY)),
    SHOW_ALL(FINDING, "view-all", "All", "All comments", null, Key.ctrl(KeyCode.DIGIT6, ANY)),
    SHOW_LIKELY_SPAM(FINDING, "view-likely-spam", "Likely spam",
            "Pending comments scoring at least the Score ≥ filter (else 0.50), highest score first", null,
            Key.ctrl(KeyCode.DIGIT7, ANY)),
    SEARCH(FINDING, "search", "Search", "Search", Icons.SEARCH, Key.plain(KeyCode.SLASH), Key.typed("/"),
            Key.ctrl(KeyCode.F, ANY)),
    LEAVE_SEARCH(FINDING, "leave-search", "Back to the queue", "Leave the search box or a filter", null,
            Key.inField(KeyCode.ESCAPE, ANY), Key.inText(KeyCode.DOWN, UP)),

    EDIT(WRITING, "edit", "Edit…", "Edit the comment's text and author (Ctrl+Enter saves, Esc cancels)", Icons.EDIT,
            Key.plain(KeyCode.E)),
    REPLY(WRITING, "reply", "Reply…", "Reply to the comment (a pending one is approved first, as WordPress does; "
            + "Ctrl+1…9 in the reply put in a canned reply)", Icons.REPLY, Key.plain(KeyCode.R)),
    APPROVE_AND_REPLY(WRITING, "approve-reply", "Approve and reply…", "Approve the pending comment and reply to it "
            + "(the approval reaches the site before the reply)", null, Key.shifted(KeyCode.R)),

    IMPORT(WINDOW, "import", "Import…", "Import a WordPress or Disqus export", null, Key.menu(KeyCode.O, false)),
    EXPORT(WINDOW, "export", "Export…", "Export comments", null, Key.menu(KeyCode.E, false)),
    LOAD_DEMO(WINDOW, "demo", "Load demo data", "Load a demo site of realistic comments", null),
    SETTINGS(WINDOW, "settings", "Settings…", "Settings: the moderator name recorded with every decision, canned replies", null),
    SPAM_RULES(WINDOW, "spam-rules", "Spam rules…",
            "WordPress's discussion rules (moderation and disallowed keys, links) and their dry run on past decisions", null),
    QUIT(WINDOW, "quit", "Quit", "Quit ModDesk", null, Key.menu(KeyCode.Q, false)),
    AUDIT_LOG(WINDOW, "audit", "Audit log", "The audit log", null, Key.menu(KeyCode.L, true)),
    REPORTS(WINDOW, "reports", "Reports", "Reports", null, Key.menu(KeyCode.G, true)),
    POSTS(WINDOW, "posts", "Posts…", "The posts with their pending and total counts; a click filters the queue",
            null),
    SYNC_NOW(WINDOW, "sync-now", "Sync now", "Sync: pull the site's comments, then push your decisions", null,
            Key.ctrl(KeyCode.R, ANY)),
    CANCEL_SYNC(WINDOW, "cancel-sync", "Cancel sync", "Stop the running sync", null),
    SITES(WINDOW, "sites", "Sites…", "The sites to sync with, and their Application Passwords", null),
    SHORTCUTS(WINDOW, "help", "Keyboard shortcuts", "Keyboard shortcuts", Icons.HELP, Key.shifted(KeyCode.SLASH),
            Key.typed("?")),
    NEXT_REGION(WINDOW, "next-region", "Next part", "Next part of the window: views, queue, details", null,
            Key.plain(KeyCode.F6), Key.inField(KeyCode.F6, UP)),
    PREVIOUS_REGION(WINDOW, "previous-region", "Previous part", "Previous part of the window", null,
            Key.shifted(KeyCode.F6), Key.inField(KeyCode.F6, DOWN)),
    TEXT_LARGER(WINDOW, "text-larger", "Larger text", "Larger text in the whole window", null,
            Key.anywhere(KeyCode.PLUS), Key.anywhere(KeyCode.EQUALS), Key.anywhere(KeyCode.ADD)),
    TEXT_SMALLER(WINDOW, "text-smaller", "Smaller text", "Smaller text in the whole window", null,
            Key.anywhere(KeyCode.MINUS), Key.anywhere(KeyCode.SUBTRACT)),
    TEXT_NORMAL(WINDOW, "text-normal", "Normal text size", "The text back to its normal size", null,
            Key.anywhere(KeyCode.DIGIT0)),
    MENUS(WINDOW, "menus", "Menus", "The menus (Alt+letter opens one: Alt+F File, Alt+C Comments, Alt+V View, "
            + "Alt+T Triage, Alt+S Sync, Alt+H Help)", null, Key.of(KeyCode.F10), Key.inField(KeyCode.F10, ANY)),
    CHECK_DATABASE(WINDOW, "check-database", "Check database…",
            "Check the database: integrity, search index, counts, outbox, leftovers", null),
    ABOUT(WINDOW, "about", "About ModDesk", "Its version, where your data lives, and the licences of what it ships", null);

    /** The parts of the {@code ?} list. */
    public enum Section {
        MOVING("Moving and checking"),
        DECIDING("Decisions (Shift+key: on the checked comments)"),
        FINDING("Views and search"),
        WRITING("Editing and replying (on the highlighted comment)"),
        WINDOW("The window");

        private final String title;

        Section(String title) {
            this.title = title;
        }

        public String title() {
            return title;
        }
    }

    private static final Set<DeskAction> ON_COMMENTS = EnumSet.of(APPROVE, HOLD, SPAM, RESTORE, TRASH, KEEP_MINE,
            TAKE_SITE);

    private final Section section;
    private final String id;
    private final String label;
    private final String description;
    private final Ikon icon;
    private final List<Key> keys;

    DeskAction(Section section, String id, String label, String description, Ikon icon, Key... keys) {
        this.section = section;
        this.id = id;
        this.label = label;
        this.description = description;
        this.icon = icon;
        this.keys = List.of(keys);
    }

    /** Where the {@code ?} list shows it. */
    public Section section() {
        return section;
    }

    /** The controls' ids: {@code btn-<id>} for a button, {@code menu-<id>} for a menu item. */
    public String id() {
        return id;
    }

    /** The words on its button or menu item. */
    public String label() {
        return label;
    }

    /** What it does, for the {@code ?} list and the tooltips. */
    public String description() {
        return description;
    }

    public Optional<Ikon> icon() {
        return Optional.ofNullable(icon);
    }

    public List<Key> keys() {
        return keys;
    }

    /** True for the decisions: Shift+key acts on the checked comments. */
    public boolean actsOnComments() {
        return ON_COMMENTS.contains(this);
    }

    /** The menu accelerator, for an action with a {@link Where#WINDOW} key. */
    public Optional<KeyCombination> accelerator() {
        return keys.stream().filter(k -> k.where() == Where.WINDOW).findFirst().map(Key::accelerator);
    }
}
