package dev.moddesk.formats;

import dev.moddesk.core.ExportRow;
import dev.moddesk.core.Status;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A shell script of {@code wp comment approve|unapprove|spam|trash|delete ID...} lines that applies the
 * moderators' decisions to a site without REST access. Only decided comments are named, each once; ids
 * are grouped per command, {@value #IDS_PER_LINE} to a line. Permanent deletions use {@code --force}.
 * Edits not yet on the site are {@code wp comment update ID --comment_content=…} lines and replies not yet on the
 * site {@code wp comment create …} lines, written as they come, before the decisions (as a push sends them);
 * a decision on a reply not yet on the site has no id to name and is left to the reply's own line.
 */
final class WpCliExportWriter implements ExportWriter {
    static final int IDS_PER_LINE = 100;

    private final Writer w;
    private final Map<Status, List<Long>> pending = new EnumMap<>(Status.class);
    private String site;

    WpCliExportWriter(OutputStream out, String generator) throws IOException {
        w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        w.write("#!/bin/sh\n# Moderation decisions exported by " + generator + ".\n"
                + "# Run it where wp-cli can reach the site, e.g.: sh decisions.sh --path=/var/www/site\n"
                + "set -e\n");
    }

    @Override
    public void write(ExportRow r) throws IOException {
        boolean text = r.edited() || r.notOnSite();
        boolean decided = r.decidedBy() != null && command(r.status()) != null && !r.notOnSite();
        if (!text && !decided) {
            return; // not changed here, or nothing wp-cli can set (post-trashed)
        }
        if (!r.site().equals(site)) {
            flushAll();
            site = r.site();
            w.write("\n# site: " + site.replace('\n', ' ') + "\n");
        }
        if (text) {
            w.write(textLine(r));
        }
        if (!decided) {
            return;
        }
        List<Long> ids = pending.computeIfAbsent(r.status(), s -> new ArrayList<>());
        ids.add(r.comment().remoteId());
        if (ids.size() >= IDS_PER_LINE) {
            flush(r.status(), ids);
        }
    }

    @Override
    public void finish() throws IOException {
        flushAll();
        w.flush();
    }

    private void flushAll() throws IOException {
        for (Map.Entry<Status, List<Long>> e : pending.entrySet()) {
            flush(e.getKey(), e.getValue());
        }
    }

    private void flush(Status status, List<Long> ids) throws IOException {
        if (ids.isEmpty()) {
            return;
        }
        StringBuilder line = new StringBuilder("wp comment ").append(command(status));
        for (long id : ids) {
            line.append(' ').append(id);
        }
        if (status == Status.DELETED) {
            line.append(" --force");
        }
        w.write(line.append(" \"$@\"\n").toString());
        ids.clear();
    }

    /** The update of an edited comment, or the creation of a reply written here. */
    private static String textLine(ExportRow r) {
        var c = r.comment();
        if (r.notOnSite()) {
            if (c.parentId() < 0) {
                return "# a reply to a reply not yet on the site (local " + c.remoteId() + ") is left out\n";
            }
            return "wp comment create --comment_post_ID=" + c.postId() + " --comment_parent=" + c.parentId()
                    + " --comment_approved=1 --comment_author=" + quoted(c.author()) + " --comment_content="
                    + quoted(c.content()) + " \"$@\"\n";
        }
        return "wp comment update " + c.remoteId() + " --comment_content=" + quoted(c.content()) + " --comment_author="
                + quoted(c.author()) + " --comment_author_email=" + quoted(c.email()) + " --comment_author_url="
                + quoted(c.url()) + " \"$@\"\n";
    }

    /** A shell word that is exactly {@code s}: single quotes, each quote in it closed, escaped and reopened. */
    static String quoted(String s) {
        return "'" + s.replace("'", "'\\''") + "'";
    }

    private static String command(Status s) {
        switch (s) {
            case APPROVED: return "approve";
            case PENDING: return "unapprove";
            case SPAM: return "spam";
            case TRASH: return "trash";
            case DELETED: return "delete";
            default: return null;
        }
    }
}
