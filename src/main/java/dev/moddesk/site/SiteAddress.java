package dev.moddesk.site;

import dev.moddesk.core.SiteUrl;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;

/**
 * A WordPress site's base address, checked: {@code https}, or plain {@code http} only on a loopback address
 * (127.0.0.0/8, ::1, localhost), because Basic authentication over plain http would send the Application
 * Password in clear text.
 */
public final class SiteAddress {
    private final URI base;
    private final String identity;

    private SiteAddress(URI base, String identity) {
        this.base = base;
        this.identity = identity;
    }

    /** Parses and checks {@code raw}; a clear {@link SiteException} when it is not a usable site address. */
    public static SiteAddress parse(String raw) {
        if (raw == null || raw.isBlank()) {
            throw new SiteException("no site address given");
        }
        String text = raw.strip();
        URI uri;
        try {
            uri = new URI(text);
        } catch (URISyntaxException e) {
            throw new SiteException("'" + text + "' is not a site address: " + e.getReason());
        }
        String scheme = uri.getScheme() == null ? null : uri.getScheme().toLowerCase(Locale.ROOT);
        if (scheme == null || uri.getHost() == null || !(scheme.equals("https") || scheme.equals("http"))) {
            throw new SiteException("'" + text + "' is not a site address: give the site's URL, e.g. https://example.com");
        }
        if (uri.getRawUserInfo() != null) {
            throw new SiteException("put the user name in --user, not in the site address");
        }
        if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
            throw new SiteException("'" + text + "': give the site's base URL, without ?query or #fragment");
        }
        if (scheme.equals("http") && !isLoopback(uri.getHost())) {
            throw new SiteException(text + ": HTTPS is required (plain http is allowed only for loopback addresses "
                    + "such as 127.0.0.1 and localhost), so that the Application Password is never sent in clear text");
        }
        String identity = SiteUrl.normalise(text);
        URI base = URI.create(identity);
        return new SiteAddress(base, identity);
    }

    /** 127.0.0.0/8, ::1 or the name localhost; other names are not resolved (their address could change). */
    static boolean isLoopback(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        if (h.startsWith("[") && h.endsWith("]")) {
            h = h.substring(1, h.length() - 1);
        }
        if (h.equals("localhost") || h.endsWith(".localhost")) {
            return true;
        }
        boolean literal = h.matches("[0-9.]+") || h.contains(":");
        if (!literal) {
            return false;
        }
        try {
            return InetAddress.getByName(h).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    /** The base URL requests are built on (no trailing slash). */
    public URI base() {
        return base;
    }

    /** The site's identity in the store ({@link SiteUrl#normalise}). */
    public String identity() {
        return identity;
    }

    @Override
    public String toString() {
        return base.toString();
    }
}
