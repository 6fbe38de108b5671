package dev.moddesk.site;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.moddesk.checks.AuthorChecks;
import dev.moddesk.core.Plural;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A WordPress site's REST API ({@code /wp/v2}) with Application Password (Basic) authentication, over the JDK's
 * HttpClient: TLS verification is the JDK's and always on; redirects are not followed (they could carry the
 * password elsewhere). Every call retries 429, 5xx and network errors by the {@link RetryPolicy}; 401 and 403
 * end in a {@link SiteAuthException}. Thread-safe: callers run several requests at once.
 *
 * <p>WordPress facts this relies on (DESIGN.md §3, shared/wordpress/README.md): the list filter for approved
 * comments is {@code approve}; a wrong Application Password is treated as anonymous, so only
 * {@code /users/me} tells; setting the status a comment already has answers 500 {@code rest_comment_failed_edit}.
 */
public final class WordPressClient implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(90);

    private final SiteAddress site;
    private final String user;
    private final String authorization;
    private final RetryPolicy retry;
    private final ExecutorService httpThreads;
    private final HttpClient http;
    private volatile boolean plainRoutes;
    private final java.util.concurrent.atomic.AtomicLong retries = new java.util.concurrent.atomic.AtomicLong();

    public WordPressClient(SiteAddress site, String user, String applicationPassword, RetryPolicy retry) {
        if (user == null || user.isBlank()) {
            throw new SiteException("no user name given for " + site);
        }
        if (applicationPassword == null || applicationPassword.isBlank()) {
            throw new SiteException("no application password given for " + site);
        }
        this.site = site;
        this.user = user.strip();
        this.authorization = "Basic " + Base64.getEncoder().encodeToString(
                (this.user + ":" + applicationPassword.strip()).getBytes(StandardCharsets.UTF_8));
        this.retry = retry;
        AtomicInteger n = new AtomicInteger();
        this.httpThreads = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "moddesk-http-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(CONNECT_TIMEOUT)
                .followRedirects(HttpClient.Redirect.NEVER)
                .executor(httpThreads)
                .build();
    }

    /** Requests sent again so far (after a 429, a 5xx or a network error). */
    public long retries() {
        return retries.get();
    }

    public SiteAddress site() {
        return site;
    }

    public String user() {
        return user;
    }

    /** Who the site says we are. */
    public record Me(long id, String name, boolean canModerate) { }

    /**
     * Checks the credentials with {@code GET /users/me} (the one call WordPress answers 401 when the Application
     * Password is wrong) and that the user may moderate comments. Also finds whether the site has pretty REST
     * routes ({@code /wp-json/}) or only {@code ?rest_route=}.
     */
    public Me verify() {
        Response r;
        try {
            r = send(get("/wp/v2/users/me", "context=edit"), "checking the credentials");
        } catch (SiteHttpException e) {
            if (e.status() != 404 || plainRoutes) {
                throw e;
            }
            plainRoutes = true; // no pretty permalinks: /wp-json/ is a 404 page; ?rest_route= always works
            r = send(get("/wp/v2/users/me", "context=edit"), "checking the credentials");
        }
        JsonNode me = r.json();
        JsonNode caps = me.path("capabilities");
        boolean canModerate = !caps.isObject() || caps.path("moderate_comments").asBoolean(false)
                || caps.path("administrator").asBoolean(false);
        Me out = new Me(me.path("id").asLong(), me.path("name").asText(user), canModerate);
        if (!canModerate) {
            throw new SiteAuthException("user '" + user + "' may not moderate comments on " + site
                    + " (WordPress role without moderate_comments)");
        }
        return out;
    }

    /** One page of comments in {@code status} (a list filter: approve, hold, spam, trash, post-trashed) and {@code type}. */
    public CommentPage comments(String status, String type, int page, int perPage) {
        String query = "context=edit&per_page=" + perPage + "&page=" + page + "&status=" + enc(status)
                + "&type=" + enc(type) + "&orderby=id&order=asc";
        Response r = send(get("/wp/v2/comments", query), "listing " + status + " " + type + "s (page " + page + ")");
        List<JsonNode> items = new ArrayList<>();
        JsonNode body = r.json();
        if (!body.isArray()) {
            throw new SiteException(site + ": listing comments gave no JSON array");
        }
        body.forEach(items::add);
        return new CommentPage(items, r.intHeader("X-WP-TotalPages", 1), r.intHeader("X-WP-Total", items.size()));
    }

    /** One comment ({@code context=edit}); empty when the site answers 404 (it does not have it). */
    public Optional<JsonNode> comment(long id) {
        try {
            return Optional.of(send(get("/wp/v2/comments/" + id, "context=edit"), "reading comment " + id).json());
        } catch (SiteHttpException e) {
            if (e.notFound()) {
                return Optional.empty();
            }
            throw e;
        }
    }

    /**
     * Sets a comment's status ({@code approved}, {@code hold}, {@code spam}, {@code trash}) and returns the status the
     * site reports afterwards. Idempotent: WordPress may answer 500 {@code rest_comment_failed_edit} when the comment
     * has that status already; the comment is then re-read and its status returned. A 404 throws
     * {@link SiteHttpException} with {@link SiteHttpException#notFound()}.
     *
     * <p>WordPress 6.1's REST update rewrites the commenter's IP and user agent with the caller's unless they are
     * sent along, so {@code authorIp} and {@code authorAgent} (what we hold for the comment; null or empty: not
     * known) go with the status: moderating must not destroy the evidence spam decisions rest on.
     */
    public String setStatus(long id, String restStatus, String authorIp, String authorAgent) {
        ObjectNode body = JSON.createObjectNode();
        body.put("status", restStatus);
        if (AuthorChecks.isIpAddress(authorIp)) {
            body.put("author_ip", authorIp);
        }
        if (authorAgent != null && !authorAgent.isEmpty()) {
            body.put("author_user_agent", authorAgent);
        }
        try {
            return post(id, restStatus, body);
        } catch (SiteHttpException e) {
            if (e.status() == 400 && "rest_invalid_param".equals(e.code()) && body.size() > 1) {
                ObjectNode plain = JSON.createObjectNode();
                plain.put("status", restStatus);
                return post(id, restStatus, plain); // a field the site would not take: the status alone
            }
            throw e;
        }
    }

    public String setStatus(long id, String restStatus) {
        return setStatus(id, restStatus, null, null);
    }

    private String post(long id, String restStatus, ObjectNode body) {
        HttpRequest.Builder b = request("/wp/v2/comments/" + id, "context=edit")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8));
        if (!body.has("author_user_agent")) {
            // the comment has no user agent: an empty header keeps WordPress from storing ours in its place
            b.setHeader("User-Agent", "");
        }
        HttpRequest req = b.build();
        try {
            return send(req, "setting comment " + id + " to " + restStatus).json().path("status").asText("");
        } catch (SiteHttpException e) {
            if (e.status() == 500 && "rest_comment_failed_edit".equals(e.code())) {
                return comment(id).map(c -> c.path("status").asText(""))
                        .orElseThrow(() -> new SiteHttpException(404, "rest_comment_invalid_id",
                                site + ": comment " + id + " does not exist"));
            }
            throw e;
        }
    }

    /** Deletes a comment permanently ({@code DELETE …?force=true}); a 404 throws (the caller decides: gone is done). */
    public void deletePermanently(long id) {
        HttpRequest req = request("/wp/v2/comments/" + id, "force=true").DELETE().build();
        JsonNode r = send(req, "deleting comment " + id).json();
        if (!r.path("deleted").asBoolean(false)) {
            throw new SiteException(site + ": deleting comment " + id + " was not confirmed");
        }
    }

    /**
     * Posts or pages ({@code kind} {@code posts} or {@code pages}) with these ids, in every status (trashed ones
     * included); at most 100 ids. A site that refuses the status filter (400) is asked again without it.
     */
    public List<JsonNode> posts(String kind, Collection<Long> ids) {
        StringJoiner include = new StringJoiner(",");
        ids.forEach(id -> include.add(Long.toString(id)));
        String base = "context=edit&per_page=100&include=" + include;
        Response r;
        try {
            r = send(get("/wp/v2/" + kind, base + "&status=publish,future,draft,pending,private,trash"),
                    "reading " + kind);
        } catch (SiteHttpException e) {
            if (e.status() != 400) {
                throw e;
            }
            r = send(get("/wp/v2/" + kind, base), "reading " + kind);
        }
        List<JsonNode> out = new ArrayList<>();
        if (r.json().isArray()) {
            r.json().forEach(out::add);
        }
        return out;
    }

    // ------------------------------------------------------------------------------------------------------

    private HttpRequest get(String route, String query) {
        return request(route, query).GET().build();
    }

    private HttpRequest.Builder request(String route, String query) {
        return HttpRequest.newBuilder(uri(route, query))
                .timeout(REQUEST_TIMEOUT)
                .header("Authorization", authorization)
                .header("Accept", "application/json")
                .header("User-Agent", "ModDesk");
    }

    URI uri(String route, String query) {
        String b = site.base().toString();
        if (plainRoutes) {
            return URI.create(b + "/?rest_route=" + route + (query.isEmpty() ? "" : "&" + query));
        }
        return URI.create(b + "/wp-json" + route + (query.isEmpty() ? "" : "?" + query));
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** A successful answer: status 2xx, the body, the headers. */
    private record Response(int status, byte[] body, HttpResponse<byte[]> raw) {
        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                String text = new String(body, 0, Math.min(120, body.length), StandardCharsets.UTF_8);
                throw new SiteException("the site answered something that is not JSON: " + text.replace('\n', ' '));
            }
        }

        int intHeader(String name, int fallback) {
            return raw.headers().firstValue(name).map(v -> {
                try {
                    return Integer.parseInt(v.strip());
                } catch (NumberFormatException e) {
                    return fallback;
                }
            }).orElse(fallback);
        }
    }

    /** Sends with retries; 2xx comes back, anything else throws. */
    private Response send(HttpRequest req, String what) {
        String where = req.method() + " " + shown(req.uri());
        for (int attempt = 1; ; attempt++) {
            HttpResponse<byte[]> r;
            try {
                r = http.send(req, HttpResponse.BodyHandlers.ofByteArray());
            } catch (IOException e) {
                if (attempt >= retry.maxAttempts()) {
                    throw new SiteUnreachableException(site + " did not answer " + what + " (" + describe(e)
                            + ", " + Plural.count(attempt, "attempt") + ")", e);
                }
                if (Boolean.getBoolean("moddesk.debug")) {
                    System.err.println("retry " + where + ": " + describe(e));
                }
                retries.incrementAndGet();
                pause(retry.delayMillis(attempt, 0));
                continue;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new SiteException(what + ": interrupted", e);
            }
            int status = r.statusCode();
            if (status >= 200 && status < 300) {
                return new Response(status, r.body(), r);
            }
            String code = errorCode(r.body());
            if (status == 401 || status == 403) {
                throw new SiteAuthException("authentication failed: " + site + " refused user '" + user + "' "
                        + what + " (HTTP " + status + (code.isEmpty() ? "" : " " + code) + ")"
                        + (status == 401 ? "; check the user name and the Application Password" : "; the user lacks the rights"));
            }
            boolean alreadyThere = status == 500 && "rest_comment_failed_edit".equals(code);
            boolean transientError = status == 429 || (status >= 500 && !alreadyThere);
            if (transientError && attempt < retry.maxAttempts()) {
                if (Boolean.getBoolean("moddesk.debug")) {
                    System.err.println("retry " + where + ": HTTP " + status + " " + code);
                }
                retries.incrementAndGet();
                pause(retry.delayMillis(attempt, retryAfterMillis(r)));
                continue;
            }
            if (status >= 300 && status < 400) {
                throw new SiteHttpException(status, "", site + " redirects " + what + " to "
                        + r.headers().firstValue("Location").orElse("elsewhere") + "; use the address it redirects to");
            }
            throw new SiteHttpException(status, code, site + ": " + what + " failed: HTTP " + status
                    + (code.isEmpty() ? "" : " " + code) + errorMessage(r.body())
                    + (transientError ? " (" + Plural.count(attempt, "attempt") + ")" : "") + " [" + where + "]");
        }
    }

    private static String shown(URI uri) {
        return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    }

    private static String describe(IOException e) {
        if (e instanceof ConnectException) {
            return "connection refused";
        }
        if (e instanceof HttpTimeoutException) {
            return "timed out";
        }
        String m = e.getMessage();
        return e.getClass().getSimpleName() + (m == null ? "" : ": " + m);
    }

    private static long retryAfterMillis(HttpResponse<?> r) {
        return r.headers().firstValue("Retry-After").map(v -> {
            try {
                return Long.parseLong(v.strip()) * 1000;
            } catch (NumberFormatException e) {
                return 0L;
            }
        }).orElse(0L);
    }

    private static String errorCode(byte[] body) {
        try {
            JsonNode n = JSON.readTree(body);
            return n == null ? "" : n.path("code").asText("");
        } catch (IOException | RuntimeException e) {
            return "";
        }
    }

    private static String errorMessage(byte[] body) {
        try {
            JsonNode n = JSON.readTree(body);
            String m = n == null ? "" : n.path("message").asText("");
            return m.isEmpty() ? "" : ": " + m;
        } catch (IOException | RuntimeException e) {
            return "";
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SiteException("interrupted while waiting to retry", e);
        }
    }

    @Override
    public void close() {
        httpThreads.shutdownNow();
    }

    @Override
    public String toString() {
        return "WordPressClient[" + site + ", user " + user + "]";
    }
}
