package dev.moddesk.ui.detail;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * Where a link goes, in the few words shown right after its text: the host ("casino.example"), the address of a
 * mailto link, or the target itself (shortened) when it is neither. A moderator sees where a link goes without
 * hovering; the whole target is in the link's tooltip.
 */
public final class LinkTarget {
    private static final int LONGEST = 40;

    private LinkTarget() {
    }

    /** The short form of {@code href}. */
    public static String shortForm(String href) {
        String h = href.strip();
        try {
            URI uri = new URI(h);
            if ("mailto".equalsIgnoreCase(uri.getScheme()) && uri.getSchemeSpecificPart() != null) {
                return clip(uri.getSchemeSpecificPart());
            }
            if (uri.getHost() != null) {
                return uri.getHost().toLowerCase(Locale.ROOT);
            }
        } catch (URISyntaxException notAnUri) {
            // shown as written
        }
        return clip(h);
    }

    /**
     * Whether the link's own text already says where it goes (a bare URL, or the address of a mailto link):
     * then the short form after it would only repeat it.
     */
    public static boolean saidBy(String linkText, String href) {
        return linkText.toLowerCase(Locale.ROOT).contains(shortForm(href).toLowerCase(Locale.ROOT));
    }

    private static String clip(String s) {
        return s.length() > LONGEST ? s.substring(0, LONGEST - 1) + "…" : s;
    }
}
