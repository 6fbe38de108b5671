package dev.moddesk.site;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.moddesk.core.Plural;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * How {@link WordPressClient} talks to a site: requests with Application Password (Basic) authentication over the
 * JDK's HttpClient, retried on 429, 5xx and network errors by the {@link RetryPolicy}, and every answer but a 2xx
 * turned into a {@link SiteException} that says what failed. TLS verification is the JDK's and always on (a refused
 * certificate is a {@link SiteCertificateException} at once, never retried);
 * redirects are not followed (they could carry the password elsewhere). Thread-safe.
 */
final class RestTransport implements AutoCloseable {
    static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
    /**
     * WordPress's 403s that refuse a comment on one post rather than the user (a reply to a post whose comments
     * are closed, a draft, a post in the trash), in words.
     */
    private static final java.util.Map<String, String> ITEM_REFUSALS = java.util.Map.of(
            "rest_comment_closed", "comments are closed on that post (open them on the site, or undo the reply)",
            "rest_comment_draft_post", "that post is a draft, which takes no comments",
            "rest_comment_trash_post", "that post is in the trash, which takes no comments");
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(90);

    private final SiteAddress site;
    private final String user;
    private final String authorization;
    private final RetryPolicy retry;
    private final ExecutorService httpThreads;
    private final HttpClient http;
    private volatile boolean plainRoutes;

    RestTransport(SiteAddress site, String user, String applicationPassword, RetryPolicy retry) {
        this.site = site;
        this.user = user;
        this.authorization = "Basic " + Base64.getEncoder().encodeToString(
                (user + ":" + applicationPassword.strip()).getBytes(StandardCharsets.UTF_8));
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

    /** A successful answer: the body and the headers. */
    record Response(byte[] body, HttpResponse<byte[]> raw) {
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

    /**
     * From now on asks {@code /?rest_route=} instead of {@code /wp-json/} (a site without pretty permalinks);
     * false when it did so already.
     */
    boolean fallBackToPlainRoutes() {
        boolean before = plainRoutes;
        plainRoutes = true;
        return !before;
    }

    Response get(String route, String query, String what) {
        return send(request(route, query).GET().build(), what);
    }

    /** A request to {@code route} ({@code /wp/v2/...}) with {@code query} (already encoded), authenticated. */
    HttpRequest.Builder request(String route, String query) {
        return HttpRequest.newBuilder(uri(route, query))
                .timeout(REQUEST_TIMEOUT)
                .header("Authorization", authorization)
                .header("Accept", "application/json")
                .header("User-Agent", "ModDesk");
    }

    private URI uri(String route, String query) {
        String b = site.base().toString();
        if (plainRoutes) {
            return URI.create(b + "/?rest_route=" + route + (query.isEmpty() ? "" : "&" + query));
        }
        return URI.create(b + "/wp-json" + route + (query.isEmpty() ? "" : "?" + query));
    }

    /** Sends with retries; 2xx comes back, anything else throws ({@code what} says what failed). */
    Response send(HttpRequest req, String what) {
        String where = req.method() + " " + shown(req.uri());
        for (int attempt = 1; ; attempt++) {
            HttpResponse<byte[]> r;
            try {
                r = http.send(req, HttpResponse.BodyHandlers.ofByteArray());
            } catch (IOException e) {
                refuseCertificate(e);
                if (attempt >= retry.maxAttempts()) {
                    throw new SiteUnreachableException(site + " did not answer " + what + " (" + describe(e)
                            + ", " + Plural.count(attempt, "attempt") + ")", e);
                }
                debug("retry " + where + ": " + describe(e));
                pause(retry.delayMillis(attempt, 0));
                continue;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new SiteException(what + ": interrupted", e);
            }
            int status = r.statusCode();
            if (status >= 200 && status < 300) {
                return new Response(r.body(), r);
            }
            String code = errorCode(r.body());
            String refusedItem = status == 403 ? ITEM_REFUSALS.get(code) : null;
            if (refusedItem != null) {
                // the site refuses this one comment, not the user: the rest of a push goes on
                throw new SiteHttpException(status, code, site + " refused " + what + ": " + refusedItem
                        + " (HTTP 403 " + code + ")");
            }
            if (status == 401 || status == 403) {
                throw new SiteAuthException("authentication failed: " + site + " refused user '" + user + "' "
                        + what + " (HTTP " + status + (code.isEmpty() ? "" : " " + code) + ")"
                        + (status == 401 ? "; check the user name and the Application Password"
                                : "; the user lacks the rights"));
            }
            // WordPress's answer to setting the status a comment already has: no use sending it again
            boolean alreadyThere = status == 500 && "rest_comment_failed_edit".equals(code);
            boolean transientError = status == 429 || (status >= 500 && !alreadyThere);
            if (transientError && attempt < retry.maxAttempts()) {
                debug("retry " + where + ": HTTP " + status + " " + code);
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

    /** A certificate the JDK refused stays refused however often it is asked: say so at once, without retrying. */
    private void refuseCertificate(IOException e) {
        CertificateTrouble.reason(e).ifPresent(reason -> {
            throw new SiteCertificateException("the site's certificate is not trusted: " + reason + " [" + site
                    + "]; ask the site's host for a certificate from a public authority, or add the authority that "
                    + "signed it to Java's trust store", e);
        });
    }

    /** With {@code -Dmoddesk.debug=true}, each retry is told on stderr. */
    private static void debug(String line) {
        if (Boolean.getBoolean("moddesk.debug")) {
            System.err.println(line);
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

    /** WordPress's error {@code code} in an error answer, or empty. */
    private static String errorCode(byte[] body) {
        return errorField(body, "code");
    }

    /** ": " and WordPress's error {@code message} in an error answer, or empty. */
    private static String errorMessage(byte[] body) {
        String m = errorField(body, "message");
        return m.isEmpty() ? "" : ": " + m;
    }

    private static String errorField(byte[] body, String field) {
        try {
            JsonNode n = JSON.readTree(body);
            return n == null ? "" : n.path(field).asText("");
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
}
