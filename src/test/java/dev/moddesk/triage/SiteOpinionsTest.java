package dev.moddesk.triage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moddesk.core.CommentMeta;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The site's own filters' verdicts, from the comment meta Akismet and Antispam Bee leave, in a moderator's words. */
class SiteOpinionsTest {
    /** 2026-10-31T12:00:00Z, as Akismet's microtime(true). */
    private static final String OCT_31 = "1793448000.123";

    private static String history(String event, String user, String time) {
        return "a:4:{s:4:\"time\";d:" + time + ";s:7:\"message\";s:4:\"text\";s:5:\"event\";s:" + event.length() + ":\""
                + event + "\";s:4:\"user\";s:" + user.length() + ":\"" + user + "\";}";
    }

    private static List<String> reasons(List<Evidence> evidence) {
        return evidence.stream().map(Evidence::reason).toList();
    }

    @Test
    void akismetSpamWithTheDayItSaidSo() {
        List<Evidence> e = SiteOpinions.of(List.of(new CommentMeta("akismet_result", "true"),
                new CommentMeta("akismet_history", history("check-spam", "", OCT_31))));
        assertEquals(List.of("Akismet said spam on the site, 2026-10-31"), reasons(e));
        assertTrue(e.get(0).logOdds() > 2);
    }

    @Test
    void akismetHamPullsTowardsHam() {
        List<Evidence> e = SiteOpinions.of(List.of(new CommentMeta("akismet_result", "false")));
        assertEquals(List.of("Akismet said not spam on the site"), reasons(e));
        assertTrue(e.get(0).logOdds() < 0);
    }

    @Test
    void theHistoryAloneGivesTheVerdictAndAModeratorsMarkCountsToo() {
        List<Evidence> e = SiteOpinions.of(List.of(
                new CommentMeta("akismet_history", history("check-ham", "", "1793440000")),
                new CommentMeta("akismet_history", history("report-spam", "editor", OCT_31))));
        assertEquals(List.of("Akismet said not spam on the site, 2026-10-31",
                "a moderator on the site (editor) marked it spam (Akismet history)"), reasons(e));
        assertTrue(e.get(1).logOdds() > 0);
        List<Evidence> unspammed = SiteOpinions.of(List.of(
                new CommentMeta("akismet_history", history("status-changed-spam", "admin", "1793440000")),
                new CommentMeta("akismet_history", history("report-ham", "admin", OCT_31))));
        assertEquals(List.of("a moderator on the site (admin) marked it not spam (Akismet history)"), reasons(unspammed));
        assertTrue(unspammed.get(0).logOdds() < 0);
    }

    @Test
    void antispamBeesReasonInWords() {
        assertEquals(List.of("Antispam Bee flagged it: CSS hack"),
                reasons(SiteOpinions.of(List.of(new CommentMeta("antispam_bee_reason", "css")))));
        assertEquals(List.of("Antispam Bee flagged it: fake IP", "Antispam Bee flagged it: somethingnew"),
                reasons(SiteOpinions.of(List.of(new CommentMeta("antispam_bee_reason", "server"),
                        new CommentMeta("antispam_bee_reason", "somethingnew")))));
    }

    @Test
    void unknownOrBrokenMetaAddsNothing() {
        assertEquals(List.of(), SiteOpinions.of(List.of(new CommentMeta("_wp_trash_meta_status", "0"),
                new CommentMeta("akismet_history", "a:1:{broken"), new CommentMeta("akismet_result", "maybe"),
                new CommentMeta("akismet_history", "a:1:{s:7:\"message\";s:3:\"old\";}"))));
        assertEquals(List.of("Akismet said spam on the site"), reasons(SiteOpinions.of(List.of(
                new CommentMeta("akismet_history", history("check-spam", "", "1e300"))))),
                "an event with a time past the year 9999 still says spam, without a date");
    }

    @Test
    void theSubmittedUserAgentStandsInForAMissingOne() {
        String submitted = "a:3:{s:10:\"user_agent\";s:11:\"Mozilla/5.0\";s:8:\"referrer\";s:20:\"https://ref.example/\";"
                + "s:7:\"user_ip\";s:9:\"192.0.2.1\";}";
        assertEquals(Optional.of("Mozilla/5.0"), SiteOpinions.submittedUserAgent(
                List.of(new CommentMeta("akismet_result", "true"), new CommentMeta("akismet_as_submitted", submitted))));
        assertEquals(Optional.empty(), SiteOpinions.submittedUserAgent(List.of(new CommentMeta("akismet_as_submitted", "x"))));
    }
}
