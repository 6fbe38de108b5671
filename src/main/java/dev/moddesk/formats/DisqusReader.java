package dev.moddesk.formats;

import dev.moddesk.core.Comment;
import dev.moddesk.core.CommentType;
import dev.moddesk.core.Post;
import dev.moddesk.core.SiteUrl;
import dev.moddesk.core.Status;
import java.io.InputStream;
import java.time.DateTimeException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Streams a Disqus XML export ({@code <disqus xmlns="http://disqus.com"
 * xmlns:dsq="http://disqus.com/disqus-internals">} with {@code <category>}, {@code <thread>} and
 * {@code <post>} children) into a sink. Memory stays flat: one record's fields at a time, plus the set of
 * thread ids (threads are few next to posts).
 *
 * <p>Mapping:
 * <ul>
 *   <li><b>Site</b>: base URL {@code https://disqus.com/home/forum/FORUM} (through {@link SiteUrl#normalise}),
 *       name FORUM, where FORUM is the lower-cased {@code <forum>} of the first thread. Should a post have to be
 *       written before any thread, the forum of that post or of a category is used; a file that names no forum
 *       lands on {@link SiteUrl#UNKNOWN}.</li>
 *   <li><b>Thread → Post</b>: remote id = the numeric {@code dsq:id} attribute (the {@code <id>} element is the
 *       site's own identifier, often empty or a URL, and is not used), title and link as given, type
 *       {@code post}, status {@code trash} when {@code isDeleted} is true else {@code publish}, comment status
 *       {@code closed} when {@code isClosed} is true else {@code open}. A thread whose {@code dsq:id} was seen
 *       already is not written again.</li>
 *   <li><b>Post → Comment</b>: remote id = numeric {@code dsq:id} of the post; post id = {@code dsq:id} of its
 *       {@code <thread>}; parent id = {@code dsq:id} of its {@code <parent>} or 0. Status: {@code isSpam} true →
 *       spam, else {@code isDeleted} true → trash, else {@code isApproved} false → pending, else approved
 *       (a missing flag counts as false, a missing {@code isApproved} as true). Author = {@code author/name}
 *       through {@link FieldNormaliser#author} (the {@code username} when the name is empty), email =
 *       {@code author/email}, URL empty (Disqus exports have none), IP = {@code ipAddress}, agent unknown
 *       (null), user id 0, type comment, date = {@code createdAt} read as UTC, content = {@code message} with
 *       the white space around its CDATA section stripped.</li>
 *   <li>A post whose thread has not been seen (yet) is still written, with the thread's id as its post id; a
 *       warning at the end names threads that never came.</li>
 * </ul>
 *
 * <p>Errors: a DTD is refused; a non-numeric {@code dsq:id}, a post without a thread {@code dsq:id} or without a
 * valid {@code createdAt} stops the import with the record's line and column. A post without any {@code dsq:id}
 * (it could not be told apart from others) or with a status flag that is neither true nor false is skipped with
 * a warning, as are messages over {@link FieldNormaliser#MAX_CONTENT}.
 */
public final class DisqusReader {
    private static final String DSQ_INTERNALS = "http://disqus.com/disqus-internals";
    private static final String FORUM_URL = "https://disqus.com/home/forum/";
    private static final int MAX_MISSING_THREADS_LISTED = 10;

    private final String file;
    private XMLStreamReader r;
    private ImportSink sink;

    private String forum;
    private String fallbackForum;
    private boolean siteSent;
    private final Set<Long> threadsSeen = new HashSet<>();
    private final Set<Long> threadsMissing = new HashSet<>();

    public DisqusReader(String file) {
        this.file = file;
    }

    public void read(InputStream in, ImportSink sink) {
        this.sink = sink;
        SafeXml.read(file, in, reader -> {
            r = reader;
            readDocument();
        });
    }

    private void readDocument() throws XMLStreamException {
        boolean rootSeen = false;
        while (r.hasNext()) {
            int event = r.next();
            if (event == XMLStreamConstants.DTD) {
                throw SafeXml.refuseDtd(file, r);
            }
            if (event != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            if (!rootSeen) {
                if (!r.getLocalName().equals("disqus")) {
                    throw error("not a Disqus export: the root element is <" + r.getName().getLocalPart()
                            + ">, not <disqus>");
                }
                rootSeen = true;
                continue;
            }
            // every START_ELEMENT here is a child of the root: readRecord consumes the whole record
            String name = r.getLocalName();
            Record record = readRecord();
            switch (name) {
                case "category":
                    rememberFallbackForum(record.get("forum"));
                    break;
                case "thread":
                    emitThread(record);
                    break;
                case "post":
                    emitComment(record);
                    break;
                default:
                    break; // unknown records are ignored
            }
        }
        if (!rootSeen) {
            throw new ImportException(file, "not a Disqus export: no <disqus> element");
        }
        requireSite();
        threadsMissing.removeAll(threadsSeen);
        if (!threadsMissing.isEmpty()) {
            Set<Long> sorted = new TreeSet<>(threadsMissing);
            StringBuilder ids = new StringBuilder();
            int n = 0;
            for (Long id : sorted) {
                if (n++ == MAX_MISSING_THREADS_LISTED) {
                    ids.append(", …");
                    break;
                }
                ids.append(n == 1 ? "" : ", ").append(id);
            }
            sink.warning(file + ": " + threadsMissing.size() + " thread(s) referred to by comments are not in the "
                    + "file; their comments were imported without a post: " + ids);
        }
    }

    private void emitThread(Record t) {
        String idText = t.get("@id");
        String forumText = t.get("forum");
        if (forum == null && forumText != null && !forumText.isBlank()) {
            forum = forumText.strip().toLowerCase(Locale.ROOT);
        }
        if (idText == null || idText.isBlank()) {
            sink.warning(file + ":" + t.line + ": a thread without dsq:id skipped");
            return;
        }
        long id = parseId(idText, "thread dsq:id", t);
        if (!threadsSeen.add(id)) {
            return;
        }
        requireSite();
        if (forumText != null && !forumText.isBlank() && forum != null
                && !forumText.strip().equalsIgnoreCase(forum)) {
            sink.warning(file + ":" + t.line + ": thread " + id + " belongs to forum '" + forumText.strip()
                    + "', not '" + forum + "'; imported into '" + forum + "'");
        }
        Boolean deleted = bool(t.get("isDeleted"), false);
        Boolean closed = bool(t.get("isClosed"), false);
        sink.post(new Post(id, FieldNormaliser.plain(t.get("title")), FieldNormaliser.plain(t.get("link")), "post",
                Boolean.TRUE.equals(deleted) ? "trash" : "publish",
                Boolean.TRUE.equals(closed) ? "closed" : "open"));
    }

    private void emitComment(Record p) {
        rememberFallbackForum(p.get("forum"));
        String idText = p.get("@id");
        if (idText == null || idText.isBlank()) {
            sink.warning(file + ":" + p.line + ": a post without dsq:id skipped (it cannot be identified)");
            return;
        }
        long id = parseId(idText, "post dsq:id", p);
        String threadText = p.get("thread@id");
        if (threadText == null || threadText.isBlank()) {
            throw new ImportException(file, p.line, p.column, "post " + id + " has no <thread dsq:id=\"…\">", null);
        }
        long threadId = parseId(threadText, "thread dsq:id", p);
        long parentId = parseId(p.get("parent@id"), "parent dsq:id", p);

        Boolean spam = bool(p.get("isSpam"), false);
        Boolean deleted = bool(p.get("isDeleted"), false);
        Boolean approved = bool(p.get("isApproved"), true);
        if (spam == null || deleted == null || approved == null) {
            String which = spam == null ? "isSpam" : deleted == null ? "isDeleted" : "isApproved";
            sink.warning(file + ":" + p.line + ": post " + id + " skipped: " + which + " is '"
                    + Quoted.clip(p.get(which).strip()) + "', neither true nor false");
            return;
        }
        Status status = spam ? Status.SPAM : deleted ? Status.TRASH : !approved ? Status.PENDING : Status.APPROVED;

        String message = p.get("message");
        message = message == null ? "" : message.strip();
        if (message.length() > FieldNormaliser.MAX_CONTENT) {
            sink.warning(file + ":" + p.line + ": post " + id + " skipped: its message is " + message.length()
                    + " characters, over the limit of " + FieldNormaliser.MAX_CONTENT);
            return;
        }
        long date;
        try {
            date = WpDates.parse("createdAt", p.get("createdAt"))
                    .orElseThrow(() -> new DateTimeException("no createdAt"));
        } catch (DateTimeException e) {
            throw new ImportException(file, p.line, p.column, "post " + id + ": " + e.getMessage(), null);
        }

        String name = p.get("author/name");
        if (name == null || name.isBlank()) {
            name = p.get("author/username");
        }
        if (!threadsSeen.contains(threadId)) {
            threadsMissing.add(threadId);
        }
        requireSite();
        sink.comment(new Comment(id, threadId, parentId, FieldNormaliser.author(name == null ? "" : name.strip()),
                FieldNormaliser.plain(p.get("author/email")), "", FieldNormaliser.plain(p.get("ipAddress")), null, 0,
                date, CommentType.COMMENT, FieldNormaliser.content(message), status));
    }

    private void rememberFallbackForum(String text) {
        if (fallbackForum == null && text != null && !text.isBlank()) {
            fallbackForum = text.strip().toLowerCase(Locale.ROOT);
        }
    }

    private void requireSite() {
        if (siteSent) {
            return;
        }
        if (forum == null) {
            forum = fallbackForum;
        }
        if (forum == null) {
            sink.site(SiteUrl.UNKNOWN, "");
        } else {
            sink.site(SiteUrl.normalise(FORUM_URL + forum), forum);
        }
        siteSent = true;
    }

    /** true / false (also 1 / 0, any case); {@code absent} when missing or empty; null when neither. */
    private static Boolean bool(String text, boolean absent) {
        if (text == null || text.isBlank()) {
            return absent;
        }
        switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "true": case "1":
                return Boolean.TRUE;
            case "false": case "0":
                return Boolean.FALSE;
            default:
                return null;
        }
    }

    private long parseId(String text, String what, Record at) {
        return Quoted.id(file, text, what, at.line, at.column);
    }

    /**
     * Reads the record whose start tag the reader is on, up to and including its end tag. Keys: {@code @id}
     * for the record's own {@code dsq:id}; a leaf's path below the record ({@code message},
     * {@code author/name}) for its text; that path plus {@code @id} ({@code thread@id}) for a child's id.
     */
    private Record readRecord() throws XMLStreamException {
        Record rec = new Record(r.getLocation().getLineNumber(), r.getLocation().getColumnNumber());
        String ownId = idAttribute();
        if (ownId != null) {
            rec.fields.put("@id", ownId);
        }
        Deque<String> path = new ArrayDeque<>();
        Deque<Boolean> hasChild = new ArrayDeque<>();
        StringBuilder text = new StringBuilder();
        while (true) {
            int event = r.next();
            switch (event) {
                case XMLStreamConstants.START_ELEMENT: {
                    if (!hasChild.isEmpty()) {
                        hasChild.pop();
                        hasChild.push(Boolean.TRUE);
                    }
                    String key = path.isEmpty() ? r.getLocalName() : path.peek() + "/" + r.getLocalName();
                    path.push(key);
                    hasChild.push(Boolean.FALSE);
                    String id = idAttribute();
                    if (id != null) {
                        rec.fields.putIfAbsent(key + "@id", id);
                    }
                    text.setLength(0);
                    break;
                }
                case XMLStreamConstants.CHARACTERS:
                case XMLStreamConstants.CDATA:
                case XMLStreamConstants.SPACE:
                    if (!path.isEmpty()) {
                        text.append(r.getTextCharacters(), r.getTextStart(), r.getTextLength());
                    }
                    break;
                case XMLStreamConstants.ENTITY_REFERENCE:
                    throw error("entity references are refused: &" + r.getLocalName() + ";");
                case XMLStreamConstants.END_ELEMENT:
                    if (path.isEmpty()) {
                        return rec; // the record's own end tag
                    }
                    String key = path.pop();
                    if (!hasChild.pop()) {
                        rec.fields.putIfAbsent(key, text.toString());
                    }
                    text.setLength(0);
                    break;
                default:
                    break; // comments and processing instructions carry no text
            }
        }
    }

    /** The element's {@code dsq:id}; any attribute named {@code id} when the internals namespace is not used. */
    private String idAttribute() {
        String any = null;
        for (int i = 0; i < r.getAttributeCount(); i++) {
            if (r.getAttributeLocalName(i).equals("id")) {
                if (DSQ_INTERNALS.equals(r.getAttributeNamespace(i))) {
                    return r.getAttributeValue(i);
                }
                any = r.getAttributeValue(i);
            }
        }
        return any;
    }

    private ImportException error(String message) {
        return new ImportException(file, r.getLocation().getLineNumber(), r.getLocation().getColumnNumber(), message, null);
    }

    private static final class Record {
        final int line;
        final int column;
        final Map<String, String> fields = new HashMap<>();

        Record(int line, int column) {
            this.line = line;
            this.column = column;
        }

        String get(String key) {
            return fields.get(key);
        }
    }
}
