package dev.moddesk.formats;

import dev.moddesk.core.Comment;
import dev.moddesk.core.CommentMeta;
import dev.moddesk.core.CommentType;
import dev.moddesk.core.Post;
import dev.moddesk.core.SiteUrl;
import dev.moddesk.core.Status;
import java.io.InputStream;
import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Streams a WordPress eXtended RSS export (WXR 1.0, 1.1 or 1.2) into a sink: the site from the channel,
 * each item as a post, each {@code wp:comment} as a comment. Memory stays flat: one item's fields at a time.
 *
 * <p>WordPress fields are those in the namespace the document binds to the {@code wp} prefix, whatever it is, as
 * WordPress's importer takes them (WordPress.com writes {@code https://wordpress.org/export/1.2/}), or in any
 * WXR 1.0 to 1.2 namespace under another prefix. A WXR version above 1.2, in that namespace or in
 * {@code wp:wxr_version}, is refused: its fields may mean something else.
 *
 * <p>A comment's {@code wp:commentmeta} rows (Akismet's and Antispam Bee's verdicts, trash bookkeeping) follow it to
 * the sink, in file order; a row without a key is dropped.
 */
public final class WxrReader {
    /** {@code http(s)://wordpress.org/export/X.Y/}, the trailing slash optional; group 1 is the version. */
    private static final Pattern WXR_NAMESPACE = Pattern.compile("https?://wordpress\\.org/export/(\\d+\\.\\d+)/?");
    private static final Set<String> VERSIONS = Set.of("1.0", "1.1", "1.2");

    private final String file;
    private XMLStreamReader r;
    private ImportSink sink;

    private String baseBlogUrl;
    private String baseSiteUrl;
    private String channelTitle = "";
    private String channelLink;
    private boolean wxrSeen;
    private boolean siteSent;
    private String wpNamespace = "";
    private final UnknownGmtDates unknownGmt = new UnknownGmtDates();

    public WxrReader(String file) {
        this.file = file;
    }

    public void read(InputStream in, ImportSink sink) {
        this.sink = sink;
        SafeXml.read(file, in, reader -> {
            r = reader;
            readDocument();
            unknownGmt.warning().ifPresent(sink::warning);
        });
    }

    private void readDocument() throws XMLStreamException {
        int depth = 0;
        ItemState item = null;
        Map<String, String> comment = null;
        List<CommentMeta> meta = new ArrayList<>();
        String[] metaRow = null; // key and value of the wp:commentmeta being read
        while (r.hasNext()) {
            int event = r.next();
            if (event == XMLStreamConstants.DTD) {
                throw SafeXml.refuseDtd(file, r);
            }
            if (event == XMLStreamConstants.END_ELEMENT) {
                if (depth == 4 && comment != null) {
                    emitComment(item, comment, meta);
                    comment = null;
                    meta = new ArrayList<>();
                } else if (depth == 5 && metaRow != null) {
                    if (metaRow[0] != null && !metaRow[0].isEmpty()) {
                        meta.add(new CommentMeta(metaRow[0], metaRow[1] == null ? "" : metaRow[1]));
                    }
                    metaRow = null;
                } else if (depth == 3 && item != null) {
                    emitPost(item);
                    item = null;
                }
                depth--;
                continue;
            }
            if (event != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            depth++;
            String name = r.getLocalName();
            boolean wp = isWp(r.getNamespaceURI());
            boolean plain = r.getNamespaceURI() == null || r.getNamespaceURI().isEmpty();
            if (depth == 1) {
                if (!plain || !name.equals("rss")) {
                    throw error("not a WordPress export: the root element is <" + r.getName() + ">, not <rss>");
                }
                readWpNamespace();
            } else if (depth == 3 && item == null) {
                if (plain && name.equals("item")) {
                    requireWxr();
                    item = new ItemState();
                } else if (wp && name.equals("wxr_version")) {
                    wxrSeen = true;
                    requireVersion(text().strip());
                    depth--;
                } else if (wp && name.equals("base_blog_url")) {
                    wxrSeen = true;
                    baseBlogUrl = text();
                    depth--;
                } else if (wp && name.equals("base_site_url")) {
                    wxrSeen = true;
                    baseSiteUrl = text();
                    depth--;
                } else if (plain && name.equals("title")) {
                    channelTitle = text();
                    depth--;
                } else if (plain && name.equals("link")) {
                    channelLink = text();
                    depth--;
                }
            } else if (depth == 4 && item != null && comment == null) {
                if (wp && name.equals("comment")) {
                    emitPost(item);
                    comment = new HashMap<>();
                    comment.put("@line", Integer.toString(r.getLocation().getLineNumber()));
                    comment.put("@column", Integer.toString(r.getLocation().getColumnNumber()));
                } else if (isItemField(name, wp, plain)) {
                    item.fields.put(name, text());
                    depth--;
                }
            } else if (depth == 5 && comment != null && wp && name.startsWith("comment_")) {
                comment.put(name, text());
                depth--;
            } else if (depth == 5 && comment != null && wp && name.equals("commentmeta")) {
                metaRow = new String[2];
            } else if (depth == 6 && metaRow != null && wp && (name.equals("meta_key") || name.equals("meta_value"))) {
                metaRow[name.equals("meta_key") ? 0 : 1] = text();
                depth--;
            }
        }
        requireWxr();
    }

    /** Takes the namespace bound to {@code wp} on the root, refusing a WXR version ModDesk does not know. */
    private void readWpNamespace() {
        String bound = r.getNamespaceContext().getNamespaceURI("wp");
        wpNamespace = bound == null ? "" : bound;
        Matcher m = WXR_NAMESPACE.matcher(wpNamespace);
        if (m.matches()) {
            requireVersion(m.group(1));
        }
    }

    private void requireVersion(String version) {
        if (!VERSIONS.contains(version)) {
            throw error("unsupported WXR version " + Quoted.clip(version) + ": ModDesk reads WXR 1.0 to 1.2");
        }
    }

    private void requireWxr() {
        if (!wxrSeen) {
            throw error("not a WordPress export: no wp:wxr_version or wp:base_blog_url in the channel");
        }
        if (!siteSent) {
            String base = baseBlogUrl != null ? baseBlogUrl : baseSiteUrl != null ? baseSiteUrl : channelLink;
            sink.site(SiteUrl.normalise(base), channelTitle);
            siteSent = true;
        }
    }

    private static boolean isItemField(String name, boolean wp, boolean plain) {
        if (plain) {
            return name.equals("title") || name.equals("link");
        }
        return wp && (name.equals("post_id") || name.equals("post_type") || name.equals("status")
                || name.equals("comment_status"));
    }

    private void emitPost(ItemState item) {
        if (item.sent) {
            return;
        }
        item.sent = true;
        String id = item.fields.get("post_id");
        if (id == null || id.isBlank()) {
            return; // an item without an id (no comments either) is not a post we can refer to
        }
        long postId = parseId(id, "wp:post_id");
        sink.post(new Post(postId, FieldNormaliser.title(item.fields.get("title")), item.fields.getOrDefault("link", ""),
                item.fields.getOrDefault("post_type", "post"), item.fields.getOrDefault("status", ""),
                item.fields.getOrDefault("comment_status", "")));
        item.postId = postId;
    }

    private void emitComment(ItemState item, Map<String, String> f, List<CommentMeta> meta) {
        int line = Integer.parseInt(f.get("@line"));
        int column = Integer.parseInt(f.get("@column"));
        String type = f.getOrDefault("comment_type", "");
        if (type.strip().equalsIgnoreCase("note")) {
            return; // WordPress 6.9 notes are editorial notes, not comments
        }
        if (item.postId == null) {
            throw new ImportException(file, line, column, "a comment in an item without wp:post_id", null);
        }
        String idText = f.get("comment_id");
        if (idText == null || idText.isBlank()) {
            throw new ImportException(file, line, column, "a comment without wp:comment_id", null);
        }
        long id = parseId(idText, "wp:comment_id", line, column);
        String approved = f.getOrDefault("comment_approved", "");
        Optional<Status> status = Status.fromSite(approved);
        if (status.isEmpty()) {
            sink.warning(file + ":" + line + ": comment " + id + " skipped: unknown comment_approved '" + approved + "'");
            return;
        }
        String content = f.getOrDefault("comment_content", "");
        if (content.length() > FieldNormaliser.MAX_CONTENT) {
            sink.warning(file + ":" + line + ": comment " + id + " skipped: its content is "
                    + content.length() + " characters, over the limit of " + FieldNormaliser.MAX_CONTENT);
            return;
        }
        long date;
        try {
            date = WpDates.commentDate("comment_date_gmt", f.get("comment_date_gmt"), "comment_date",
                    f.get("comment_date"), () -> unknownGmt.add(file + ":" + line + ": comment " + id));
        } catch (DateTimeException e) {
            throw new ImportException(file, line, column, "comment " + id + ": " + e.getMessage(), null);
        }
        sink.comment(new Comment(id, item.postId,
                parseId(f.getOrDefault("comment_parent", "0"), "wp:comment_parent", line, column),
                FieldNormaliser.author(f.get("comment_author")),
                FieldNormaliser.plain(f.get("comment_author_email")),
                FieldNormaliser.url(f.get("comment_author_url")),
                FieldNormaliser.plain(f.get("comment_author_IP")),
                null,
                parseId(f.getOrDefault("comment_user_id", "0"), "wp:comment_user_id", line, column),
                date, CommentType.fromSite(type), FieldNormaliser.content(content), status.get()));
        sink.commentMeta(List.copyOf(meta));
    }

    private long parseId(String text, String what) {
        return parseId(text, what, r.getLocation().getLineNumber(), r.getLocation().getColumnNumber());
    }

    private long parseId(String text, String what, int line, int column) {
        return Quoted.id(file, text, what, line, column);
    }

    /** The text of a leaf element (CDATA and text joined); leaves the reader on its end tag. */
    private String text() throws XMLStreamException {
        StringBuilder sb = new StringBuilder();
        while (true) {
            int event = r.next();
            switch (event) {
                case XMLStreamConstants.CHARACTERS:
                case XMLStreamConstants.CDATA:
                case XMLStreamConstants.SPACE:
                    sb.append(r.getTextCharacters(), r.getTextStart(), r.getTextLength());
                    break;
                case XMLStreamConstants.ENTITY_REFERENCE:
                    throw error("entity references are refused: &" + r.getLocalName() + ";");
                case XMLStreamConstants.END_ELEMENT:
                    return sb.toString();
                case XMLStreamConstants.START_ELEMENT:
                    throw error("unexpected element <" + r.getName().getLocalPart() + "> inside a text field");
                default:
                    break; // comments and processing instructions carry no text
            }
        }
    }

    private ImportException error(String message) {
        return new ImportException(file, r.getLocation().getLineNumber(), r.getLocation().getColumnNumber(), message, null);
    }

    private boolean isWp(String namespace) {
        if (namespace == null || namespace.isEmpty()) {
            return false;
        }
        if (namespace.equals(wpNamespace)) {
            return true;
        }
        Matcher m = WXR_NAMESPACE.matcher(namespace);
        return m.matches() && VERSIONS.contains(m.group(1));
    }

    private static final class ItemState {
        final Map<String, String> fields = new HashMap<>();
        Long postId;
        boolean sent;
    }
}
