package dev.moddesk.site;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

/**
 * A small in-process stand-in for WordPress's {@code /wp-json/wp/v2} comments API (com.sun.net.httpserver on
 * 127.0.0.1), with the quirks that matter: {@code approve} as the list filter, {@code X-WP-Total(Pages)}, a wrong
 * password treated as anonymous (only users/me says 401), 500 {@code rest_comment_failed_edit} when the status is
 * already the one asked for, {@code DELETE ?force=true}. Faults can be queued for requests matching a predicate.
 */
public final class FakeWordPress implements AutoCloseable {
    public static final String USER = "admin";
    public static final String PASSWORD = "abcd EFGH 1234 ijkl MNOP 5678";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private final Map<Long, ObjectNode> comments = Collections.synchronizedMap(new TreeMap<>());
    private final Map<Long, ObjectNode> posts = Collections.synchronizedMap(new TreeMap<>());
    private final ConcurrentLinkedDeque<Fault> faults = new ConcurrentLinkedDeque<>();
    public final List<String> requests = Collections.synchronizedList(new ArrayList<>());
    public final AtomicInteger writes = new AtomicInteger();

    /** A canned answer for the next request that matches ({@code times} of them). */
    public record Fault(Predicate<String> matches, int status, String body, Map<String, String> headers, int[] times) { }

    public FakeWordPress() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.setExecutor(Executors.newFixedThreadPool(8));
        server.start();
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Adds a comment (id, post, status as REST says it: approved, hold, spam, trash, post-trashed). */
    public FakeWordPress comment(long id, long post, String status) {
        return comment(id, post, status, "comment");
    }

    public FakeWordPress comment(long id, long post, String status, String type) {
        ObjectNode c = JSON.createObjectNode();
        c.put("id", id);
        c.put("post", post);
        c.put("parent", 0);
        c.put("author", 0);
        c.put("author_name", "Author " + id);
        c.put("author_email", "a" + id + "@example.com");
        c.put("author_url", "");
        c.put("author_ip", "192.0.2.1");
        c.put("author_user_agent", "UA");
        c.put("date", "2025-01-01T10:00:00");
        c.put("date_gmt", "2025-01-01T09:00:00");
        c.putObject("content").put("raw", "Comment " + id).put("rendered", "<p>Comment " + id + "</p>");
        c.put("status", status);
        c.put("type", type);
        c.putObject("_links").putArray("self").addObject().put("href", url() + "/wp-json/wp/v2/comments/" + id);
        comments.put(id, c);
        return this;
    }

    /** Changes a comment's object as the site sends it (e.g. into a shape no WordPress sends). */
    public FakeWordPress tweak(long id, java.util.function.Consumer<ObjectNode> change) {
        change.accept(comments.get(id));
        return this;
    }

    /** Adds a post or page ({@code type}) whose title WordPress stores as {@code rawTitle} (entity-encoded). */
    public FakeWordPress post(long id, String type, String rawTitle, String status, String commentStatus) {
        ObjectNode p = JSON.createObjectNode();
        p.put("id", id);
        p.put("type", type);
        p.putObject("title").put("raw", rawTitle).put("rendered", rawTitle);
        p.put("link", url() + "/?p=" + id);
        p.put("status", status);
        p.put("comment_status", commentStatus);
        posts.put(id, p);
        return this;
    }

    /** The comment object as {@code GET /comments/{id}?context=edit} sends it. */
    public String json(long id) {
        return comments.get(id).toString();
    }

    public String status(long id) {
        ObjectNode c = comments.get(id);
        return c == null ? null : c.path("status").asText();
    }

    public void setStatus(long id, String status) {
        comments.get(id).put("status", status);
    }

    public void remove(long id) {
        comments.remove(id);
    }

    /** The next {@code times} requests whose "METHOD path?query" matches get this answer instead. */
    public void fault(Predicate<String> matches, int times, int status, String body, Map<String, String> headers) {
        faults.add(new Fault(matches, status, body, headers, new int[] {times}));
    }

    public void fault(String contains, int times, int status, String body) {
        fault(r -> r.contains(contains), times, status, body, Map.of());
    }

    public void faultsClear() {
        faults.clear();
    }

    public long count(String prefix) {
        synchronized (requests) {
            return requests.stream().filter(r -> r.startsWith(prefix)).count();
        }
    }

    private void handle(HttpExchange ex) throws IOException {
        try (ex) {
            String path = ex.getRequestURI().getRawPath();
            String query = ex.getRequestURI().getRawQuery() == null ? "" : ex.getRequestURI().getRawQuery();
            String line = ex.getRequestMethod() + " " + path + (query.isEmpty() ? "" : "?" + query);
            requests.add(line);
            byte[] body = ex.getRequestBody().readAllBytes();
            for (Fault f : faults) {
                if (f.matches().test(line)) {
                    synchronized (f) {
                        if (f.times()[0] > 0) {
                            if (--f.times()[0] == 0) {
                                faults.remove(f);
                            }
                            f.headers().forEach((k, v) -> ex.getResponseHeaders().add(k, v));
                            send(ex, f.status(), f.body());
                            return;
                        }
                    }
                }
            }
            boolean authed = ("Basic " + Base64.getEncoder().encodeToString((USER + ":" + PASSWORD)
                    .getBytes(StandardCharsets.UTF_8))).equals(ex.getRequestHeaders().getFirst("Authorization"));
            Map<String, String> q = query(query);
            if (!path.startsWith("/wp-json/wp/v2/")) {
                send(ex, 404, "<html>not found</html>");
                return;
            }
            String route = path.substring("/wp-json/wp/v2/".length());
            if (route.equals("users/me")) {
                if (!authed) {
                    send(ex, 401, error("rest_not_logged_in", "You are not currently logged in."));
                } else {
                    send(ex, 200, "{\"id\":1,\"name\":\"Site Admin\",\"capabilities\":{\"moderate_comments\":true}}");
                }
                return;
            }
            if (route.equals("posts") || route.equals("pages")) {
                posts(ex, route.equals("posts") ? "post" : "page", q);
                return;
            }
            if (route.equals("comments") && ex.getRequestMethod().equals("GET")) {
                list(ex, q, authed);
                return;
            }
            if (route.equals("comments") && ex.getRequestMethod().equals("POST")) {
                create(ex, body, authed);
                return;
            }
            if (route.startsWith("comments/")) {
                long id = Long.parseLong(route.substring("comments/".length()));
                one(ex, id, q, body, authed);
                return;
            }
            send(ex, 404, error("rest_no_route", "No route was found matching the URL and request method."));
        } catch (RuntimeException e) {
            e.printStackTrace();
            throw e;
        }
    }

    private void list(HttpExchange ex, Map<String, String> q, boolean authed) throws IOException {
        String filter = q.getOrDefault("status", "approve");
        if (!authed && !filter.equals("approve")) {
            send(ex, 401, error("rest_forbidden_param", "Query parameter not permitted: status"));
            return;
        }
        String want = filter.equals("approve") ? "approved" : filter; // "approved" as a filter matches nothing
        boolean any = filter.equals("any");
        if (filter.equals("approved")) {
            want = "no such status";
        }
        String type = q.getOrDefault("type", "comment");
        int perPage = Integer.parseInt(q.getOrDefault("per_page", "10"));
        int page = Integer.parseInt(q.getOrDefault("page", "1"));
        List<ObjectNode> all = new ArrayList<>();
        synchronized (comments) {
            for (ObjectNode c : comments.values()) {
                if ((any || c.path("status").asText().equals(want)) && c.path("type").asText().equals(type)
                        && matches(c, q, "post") && matches(c, q, "parent") && matches(c, q, "author")) {
                    all.add(c.deepCopy());
                }
            }
        }
        int pages = Math.max(1, (all.size() + perPage - 1) / perPage);
        ArrayNode out = JSON.createArrayNode();
        for (int i = (page - 1) * perPage; i < Math.min(all.size(), page * perPage); i++) {
            out.add(all.get(i));
        }
        ex.getResponseHeaders().add("X-WP-Total", Integer.toString(all.size()));
        ex.getResponseHeaders().add("X-WP-TotalPages", Integer.toString(pages));
        send(ex, 200, out.toString());
    }

    private static boolean matches(ObjectNode c, Map<String, String> q, String field) {
        return !q.containsKey(field) || c.path(field).asText().equals(q.get(field));
    }

    /**
     * {@code POST /comments} as the admin (user 1, "Site Admin"): approved at once; a comment with the same post,
     * parent, author and content as one the site has is refused with 409 {@code comment_duplicate}, as WordPress does.
     */
    private void create(HttpExchange ex, byte[] body, boolean authed) throws IOException {
        if (!authed) {
            send(ex, 401, error("rest_comment_login_required", "Sorry, you must be logged in to comment."));
            return;
        }
        JsonNode in = JSON.readTree(body);
        String content = in.path("content").asText();
        synchronized (comments) {
            for (ObjectNode c : comments.values()) {
                if (c.path("post").asLong() == in.path("post").asLong() && c.path("parent").asLong()
                        == in.path("parent").asLong() && c.path("author").asLong() == 1
                        && c.path("content").path("raw").asText().equals(content)) {
                    send(ex, 409, error("comment_duplicate", "Duplicate comment detected."));
                    return;
                }
            }
            writes.incrementAndGet();
            long id = comments.keySet().stream().mapToLong(Long::longValue).max().orElse(0) + 1;
            createdReplies.add(id);
            comment(id, in.path("post").asLong(), "approved");
            ObjectNode c = comments.get(id);
            c.put("parent", in.path("parent").asLong());
            c.put("author", 1);
            c.put("author_name", "Site Admin");
            c.put("author_email", "admin@example.test");
            c.put("author_ip", "127.0.0.1");
            c.putObject("content").put("raw", content).put("rendered", "<p>" + content + "</p>");
            send(ex, 201, c.toString());
        }
    }

    /** The ids of the comments {@code POST /comments} created, in order. */
    public final List<Long> createdReplies = Collections.synchronizedList(new ArrayList<>());

    /** Edits a comment's content as a moderator on the site would. */
    public void editContent(long id, String raw) {
        comments.get(id).putObject("content").put("raw", raw).put("rendered", "<p>" + raw + "</p>");
    }

    public String content(long id) {
        return comments.get(id).path("content").path("raw").asText();
    }

    /** The posts (or pages) whose ids {@code include} lists, as {@code context=edit} gives them. */
    private void posts(HttpExchange ex, String type, Map<String, String> q) throws IOException {
        ArrayNode out = JSON.createArrayNode();
        for (String id : q.getOrDefault("include", "").split(",")) {
            ObjectNode p = id.isEmpty() ? null : posts.get(Long.parseLong(id));
            if (p != null && p.path("type").asText().equals(type)) {
                out.add(p);
            }
        }
        send(ex, 200, out.toString());
    }

    private void one(HttpExchange ex, long id, Map<String, String> q, byte[] body, boolean authed) throws IOException {
        ObjectNode c = comments.get(id);
        String method = ex.getRequestMethod();
        if (!authed && !method.equals("GET")) {
            send(ex, 401, error("rest_cannot_edit", "Sorry, you are not allowed to edit this comment."));
            return;
        }
        if (c == null) {
            send(ex, 404, error("rest_comment_invalid_id", "Invalid comment ID."));
            return;
        }
        if (method.equals("GET")) {
            send(ex, 200, c.toString());
            return;
        }
        writes.incrementAndGet();
        if (method.equals("DELETE")) {
            if ("true".equals(q.get("force"))) {
                comments.remove(id);
                ObjectNode r = JSON.createObjectNode();
                r.put("deleted", true);
                r.set("previous", c);
                send(ex, 200, r.toString());
            } else {
                c.put("status", "trash");
                send(ex, 200, c.toString());
            }
            return;
        }
        JsonNode in = JSON.readTree(body);
        if (!in.has("status")) { // an edit: content and author fields
            if (in.has("content")) {
                editContent(id, in.get("content").asText());
            }
            for (String field : List.of("author_name", "author_email", "author_url")) {
                if (in.has(field)) {
                    c.put(field, in.get(field).asText());
                }
            }
            c.put("author_ip", in.hasNonNull("author_ip") ? in.get("author_ip").asText() : "127.0.0.1");
            send(ex, 200, c.toString());
            return;
        }
        String to = in.path("status").asText();
        String stored = to.equals("approve") || to.equals("1") ? "approved" : to.equals("0") ? "hold" : to;
        if (stored.equals(c.path("status").asText())) {
            send(ex, 500, error("rest_comment_failed_edit", "Updating comment status failed."));
            return;
        }
        c.put("status", stored);
        // as WordPress 6.1 does: an update takes the caller's IP and user agent unless they are sent
        c.put("author_ip", in.hasNonNull("author_ip") ? in.get("author_ip").asText() : "127.0.0.1");
        c.put("author_user_agent", in.hasNonNull("author_user_agent") ? in.get("author_user_agent").asText()
                : ex.getRequestHeaders().getFirst("User-Agent"));
        send(ex, 200, c.toString());
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> out = new HashMap<>();
        for (String part : raw.split("&")) {
            if (part.isEmpty()) {
                continue;
            }
            int eq = part.indexOf('=');
            String k = URLDecoder.decode(eq < 0 ? part : part.substring(0, eq), StandardCharsets.UTF_8);
            String v = eq < 0 ? "" : URLDecoder.decode(part.substring(eq + 1), StandardCharsets.UTF_8);
            out.put(k, v);
        }
        return out;
    }

    private static String error(String code, String message) {
        return "{\"code\":\"" + code + "\",\"message\":\"" + message + "\",\"data\":{\"status\":0}}";
    }

    private static void send(HttpExchange ex, int status, String body) throws IOException {
        byte[] b = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().add("Content-Type", "application/json; charset=UTF-8");
        ex.sendResponseHeaders(status, b.length == 0 ? -1 : b.length);
        if (b.length > 0) {
            try (OutputStream os = ex.getResponseBody()) {
                os.write(b);
            }
        }
    }

    /** Stops answering: connections are refused from now on. */
    @Override
    public void close() {
        server.stop(0);
        ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
    }
}
