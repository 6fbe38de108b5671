package dev.moddesk.app.triage;

import dev.moddesk.app.importing.ImportProgress;
import dev.moddesk.app.importing.Importer;
import dev.moddesk.store.Database;
import dev.moddesk.triage.DiscussionRules;
import dev.moddesk.triage.MatchMode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A small site of decided comments whose dry run under {@link #RULES} is known: 4 spam (1 disallowed, 2 held, 1
 * passing), 3 approved (2 held, one of them by the user agent Akismet was sent), and a pending comment that never
 * counts. Imported from a WXR, the way a real site's decisions arrive.
 */
public final class DecidedSeed {
    public static final DiscussionRules RULES = new DiscussionRules("casino\nevilbot", "viagra", 2, false, false,
            MatchMode.WORDPRESS);
    public static final String HEADLINE = "would have caught 3 spam and 2 approved comments";
    public static final String BY_RULE = "disallowed keys: 1 spam and 0 approved · moderation keys: 1 spam and 2 "
            + "approved · too many links: 1 spam and 0 approved";

    private DecidedSeed() {
    }

    public static void into(Database db, Path dir) {
        new Importer(db, w -> { }).importFile(wxr(dir), ImportProgress.NONE, () -> false);
    }

    /** The seed as a WXR file in {@code dir}. */
    public static Path wxr(Path dir) {
        String submitted = "a:2:{s:10:\"user_agent\";s:12:\"EvilBot/1.0 \";s:8:\"referrer\";s:0:\"\";}";
        String comments = comment(1, "spam", "Spammer", "cheap VIAGRA here", "")
                + comment(2, "spam", "Spammer", "casino bonus", "")
                + comment(3, "spam", "Linker", "<a href=\"http://a\">a</a> http://b http://c", "")
                + comment(4, "spam", "Quiet", "hello", "")
                + comment(5, "1", "Alice", "I play casino sometimes", "")
                + comment(6, "1", "Bob", "great post", "")
                + comment(7, "1", "Carol", "nice", meta("akismet_as_submitted", submitted))
                + comment(8, "0", "Pending", "viagra casino", "");
        try {
            return Files.writeString(dir.resolve("decided.xml"), "<?xml version=\"1.0\" encoding=\"UTF-8\" ?>\n"
                    + "<rss version=\"2.0\" xmlns:wp=\"http://wordpress.org/export/1.2/\"><channel><title>Seed</title>"
                    + "<wp:wxr_version>1.2</wp:wxr_version><wp:base_blog_url>https://seed.example</wp:base_blog_url>"
                    + "<item><title>P</title><wp:post_id>9</wp:post_id>" + comments + "</item></channel></rss>\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String meta(String key, String value) {
        return "<wp:commentmeta><wp:meta_key><![CDATA[" + key + "]]></wp:meta_key><wp:meta_value><![CDATA[" + value
                + "]]></wp:meta_value></wp:commentmeta>";
    }

    static String comment(long id, String approved, String author, String content, String meta) {
        return "<wp:comment><wp:comment_id>" + id + "</wp:comment_id>"
                + "<wp:comment_author><![CDATA[" + author + "]]></wp:comment_author>"
                + "<wp:comment_author_email><![CDATA[" + author.toLowerCase() + "@example.com]]></wp:comment_author_email>"
                + "<wp:comment_author_url></wp:comment_author_url>"
                + "<wp:comment_author_IP><![CDATA[192.0.2." + id + "]]></wp:comment_author_IP>"
                + "<wp:comment_date_gmt><![CDATA[2024-01-0" + id + " 08:00:00]]></wp:comment_date_gmt>"
                + "<wp:comment_content><![CDATA[" + content + "]]></wp:comment_content>"
                + "<wp:comment_approved><![CDATA[" + approved + "]]></wp:comment_approved>"
                + "<wp:comment_type><![CDATA[comment]]></wp:comment_type>"
                + "<wp:comment_parent>0</wp:comment_parent><wp:comment_user_id>0</wp:comment_user_id>"
                + meta + "</wp:comment>\n";
    }
}
