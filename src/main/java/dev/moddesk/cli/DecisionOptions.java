package dev.moddesk.cli;

import dev.moddesk.app.AppInfo;
import dev.moddesk.app.moderation.Moderation;
import dev.moddesk.core.SiteUrl;
import java.util.List;
import picocli.CommandLine.Option;

/** What every command that decides on comments by their site ids takes: which site, and who decides. */
final class DecisionOptions {
    @Option(names = "--site", paramLabel = "URL", description = "The site, when several are in the database.")
    String site;

    @Option(names = "--by", paramLabel = "NAME", description = "The moderator's name for the audit log (default: OS user).")
    String by;

    /** The moderator to record: {@code --by}, else the operating system's user. */
    String moderator() {
        return by == null || by.isBlank() ? AppInfo.defaultModerator() : by.strip();
    }

    /** The local rows of the comments with the site's {@code ids} (on {@code --site} when given). */
    List<Long> rows(Moderation moderation, List<Long> ids) {
        return moderation.findBySiteIds(site == null ? null : SiteUrl.normalise(site), ids);
    }
}
