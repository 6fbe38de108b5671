package dev.moddesk.triage;

import dev.moddesk.core.CommentType;
import dev.moddesk.triage.AuthorChecks.Validity;
import dev.moddesk.triage.Features.Signal;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.commons.validator.routines.DomainValidator;

/**
 * Reads a comment once for everything the triage needs: its hashed {@link Features}, the normalised text that
 * near-duplicates are found by, and the keys of its author's history (email, IP, website domain).
 */
final class Analysis {
    /**
     * Bumped whenever the features change meaning, so that a stored model trained on other features is refused.
     * An absent field or no link is no feature at all (the bias covers it), so that a verdict never names what
     * every comment has ("no email address" where none carries one).
     */
    static final int FEATURES_VERSION = 3;
    private static final int WORD = 0x5157;
    private static final int PHRASE = 0x7a1d;
    private static final int GRAMS = 0x3c9b;
    private static final int SIGNAL = 0x11f3;
    private static final int MIN_GRAM = 2;
    private static final int MAX_GRAM = 5;
    private static final int MOST_HOSTS = 8;
    /** What may stand between the digits of a phone number: the regular expression's {@code [\s().-]}. */
    private static final String PHONE_SEPARATORS = " \t\n\u000B\f\r().-";
    /** What {@link #shapeSignals} counts of a character, as bits of its {@link #shape}. */
    private static final int WHITESPACE = 1;
    private static final int DIGIT = 2;
    private static final int LETTER = 4;
    private static final int UPPER = 8;
    /**
     * The shape of each ASCII character, as {@link #shape} tells it: most text is ASCII, and four lookups in
     * Character's tables per character were a tenth of what reading a comment cost.
     */
    private static final byte[] ASCII_SHAPES = new byte[128];

    static {
        for (int c = 0; c < ASCII_SHAPES.length; c++) {
            ASCII_SHAPES[c] = (byte) shape(c);
        }
    }

    final Features features;
    final String dupText;
    final String emailKey;
    final String ipKey;
    final String siteKey;
    /**
     * A word's code points between angle brackets, each {@link Hashing#mix}ed, for its n-grams: one array for all
     * the words of a comment.
     */
    private int[] codePoints = new int[Words.LONGEST + 2];

    /** What a comment is read for: what each needs of its features. */
    private enum Purpose {
        /** A verdict: the features with their labels, which its reasons name. */
        JUDGE,
        /** Learning: the features without labels (most comments read are only learnt from). */
        LEARN,
        /** What it tells about others: no features. */
        KNOW
    }

    private Analysis(CommentFacts c, Purpose purpose) {
        features = new Features(purpose == Purpose.JUDGE);
        HtmlText html = HtmlText.of(c.content());
        Links.Scan scan = Links.scan(html.text());
        List<String> words = Words.of(scan.rest());
        Set<String> addresses = new LinkedHashSet<>(html.links());
        addresses.addAll(scan.addresses());
        try {
            if (purpose != Purpose.KNOW) {
                textFeatures(words);
                linkSignals(addresses, scan.addresses().size());
                shapeSignals(html.text());
                authorSignals(c);
            }
        } finally {
            features.done();
        }
        dupText = String.join(" ", words) + " " + hosts(addresses);
        emailKey = emailKey(c);
        ipKey = ipKey(c);
        siteKey = siteKey(c);
    }

    static String emailKey(CommentFacts c) {
        return c.email().strip().toLowerCase(Locale.ROOT);
    }

    static String ipKey(CommentFacts c) {
        return c.ip().strip().toLowerCase(Locale.ROOT);
    }

    static String siteKey(CommentFacts c) {
        return c.url().isBlank() ? "" : Links.host(c.url());
    }

    /** Everything, for a verdict. */
    static Analysis of(CommentFacts c) {
        return new Analysis(c, Purpose.JUDGE);
    }

    /** As {@link #of}, but features without their labels: the same model learns from them, no verdict names them. */
    static Analysis toLearn(CommentFacts c) {
        return new Analysis(c, Purpose.LEARN);
    }

    /**
     * Only what the decided comments tell about others (the text for near-duplicates, the author's keys), without
     * the features: several times cheaper, for the decisions that the model does not learn from.
     */
    static Analysis known(CommentFacts c) {
        return new Analysis(c, Purpose.KNOW);
    }

    /** The hash of a word's own feature, before it is folded into the model's weights. */
    static int wordHash(String word) {
        return Hashing.of(WORD, word);
    }

    private void textFeatures(List<String> words) {
        try {
            wordFeatures(words);
        } finally {
            features.endText();
        }
    }

    private void wordFeatures(List<String> words) {
        String previous = null;
        for (String w : words) {
            if (previous != null) {
                features.text(Hashing.of(PHRASE, previous, ' ', w),
                        features.labelled() ? new Features.Phrase(previous, w) : null);
            }
            features.word(wordHash(w), w);
            previous = w;
            if (w.codePointCount(0, w.length()) > 1) {
                charGrams(w);
            }
        }
    }

    /** Character n-grams of "<word>" by code point: catch spelling variants, inflections and unspaced scripts. */
    private void charGrams(String w) {
        if (codePoints.length < w.length() + 2) {
            codePoints = new int[w.length() + 2];
        }
        int[] mixed = codePoints; // each code point mixed once for the n-grams that hold it
        int n = 0;
        mixed[n++] = Hashing.mix('<');
        for (int i = 0; i < w.length(); ) {
            int cp = w.codePointAt(i);
            mixed[n++] = Hashing.mix(cp);
            i += Character.charCount(cp);
        }
        mixed[n++] = Hashing.mix('>');
        for (int len = MIN_GRAM; len <= MAX_GRAM; len++) {
            for (int start = 0; start + len <= n; start++) {
                features.text(Hashing.ofMixed(GRAMS + len, mixed, start, start + len), w);
            }
        }
    }

    private void linkSignals(Set<String> addresses, int bare) {
        int links = addresses.size();
        if (links > 0) {
            String bucket = links <= 2 ? String.valueOf(links) : links <= 4 ? "3-4" : "5+";
            signal("links:" + bucket, links == 1 ? "1 link" : links + " links", links <= 1 ? 0 : links <= 2 ? 0.5 : 1.0);
        }
        if (bare > 0) {
            signal("bare-address", bare == 1 ? "a web address written out in the text"
                    : bare + " web addresses written out in the text", 0.3);
        }
        int hosts = 0;
        for (String address : addresses) {
            String host = Links.host(address);
            if (host.isEmpty() || hosts++ == MOST_HOSTS) {
                continue;
            }
            Signal to = new Signal(Reasons.LINKS_TO + host, 0);
            features.signal(Hashing.of(SIGNAL, "host:" + host), to);
            for (String word : Links.pathWords(address, 6)) {
                features.signal(Hashing.of(SIGNAL, "path:" + word), to);
            }
        }
    }

    private void shapeSignals(String text) {
        int letters = 0;
        int upper = 0;
        int bangRun = 0;
        int longestBangs = 0;
        int length = 0;
        int digits = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            int shape = cp < ASCII_SHAPES.length ? ASCII_SHAPES[cp] : shape(cp);
            if ((shape & WHITESPACE) == 0) {
                length++;
            }
            if ((shape & DIGIT) != 0) {
                digits++;
            }
            if ((shape & LETTER) != 0) {
                letters++;
                if ((shape & UPPER) != 0) {
                    upper++;
                }
            }
            bangRun = cp == '!' ? bangRun + 1 : 0;
            longestBangs = Math.max(longestBangs, bangRun);
        }
        if (letters >= 12 && upper * 5 >= letters * 4) {
            signal("caps:most", "mostly capital letters", 0.3);
        } else if (letters >= 12 && upper * 2 >= letters) {
            signal("caps:many", "many capital letters");
        }
        if (longestBangs >= 3) {
            signal("bangs", "repeated exclamation marks");
        }
        if (digits >= 9 && text.length() < 4096 && hasPhoneNumber(text)) {
            signal("phone", "a phone number", 0.3);
        }
        signal("length:" + lengthBucket(length), lengthWords(length));
    }

    /** What {@link #shapeSignals} counts of a code point: whitespace, digit, letter, capital letter. */
    private static int shape(int cp) {
        return (Character.isWhitespace(cp) ? WHITESPACE : 0) | (Character.isDigit(cp) ? DIGIT : 0)
                | (Character.isLetter(cp) ? LETTER : 0) | (Character.isUpperCase(cp) ? UPPER : 0);
    }

    /**
     * Whether {@code text} holds a phone number: nine digits or more, each but the first after at most two of space,
     * parentheses, dot or hyphen (what the pattern {@code \+?\d(?:[\s().-]{0,2}\d){8,}} finds, in one scan instead
     * of a match tried from every digit, each of which allocated a set for its loop).
     */
    static boolean hasPhoneNumber(String text) {
        int digits = 0;
        int gap = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                digits = digits > 0 && gap <= 2 ? digits + 1 : 1;
                gap = 0;
                if (digits >= 9) {
                    return true;
                }
            } else if (digits > 0 && PHONE_SEPARATORS.indexOf(c) >= 0) {
                gap++;
            } else {
                digits = 0;
            }
        }
        return false;
    }

    private static int lengthBucket(int length) {
        return length < 20 ? 0 : length < 60 ? 1 : length < 200 ? 2 : length < 600 ? 3 : 4;
    }

    private static String lengthWords(int length) {
        switch (lengthBucket(length)) {
            case 0: return length == 0 ? "no text" : "very short text";
            case 1: return "short text";
            case 2: return "text of ordinary length";
            case 3: return "long text";
            default: return "very long text";
        }
    }

    private void authorSignals(CommentFacts c) {
        emailSignals(c.email());
        Validity url = AuthorChecks.url(c.url());
        switch (url) {
            case EMPTY: break;
            case INVALID: signal("url:invalid", invalidUrlWords(c.url()), 0.5); break;
            default: signal("url:valid", "gives a website");
        }
        Validity ip = AuthorChecks.ip(c.ip());
        if (ip == Validity.INVALID) {
            signal("ip:invalid", "IP address is not valid", 0.5);
        } else if (ip == Validity.VALID) {
            signal(c.ip().contains(":") ? "ip:v6" : "ip:v4", c.ip().contains(":") ? "an IPv6 address" : "an IPv4 address");
        }
        String emailDomain = emailDomain(c.email());
        if (url == Validity.VALID && !emailDomain.isEmpty()) {
            String site = Links.host(c.url());
            boolean same = site.equals(emailDomain) || site.endsWith("." + emailDomain)
                    || emailDomain.endsWith("." + site);
            signal(same ? "domains:same" : "domains:differ",
                    same ? "website and email share a domain" : "website and email domains differ");
        }
        String author = c.author().strip();
        if (author.isEmpty()) {
            signal("author:empty", "no author name");
        } else if (!Links.scan(author).addresses().isEmpty()) {
            signal("author:address", "author name contains a web address", 1.5);
        }
        if (c.type() != CommentType.COMMENT) {
            signal("type:" + c.type().word(), "a " + c.type().word());
        }
        if (c.agent() != null && c.agent().isBlank()) {
            signal("agent:empty", "no browser user agent");
        }
    }

    /** Why a website address is not valid, as far as a moderator cares: most often a made-up top-level domain. */
    private static String invalidUrlWords(String url) {
        String host = Links.host(url.strip());
        int dot = host.lastIndexOf('.');
        return dot > 0 && !DomainValidator.getInstance().isValidTld(host.substring(dot + 1))
                ? "website domain has no valid top-level domain" : "website address is not valid";
    }

    private void emailSignals(String email) {
        Validity validity = AuthorChecks.email(email);
        if (validity == Validity.EMPTY) {
            return;
        }
        if (validity == Validity.VALID) {
            signal("email:valid", "a valid email address");
            return;
        }
        String domain = emailDomain(email);
        int dot = domain.lastIndexOf('.');
        String tld = dot < 0 ? "" : domain.substring(dot + 1);
        if (!email.contains("@")) {
            signal("email:invalid", "email address is not valid", 1.0);
        } else if (!DomainValidator.getInstance().isValidTld(tld)) {
            signal("email:tld", "email domain has no valid top-level domain", 1.5);
        } else {
            signal("email:invalid", "email address is not valid", 1.0);
        }
    }

    private static String emailDomain(String email) {
        int at = email.lastIndexOf('@');
        return at < 0 ? "" : email.substring(at + 1).strip().toLowerCase(Locale.ROOT);
    }

    private static String hosts(Set<String> addresses) {
        StringBuilder out = new StringBuilder();
        for (String a : addresses) {
            out.append(Links.host(a)).append(' ');
        }
        return out.toString().strip();
    }

    private void signal(String key, String reason) {
        signal(key, reason, 0);
    }

    private void signal(String key, String reason, double prior) {
        features.signal(Hashing.of(SIGNAL, key), new Signal(reason, prior));
    }
}
