package dev.moddesk.site;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * A real WordPress on 127.0.0.1 for the integration tests and the benchmark, through the project's own
 * {@code src/test/wordpress/wp-test-site.sh} (Debian's wordpress package, MariaDB, PHP's built-in server). Its
 * state lives in a folder of its own per checkout, so that several checkouts can test side by side.
 *
 * <p>When the apt packages cannot be had (script exit 4) the tests are skipped with the reason, except under
 * {@code CI=true}, where they must run and so fail.
 */
public final class WordPressTestSite {
    public static final Path SCRIPT = Path.of("src/test/wordpress/wp-test-site.sh");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path dir;
    private final int port;
    private Map<String, String> env = Map.of();
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private WordPressTestSite(Path dir, int port) {
        this.dir = dir;
        this.port = port;
    }

    /** A site for this checkout and purpose ({@code it}, {@code bench}); not started yet. */
    public static WordPressTestSite forCheckout(String purpose) {
        String id;
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(Path.of("").toAbsolutePath().toString()
                    .getBytes(StandardCharsets.UTF_8));
            id = HexFormat.of().formatHex(h, 0, 4);
        } catch (Exception e) {
            id = "0";
        }
        return new WordPressTestSite(Path.of("/tmp/mdwp-" + purpose + "-" + id), freePort());
    }

    private static int freePort() {
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        } catch (IOException e) {
            return 8090;
        }
    }

    /** Starts (or resumes) the site with this corpus; {@code reseed} rebuilds it from scratch. */
    public WordPressTestSite start(int posts, int comments, boolean reseed) {
        List<String> args = new ArrayList<>(List.of("start", "--posts", Integer.toString(posts), "--comments",
                Integer.toString(comments), "--seed", "1", "--port", Integer.toString(port)));
        if (reseed) {
            args.add("--reseed");
        }
        Result r = script(args, Duration.ofMinutes(10));
        if (r.code == 4) {
            String why = "WordPress cannot be started here (apt packages unavailable): " + r.stderrTail;
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new IllegalStateException(why + " — CI=true, so the WordPress tests must run");
            }
            Assumptions.abort(why);
        }
        if (r.code != 0) {
            throw new IllegalStateException("wp-test-site.sh start failed (exit " + r.code + "): " + r.stderrTail);
        }
        Map<String, String> kv = new LinkedHashMap<>();
        for (String line : r.stdout.split("\n")) {
            int eq = line.indexOf('=');
            if (eq > 0) {
                kv.put(line.substring(0, eq), line.substring(eq + 1));
            }
        }
        env = kv;
        return this;
    }

    /** Stops only the web server: requests are refused until {@link #resumeWeb()}. */
    public void stopWeb() {
        Result r = script(List.of("stop-web"), Duration.ofMinutes(1));
        if (r.code != 0) {
            throw new IllegalStateException("stop-web failed: " + r.stderrTail);
        }
    }

    /** Starts what is not running, keeping the corpus as it is now. */
    public void resumeWeb() {
        start(Integer.parseInt(get("WP_SEED_POSTS")), Integer.parseInt(get("WP_SEED_COMMENTS")), false);
    }

    public void stop() {
        script(List.of("stop"), Duration.ofMinutes(1));
    }

    public String get(String key) {
        String v = env.get(key);
        if (v == null) {
            throw new IllegalStateException("wp-test-site.sh did not say " + key);
        }
        return v;
    }

    public String url() {
        return get("WP_URL");
    }

    public String user() {
        return get("WP_ADMIN_USER");
    }

    public String appPassword() {
        return get("WP_APP_PASSWORD");
    }

    public long count(String key) {
        return Long.parseLong(get(key));
    }

    // ---- the site's own REST API, independent of ModDesk's client -------------------------------------------

    /** The comment's REST status as the site reports it, or null when the site answers 404. */
    public String statusOf(long id) {
        HttpResponse<String> r = rest("GET", "/comments/" + id + "?context=edit", null);
        if (r.statusCode() == 404) {
            return null;
        }
        return readJson(r).path("status").asText();
    }

    /** Sets a status as another moderator would, straight through REST. */
    public void setStatus(long id, String status) {
        HttpResponse<String> r = rest("POST", "/comments/" + id, "{\"status\":\"" + status + "\"}");
        if (r.statusCode() != 200) {
            throw new IllegalStateException("POST comments/" + id + ": " + r.statusCode() + " " + r.body());
        }
    }

    /** X-WP-Total for a list filter and type. */
    public long total(String status, String type) {
        HttpResponse<String> r = rest("GET", "/comments?context=edit&per_page=1&status=" + status + "&type=" + type, null);
        return Long.parseLong(r.headers().firstValue("X-WP-Total").orElse("-1"));
    }

    public HttpResponse<String> rest(String method, String route, String jsonBody) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(get("WP_REST_URL") + route))
                .timeout(Duration.ofSeconds(60))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        (user() + ":" + appPassword()).getBytes(StandardCharsets.UTF_8)));
        if (jsonBody != null) {
            b.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(jsonBody));
        } else {
            b.method(method, HttpRequest.BodyPublishers.noBody());
        }
        try {
            return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + route + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode readJson(HttpResponse<String> r) {
        try {
            return JSON.readTree(r.body());
        } catch (IOException e) {
            throw new IllegalStateException("not JSON: " + r.body(), e);
        }
    }

    // ---- running the script ----------------------------------------------------------------------------------

    private record Result(int code, String stdout, String stderrTail) { }

    private Result script(List<String> args, Duration timeout) {
        List<String> cmd = new ArrayList<>(List.of("bash", SCRIPT.toAbsolutePath().toString()));
        cmd.addAll(args);
        try {
            Path err = Files.createTempFile("wp-test-site", ".log");
            ProcessBuilder pb = new ProcessBuilder(cmd).redirectError(err.toFile());
            pb.environment().put("WP_PEER_DIR", dir.toString());
            Process p = pb.start();
            p.getOutputStream().close();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                p.destroyForcibly();
                throw new IllegalStateException("wp-test-site.sh " + args.get(0) + " took longer than " + timeout);
            }
            List<String> lines = Files.readAllLines(err);
            Files.deleteIfExists(err);
            String tail = String.join(" | ", lines.subList(Math.max(0, lines.size() - 6), lines.size()));
            return new Result(p.exitValue(), out, tail);
        } catch (IOException e) {
            throw new IllegalStateException("cannot run " + SCRIPT + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
