package dev.moddesk.site;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.moddesk.triage.AuthorChecks;
import dev.moddesk.formats.RestComment;
import dev.moddesk.formats.RestFormatException;
import dev.moddesk.formats.RestJson;
import dev.moddesk.formats.RestPost;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.StringJoiner;

/**
 * A WordPress site's REST API ({@code /wp/v2}), spoken in typed records ({@link RestComment}, {@link RestPost},
 * {@link CommentPage}). Every call retries 429, 5xx and network errors by the {@link RetryPolicy}; 401 and 403
 * end in a {@link SiteAuthException} (see {@link RestTransport}). Thread-safe: callers run several requests at
 * once.
 *
 * <p>WordPress facts this relies on (the README's sync rules and its notes on WordPress): the list filter for approved
 * comments is {@code approve}; a wrong Application Password is treated as anonymous, so only
 * {@code /users/me} tells; setting the status a comment already has answers 500 {@code rest_comment_failed_edit};
 * an update overwrites the commenter's IP and user agent with the caller's unless they are sent along.
 */
public final class WordPressClient implements AutoCloseable {
    private final SiteAddress site;
    private final String user;
    private final RestTransport rest;
    /** Who {@link #verify()} found we are (null before): replies are created, and looked for, as that user. */
    private volatile Me me;

    public WordPressClient(SiteAddress site, String user, String applicationPassword, RetryPolicy retry) {
        if (user == null || user.isBlank()) {
            throw new SiteException("no user name given for " + site);
        }
        if (applicationPassword == null || applicationPassword.isBlank()) {
            throw new SiteException("no application password given for " + site);
        }
        this.site = site;
        this.user = user.strip();
        this.rest = new RestTransport(site, this.user, applicationPassword, retry);
    }

    /** Who the site says we are: the user's id and display name. */
    public record Me(long id, String name) { }

    /**
     * Checks the credentials with {@code GET /users/me} (the one call WordPress answers 401 when the Application
     * Password is wrong) and that the user may moderate comments. Also finds whether the site has pretty REST
     * routes ({@code /wp-json/}) or only {@code ?rest_route=}.
     */
    public Me verify() {
        RestTransport.Response r;
        try {
            r = rest.get("/wp/v2/users/me", "context=edit", "checking the credentials");
        } catch (SiteHttpException e) {
            // no pretty permalinks: /wp-json/ is a 404 page, while ?rest_route= always works
            if (e.status() != 404 || !rest.fallBackToPlainRoutes()) {
                throw e;
            }
            r = rest.get("/wp/v2/users/me", "context=edit", "checking the credentials");
        }
        JsonNode me = r.json();
        JsonNode caps = me.path("capabilities");
        boolean canModerate = !caps.isObject() || caps.path("moderate_comments").asBoolean(false)
                || caps.path("administrator").asBoolean(false);
        if (!canModerate) {
            throw new SiteAuthException("user '" + user + "' may not moderate comments on " + site
                    + " (WordPress role without moderate_comments)");
        }
        this.me = new Me(me.path("id").asLong(), me.path("name").asText(user));
        return this.me;
    }

    /** The user {@link #verify()} found; empty before it ran. */
    public Optional<Me> me() {
        return Optional.ofNullable(me);
    }

    /**
     * Changes a comment's text: {@code fields} holds the REST fields to set ({@code content}, {@code author_name},
     * {@code author_email}, {@code author_url}) as the site stores them. The commenter's IP and user agent go along,
     * as with {@link #setStatus}. Returns the comment as the site has it afterwards.
     */
    public RestComment edit(long id, java.util.Map<String, String> fields, String authorIp, String authorAgent) {
        ObjectNode body = RestTransport.JSON.createObjectNode();
        fields.forEach(body::put);
        if (AuthorChecks.isIpAddress(authorIp)) {
            body.put("author_ip", authorIp);
        }
        if (authorAgent != null && !authorAgent.isEmpty()) {
            body.put("author_user_agent", authorAgent);
        }
        return update(id, "editing comment " + id, body);
    }

    /**
     * Creates a comment by the verified user ({@code POST /comments} with {@code post}, {@code parent},
     * {@code content}); the comment as the site has it. WordPress refuses a duplicate of a comment it has with
     * 409 {@code comment_duplicate} ({@link SiteHttpException}).
     */
    public RestComment reply(long post, long parent, String content) {
        ObjectNode body = RestTransport.JSON.createObjectNode();
        body.put("post", post);
        body.put("parent", parent);
        body.put("content", content);
        HttpRequest req = rest.request("/wp/v2/comments", "context=edit").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8)).build();
        return RestJson.comment(rest.send(req, "replying to comment " + parent).json());
    }

    /**
     * The verified user's comments under {@code parent} of {@code post}, in every status, at most 100 (a reply push
     * looks here first for the reply an earlier push may have created without hearing the answer).
     */
    public List<RestComment> repliesByMe(long post, long parent) {
        long author = me().map(Me::id).orElseThrow(() -> new SiteException("verify() must come before repliesByMe"));
        String query = "context=edit&per_page=100&status=any&post=" + post + "&parent=" + parent + "&author=" + author;
        JsonNode body = rest.get("/wp/v2/comments", query, "looking for replies to comment " + parent).json();
        List<RestComment> out = new ArrayList<>();
        if (body.isArray()) {
            body.forEach(c -> out.add(RestJson.comment(c)));
        }
        return out;
    }

    /**
     * One page of comments in {@code status} (a list filter: approve, hold, spam, trash, post-trashed) and
     * {@code type}. A comment object that cannot be read does not spoil the page: it is named in
     * {@link CommentPage#unreadable()}.
     */
    public CommentPage comments(String status, String type, int page, int perPage) {
        String query = "context=edit&per_page=" + perPage + "&page=" + page + "&status=" + enc(status)
                + "&type=" + enc(type) + "&orderby=id&order=asc";
        RestTransport.Response r = rest.get("/wp/v2/comments", query,
                "listing " + status + " " + type + "s (page " + page + ")");
        JsonNode body = r.json();
        if (!body.isArray()) {
            throw new SiteException(site + ": listing comments gave no JSON array");
        }
        List<RestComment> comments = new ArrayList<>(body.size());
        List<String> unreadable = new ArrayList<>();
        for (JsonNode item : body) {
            try {
                comments.add(RestJson.comment(item));
            } catch (RestFormatException e) {
                unreadable.add("comment " + item.path("id").asText("?") + ": " + e.getMessage());
            }
        }
        return new CommentPage(comments, unreadable, r.intHeader("X-WP-TotalPages", 1),
                r.intHeader("X-WP-Total", body.size()));
    }

    /**
     * One comment ({@code context=edit}); empty when the site answers 404 (it does not have it).
     *
     * @throws RestFormatException when the answer is not a comment object that can be read
     */
    public Optional<RestComment> comment(long id) {
        try {
            return Optional.of(RestJson.comment(rest.get("/wp/v2/comments/" + id, "context=edit",
                    "reading comment " + id).json()));
        } catch (SiteHttpException e) {
            if (e.notFound()) {
                return Optional.empty();
            }
            throw e;
        }
    }

    /**
     * Sets a comment's status ({@code approved}, {@code hold}, {@code spam}, {@code trash}) and returns the comment
     * as the site has it afterwards. Idempotent: WordPress may answer 500 {@code rest_comment_failed_edit} when the
     * comment has that status already; the comment is then re-read and returned. A 404 throws
     * {@link SiteHttpException} with {@link SiteHttpException#notFound()}.
     *
     * <p>{@code authorIp} and {@code authorAgent} (what we hold for the comment; null or empty: not known) go with
     * the status, or WordPress 6.1 would put the caller's in their place: moderating must not destroy the
     * evidence spam decisions rest on.
     */
    public RestComment setStatus(long id, String restStatus, String authorIp, String authorAgent) {
        ObjectNode body = RestTransport.JSON.createObjectNode();
        body.put("status", restStatus);
        if (AuthorChecks.isIpAddress(authorIp)) {
            body.put("author_ip", authorIp);
        }
        if (authorAgent != null && !authorAgent.isEmpty()) {
            body.put("author_user_agent", authorAgent);
        }
        try {
            return update(id, "setting comment " + id + " to " + restStatus, body);
        } catch (SiteHttpException e) {
            if (e.status() == 400 && "rest_invalid_param".equals(e.code()) && body.size() > 1) {
                ObjectNode plain = RestTransport.JSON.createObjectNode();
                plain.put("status", restStatus);
                // a field the site would not take: the status alone
                return update(id, "setting comment " + id + " to " + restStatus, plain);
            }
            throw e;
        }
    }

    /** {@code POST /comments/{id}} with {@code body}; the comment as the site has it afterwards. */
    private RestComment update(long id, String what, ObjectNode body) {
        HttpRequest.Builder b = rest.request("/wp/v2/comments/" + id, "context=edit")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8));
        if (!body.has("author_user_agent")) {
            // the comment has no user agent: an empty header keeps WordPress from storing ours in its place
            b.setHeader("User-Agent", "");
        }
        try {
            return RestJson.comment(rest.send(b.build(), what).json());
        } catch (SiteHttpException e) {
            if (e.status() == 500 && "rest_comment_failed_edit".equals(e.code())) {
                return comment(id).orElseThrow(() -> new SiteHttpException(404, "rest_comment_invalid_id",
                        site + ": comment " + id + " does not exist"));
            }
            throw e;
        }
    }

    /** Deletes a comment permanently ({@code DELETE …?force=true}); a 404 throws (the caller decides: gone is done). */
    public void deletePermanently(long id) {
        HttpRequest req = rest.request("/wp/v2/comments/" + id, "force=true").DELETE().build();
        JsonNode r = rest.send(req, "deleting comment " + id).json();
        if (!r.path("deleted").asBoolean(false)) {
            throw new SiteException(site + ": deleting comment " + id + " was not confirmed");
        }
    }

    /**
     * Posts or pages ({@code kind} {@code posts} or {@code pages}) with these ids, in every status (trashed ones
     * included); at most 100 ids. A site that refuses the status filter (400) is asked again without it.
     */
    public List<RestPost> posts(String kind, Collection<Long> ids) {
        StringJoiner include = new StringJoiner(",");
        ids.forEach(id -> include.add(Long.toString(id)));
        String base = "context=edit&per_page=100&include=" + include;
        RestTransport.Response r;
        try {
            r = rest.get("/wp/v2/" + kind, base + "&status=publish,future,draft,pending,private,trash",
                    "reading " + kind);
        } catch (SiteHttpException e) {
            if (e.status() != 400) {
                throw e;
            }
            r = rest.get("/wp/v2/" + kind, base, "reading " + kind);
        }
        List<RestPost> out = new ArrayList<>();
        JsonNode body = r.json();
        if (body.isArray()) {
            body.forEach(p -> out.add(RestJson.post(p)));
        }
        return out;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        rest.close();
    }

    @Override
    public String toString() {
        return "WordPressClient[" + site + ", user " + user + "]";
    }
}
