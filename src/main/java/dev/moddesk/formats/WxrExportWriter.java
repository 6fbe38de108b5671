package dev.moddesk.formats;

import dev.moddesk.core.Comment;
import dev.moddesk.core.ExportRow;
import dev.moddesk.core.Status;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * WXR 1.2 export laid out as WordPress's own {@code export_wp()} writes it, so that WordPress's importer and
 * ModDesk's reader both take it back: one item per post with its comments, text in CDATA ({@code ]]>} split
 * the WordPress way), the author URL raw and XML-escaped, author names entity-encoded as WordPress stores them.
 * One file holds one site.
 */
final class WxrExportWriter implements ExportWriter {
    private static final DateTimeFormatter RFC_822 = DateTimeFormatter.ofPattern("EEE, dd MMM uuuu HH:mm:ss '+0000'",
            Locale.ROOT).withZone(ZoneOffset.UTC);

    private final Writer w;
    private final String generator;
    private String site;
    private long openPost = -1;

    WxrExportWriter(OutputStream out, String generator) {
        this.w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        this.generator = generator;
    }

    @Override
    public void write(ExportRow r) throws IOException {
        if (r.notOnSite()) {
            return; // a reply not yet on the site has no id a WXR importer could keep; sync pushes it
        }
        if (site == null) {
            site = r.site();
            header(site);
        } else if (!site.equals(r.site())) {
            throw new IllegalArgumentException("a WXR file holds one site, and this export spans " + site + " and "
                    + r.site() + "; export one site at a time");
        }
        Comment c = r.comment();
        if (c.postId() != openPost) {
            closeItem();
            openItem(r);
        }
        w.write("\t\t<wp:comment>\n");
        element("wp:comment_id", Long.toString(c.remoteId()));
        cdata("wp:comment_author", encodeName(c.author()));
        cdata("wp:comment_author_email", c.email());
        element("wp:comment_author_url", escape(c.url()));
        cdata("wp:comment_author_IP", c.ip());
        cdata("wp:comment_date", WpDates.wxr(c.dateGmt()));
        cdata("wp:comment_date_gmt", WpDates.wxr(c.dateGmt()));
        cdata("wp:comment_content", c.content());
        cdata("wp:comment_approved", approved(r.status()));
        cdata("wp:comment_type", c.type().word());
        element("wp:comment_parent", Long.toString(c.parentId()));
        element("wp:comment_user_id", Long.toString(c.userId()));
        w.write("\t\t</wp:comment>\n");
    }

    @Override
    public void finish() throws IOException {
        if (site == null) {
            header("");
        }
        closeItem();
        w.write("</channel>\n</rss>\n");
        w.flush();
    }

    private void header(String base) throws IOException {
        w.write("<?xml version=\"1.0\" encoding=\"UTF-8\" ?>\n");
        w.write("<!-- generator=\"" + escape(generator) + "\" -->\n");
        w.write("<rss version=\"2.0\"\n\txmlns:excerpt=\"http://wordpress.org/export/1.2/excerpt/\"\n"
                + "\txmlns:content=\"http://purl.org/rss/1.0/modules/content/\"\n"
                + "\txmlns:wfw=\"http://wellformedweb.org/CommentAPI/\"\n"
                + "\txmlns:dc=\"http://purl.org/dc/elements/1.1/\"\n"
                + "\txmlns:wp=\"http://wordpress.org/export/1.2/\"\n>\n\n<channel>\n");
        w.write("\t<title>" + escape(base) + "</title>\n\t<link>" + escape(base) + "</link>\n");
        w.write("\t<description>Comments exported by ModDesk</description>\n");
        w.write("\t<pubDate>" + RFC_822.format(Instant.now()) + "</pubDate>\n\t<language>en-US</language>\n");
        w.write("\t<wp:wxr_version>1.2</wp:wxr_version>\n");
        w.write("\t<wp:base_site_url>" + escape(base) + "</wp:base_site_url>\n");
        w.write("\t<wp:base_blog_url>" + escape(base) + "</wp:base_blog_url>\n\n");
        w.write("\t<generator>" + escape(generator) + "</generator>\n\n");
    }

    private void openItem(ExportRow r) throws IOException {
        Comment c = r.comment();
        String date = WpDates.wxr(c.dateGmt());
        w.write("\t<item>\n");
        w.write("\t\t<title><![CDATA[" + cdataSafe(r.postTitle()) + "]]></title>\n");
        w.write("\t\t<link>" + escape(r.postLink()) + "</link>\n");
        w.write("\t\t<pubDate>" + RFC_822.format(Instant.ofEpochSecond(c.dateGmt())) + "</pubDate>\n");
        w.write("\t\t<dc:creator><![CDATA[]]></dc:creator>\n");
        w.write("\t\t<guid isPermaLink=\"false\">" + escape(r.postLink()) + "</guid>\n");
        w.write("\t\t<description></description>\n");
        w.write("\t\t<content:encoded><![CDATA[]]></content:encoded>\n");
        w.write("\t\t<excerpt:encoded><![CDATA[]]></excerpt:encoded>\n");
        element("wp:post_id", Long.toString(c.postId()));
        cdata("wp:post_date", date);
        cdata("wp:post_date_gmt", date);
        cdata("wp:comment_status", r.commentStatus());
        cdata("wp:ping_status", "open");
        cdata("wp:post_name", "");
        cdata("wp:status", r.postStatus());
        element("wp:post_parent", "0");
        element("wp:menu_order", "0");
        cdata("wp:post_type", r.postType());
        cdata("wp:post_password", "");
        element("wp:is_sticky", "0");
        openPost = c.postId();
    }

    private void closeItem() throws IOException {
        if (openPost >= 0) {
            w.write("\t</item>\n");
            openPost = -1;
        }
    }

    private static String approved(Status s) {
        switch (s) {
            case APPROVED: return "1";
            case PENDING: return "0";
            default: return s.word();
        }
    }

    private void element(String name, String escapedText) throws IOException {
        w.write("\t\t<" + name + ">" + escapedText + "</" + name + ">\n");
    }

    private void cdata(String name, String text) throws IOException {
        w.write("\t\t<" + name + "><![CDATA[");
        w.write(cdataSafe(text));
        w.write("]]></" + name + ">\n");
    }

    /** Splits {@code ]]>} as WordPress does and drops characters XML 1.0 cannot hold. */
    static String cdataSafe(String text) {
        return xmlChars(text == null ? "" : text).replace("]]>", "]]]]><![CDATA[>");
    }

    static String escape(String text) {
        return xmlChars(text == null ? "" : text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                .replace("\"", "&quot;");
    }

    /** WordPress stores author names entity-encoded ({@code Tom &amp; Jerry}); write them that way. */
    private static String encodeName(String name) {
        return name.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static String xmlChars(String s) {
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch < 0x20 && ch != '\t' && ch != '\n' && ch != '\r' || ch == 0xFFFE || ch == 0xFFFF) {
                StringBuilder sb = new StringBuilder(s.length());
                s.chars().filter(x -> !(x < 0x20 && x != '\t' && x != '\n' && x != '\r' || x == 0xFFFE || x == 0xFFFF))
                        .forEach(x -> sb.append((char) x));
                return sb.toString();
            }
        }
        return s;
    }
}
