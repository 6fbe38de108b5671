package dev.moddesk.app.triage;

import dev.moddesk.core.CommentMeta;
import dev.moddesk.store.CommentMetaQueries;
import dev.moddesk.store.Database;
import dev.moddesk.triage.Evidence;
import dev.moddesk.triage.SiteOpinions;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** What the site's own spam filters said of comments (their imported meta), for a batch of comments at a time. */
public final class SiteKnowledge {
    private final Database db;

    public SiteKnowledge(Database db) {
        this.db = db;
    }

    /** The meta rows of each comment (the store's ids) that has any; one query for the batch. */
    public Map<Long, List<CommentMeta>> meta(Collection<Long> commentIds) {
        return new CommentMetaQueries(db).forComments(commentIds);
    }

    /** The site's filters' evidence on each comment (the store's ids) that has any; one query for the batch. */
    public Map<Long, List<Evidence>> evidence(Collection<Long> commentIds) {
        Map<Long, List<Evidence>> out = new HashMap<>();
        meta(commentIds).forEach((id, rows) -> {
            List<Evidence> e = SiteOpinions.of(rows);
            if (!e.isEmpty()) {
                out.put(id, e);
            }
        });
        return out;
    }
}
