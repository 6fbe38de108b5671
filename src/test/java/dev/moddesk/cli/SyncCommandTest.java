package dev.moddesk.cli;

import static dev.moddesk.cli.CliTest.keys;
import static dev.moddesk.cli.CliTest.ok;
import static dev.moddesk.cli.CliTest.userError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsParameters;
import com.sun.net.httpserver.HttpsServer;
import dev.moddesk.site.FakeWordPress;
import dev.moddesk.store.StoreProbe;
import java.io.FileInputStream;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyStore;
import java.util.Collections;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code sync} on the command line: {@code --pull-only} sends no decision, {@code --dry-run} changes nothing on
 * either side, plain http to another machine is refused before any connection, and a certificate that no
 * authority vouches for ends the sync at once (one TLS connection, no request, no retry).
 */
class SyncCommandTest {
    private static final Set<String> SUMMARY_KEYS = Set.of("pulled", "inserted", "updated", "conflicts", "gone", "pushed",
            "failed", "remaining", "seconds");

    @TempDir
    Path dir;
    private String db;
    private Path password;

    @BeforeEach
    void files() throws Exception {
        db = dir.resolve("desk.db").toString();
        password = Files.writeString(dir.resolve("pw"), FakeWordPress.PASSWORD);
        Files.setPosixFilePermissions(password, PosixFilePermissions.fromString("rw-------"));
    }

    private String[] sync(String site, String... more) {
        return CliTest.with(new String[] {"--db", db, "sync", "--site", site, "--user", FakeWordPress.USER,
                "--password-file", password.toString()}, more);
    }

    @Test
    void pullOnlySendsNoDecisionAndDryRunChangesNothing() throws Exception {
        try (FakeWordPress wp = new FakeWordPress().comment(4, 1, "hold").comment(5, 1, "hold").comment(6, 1, "approved")) {
            JsonNode pulled = ok(sync(wp.url(), "--pull-only", "--json")).json();
            assertEquals(SUMMARY_KEYS, keys(pulled));
            assertEquals(3, pulled.get("pulled").asLong());
            assertEquals(3, pulled.get("inserted").asLong());
            assertEquals(0, pulled.get("pushed").asLong());

            ok("--db", db, "moderate", "--action", "spam", "--ids", "4,5");
            wp.setStatus(6, "trash"); // a change on the site that a pull would bring in
            JsonNode planned = ok(sync(wp.url(), "--dry-run", "--json")).json();
            assertTrue(keys(planned).containsAll(SUMMARY_KEYS), keys(planned).toString());
            assertEquals(2, planned.get("would_push").size());
            for (JsonNode p : planned.get("would_push")) {
                assertEquals("status", p.get("kind").asText());
                assertEquals("pending", p.get("from").asText());
                assertEquals("spam", p.get("to").asText());
                assertTrue(p.get("request").asText().startsWith("POST "), p.toString());
            }
            assertEquals(0, wp.writes.get(), "a dry run sends nothing");
            assertEquals("hold", wp.status(4));
            assertEquals(2, StoreProbe.outbox(Path.of(db)), "a dry run keeps the outbox");
            assertEquals("approved", StoreProbe.status(Path.of(db), 6), "a dry run pulls nothing either");

            JsonNode again = ok(sync(wp.url(), "--pull-only", "--json")).json();
            assertEquals(0, again.get("pushed").asLong());
            assertEquals(1, again.get("updated").asLong(), "the site's trash came in");
            assertEquals(0, wp.writes.get(), "a pull sends no decision");
            assertEquals(2, StoreProbe.outbox(Path.of(db)));
            assertEquals("trash", StoreProbe.status(Path.of(db), 6));
            assertEquals(2, again.get("remaining").asLong(), "the decisions still queued");

            wp.remove(5); // deleted on the site meanwhile: the push finds it gone and drops its decision
            JsonNode pushed = ok(sync(wp.url(), "--push-only", "--json")).json();
            assertEquals(1, pushed.get("pushed").asLong());
            assertEquals(1, pushed.get("gone").asLong(), pushed.toString());
            assertEquals(0, pushed.get("remaining").asLong());
        }
    }

    @Test
    void plainHttpToAnotherMachineIsRefusedBeforeAnyConnection() throws Exception {
        InetAddress lan = nonLoopbackAddress().orElse(null);
        Assumptions.assumeTrue(lan != null, "this machine has no non-loopback address");
        try (ServerSocket server = new ServerSocket(0, 5, lan)) {
            String url = "http://" + lan.getHostAddress() + ":" + server.getLocalPort();
            String error = userError(sync(url));
            assertTrue(error.contains("HTTPS is required"), error);
            server.setSoTimeout(300);
            assertThrows(SocketTimeoutException.class, server::accept, "ModDesk connected to " + url);
        }
        assertTrue(!Files.exists(Path.of(db)) || StoreProbe.number(Path.of(db), "SELECT count(*) FROM comments") == 0);
    }

    @Test
    void aCertificateNoAuthorityVouchesForIsRefusedAtOnceWithoutRetrying() throws Exception {
        AtomicInteger connections = new AtomicInteger();
        AtomicInteger requests = new AtomicInteger();
        HttpsServer server = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setHttpsConfigurator(new HttpsConfigurator(selfSigned()) {
            @Override
            public void configure(HttpsParameters params) { // called once for each TLS connection accepted
                connections.incrementAndGet();
                super.configure(params);
            }
        });
        server.createContext("/", exchange -> {
            requests.incrementAndGet();
            exchange.sendResponseHeaders(500, -1);
            exchange.close();
        });
        server.start();
        try {
            String url = "https://127.0.0.1:" + server.getAddress().getPort();
            String error = userError(sync(url));
            assertTrue(error.contains("the site's certificate is not trusted: no certificate authority"), error);
            assertTrue(error.contains(url), error);
            assertEquals(0, requests.get(), "no request reached the site");
            assertEquals(1, connections.get(), "one TLS connection, not retried: " + error);
        } finally {
            server.stop(0);
        }
    }

    private static Optional<InetAddress> nonLoopbackAddress() throws Exception {
        for (NetworkInterface ni : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            if (ni.isUp() && !ni.isLoopback()) {
                for (InetAddress a : Collections.list(ni.getInetAddresses())) {
                    if (a instanceof java.net.Inet4Address && !a.isLoopbackAddress()) {
                        return Optional.of(a);
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** A TLS context with a fresh self-signed certificate for 127.0.0.1 (made by the JDK's keytool). */
    private SSLContext selfSigned() throws Exception {
        Path store = dir.resolve("site.p12");
        char[] pass = "changeit".toCharArray();
        Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair", "-alias", "site", "-keyalg", "EC", "-groupname", "secp256r1", "-dname", "CN=127.0.0.1",
                "-ext", "SAN=ip:127.0.0.1", "-validity", "2", "-storetype", "PKCS12", "-keystore", store.toString(),
                "-storepass", "changeit", "-keypass", "changeit").redirectErrorStream(true).start();
        String said = new String(keytool.getInputStream().readAllBytes());
        assertTrue(keytool.waitFor(60, TimeUnit.SECONDS) && keytool.exitValue() == 0, "keytool: " + said);
        KeyStore ks = KeyStore.getInstance("PKCS12");
        try (InputStream in = new FileInputStream(store.toFile())) {
            ks.load(in, pass);
        }
        KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        kmf.init(ks, pass);
        SSLContext tls = SSLContext.getInstance("TLS");
        tls.init(kmf.getKeyManagers(), null, null);
        return tls;
    }
}
