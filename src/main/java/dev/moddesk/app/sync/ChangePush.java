package dev.moddesk.app.sync;

import dev.moddesk.core.ChangeKind;
import dev.moddesk.site.SiteException;
import dev.moddesk.site.WordPressClient;
import dev.moddesk.store.OutboxStore;

/**
 * How the outbox entries of one {@link ChangeKind} go to the site: the REST request, how the site's answer is
 * read, what is recorded once it confirmed, and how an entry is described for {@code sync --dry-run}.
 */
interface ChangePush {
    /** The push for entries of {@code kind}. */
    static ChangePush of(ChangeKind kind) {
        return switch (kind) {
            case STATUS -> StatusPush.INSTANCE;
            case EDIT -> EditPush.INSTANCE;
            case REPLY -> ReplyPush.INSTANCE;
        };
    }

    /** What a push would send for {@code entry}. */
    PlannedPush plan(OutboxStore.Entry entry);

    /**
     * Sends {@code entry} and reads the site's answer; runs on a push thread, so it touches no database and
     * returns what to record instead.
     *
     * @throws SiteException when the site refused it, failed, or answered something other than the change
     */
    Confirmed send(WordPressClient client, OutboxStore.Entry entry);

    /** What the site confirmed, to be recorded on the sync's own thread (the store has one writer). */
    @FunctionalInterface
    interface Confirmed {
        void record(OutboxStore outbox);
    }

    /**
     * Nothing was sent: the rule held the change back (an edit whose comment the site changed meanwhile); what
     * to record instead. The comment's later entries wait too.
     */
    @FunctionalInterface
    interface HeldBack extends Confirmed {
    }

    /** A comment the site created (a reply): the comment's later entries go under the id the site gave it. */
    interface Created extends Confirmed {
        long siteId();
    }
}
