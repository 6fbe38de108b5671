package dev.moddesk.core;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * A site's identity: its base URL normalised (lower-case scheme and host, explicit non-default port,
 * path without trailing slash), so that a WXR export and the REST API of one site land on the same site.
 */
public final class SiteUrl {
    /** The site of files that do not say where they come from. */
    public static final String UNKNOWN = "local:unknown";

    private SiteUrl() {
    }

    public static String normalise(String raw) {
        if (raw == null || raw.isBlank()) {
            return UNKNOWN;
        }
        String trimmed = raw.trim();
        try {
            URI uri = new URI(trimmed);
            if (uri.getScheme() == null || uri.getHost() == null) {
                return stripSlash(trimmed);
            }
            String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
            String host = uri.getHost().toLowerCase(Locale.ROOT);
            int port = uri.getPort();
            boolean defaultPort = port == -1 || ("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443);
            String path = uri.getRawPath() == null ? "" : uri.getRawPath();
            return scheme + "://" + host + (defaultPort ? "" : ":" + port) + stripSlash(path);
        } catch (URISyntaxException e) {
            return stripSlash(trimmed);
        }
    }

    private static String stripSlash(String s) {
        String out = s;
        while (out.endsWith("/")) {
            out = out.substring(0, out.length() - 1);
        }
        return out;
    }
}
