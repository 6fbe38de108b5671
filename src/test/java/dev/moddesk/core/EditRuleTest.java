package dev.moddesk.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class EditRuleTest {
    private static final CommentText SITE = new CommentText("<p>buy <a href=\"http://spam\">pills</a></p>", "Bob", "b@x", "");
    private static final CommentText MINE = SITE.with("<p>buy pills</p>", null, null, null);

    @Test
    void anEditBackToTheSitesTextQueuesNothing() {
        assertFalse(EditRule.queues(SITE, SITE));
        assertTrue(EditRule.queues(SITE, MINE));
        assertTrue(EditRule.queues(SITE, SITE.with(null, "Robert", null, null)), "author fields are edits too");
    }

    @Test
    void theEditStandsWhileTheSitesContentIsTheOneItWasMadeFrom() {
        assertEquals(EditRule.Verdict.STANDS, EditRule.onSite(SITE, MINE, SITE));
        assertEquals(EditRule.Verdict.STANDS, EditRule.onSite(SITE, MINE, SITE.with(null, "Bobby", null, null)),
                "the rule compares content: a site-side change of the author alone does not hold the edit back");
    }

    @Test
    void theSiteShowingTheEditMeansDone_aChangedContentIsAConflict() {
        assertEquals(EditRule.Verdict.DONE, EditRule.onSite(SITE, MINE, MINE));
        assertEquals(EditRule.Verdict.CONFLICT, EditRule.onSite(SITE, MINE, SITE.with("<p>edited on the site</p>",
                null, null, null)));
    }

    @Test
    void keepMineMakesTheEditFromTheSitesTextNow_takeTheSitesDropsIt() {
        CommentText siteNow = SITE.with("other", null, null, null);
        assertEquals(Optional.of(siteNow), EditRule.resolve(Resolution.KEEP_MINE, siteNow));
        assertEquals(Optional.empty(), EditRule.resolve(Resolution.TAKE_SITE, siteNow));
    }
}
