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
        if (r.decidedBy() == null || command(r.status()) == null) {
            return; // not decided here, or nothing wp-cli can set (post-trashed)
        }
        if (!r.site().equals(site)) {
            flushAll();
            site = r.site();
            w.write("\n# site: " + site.replace('\n', ' ') + "\n");
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
