package dev.moddesk.triage;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the subset of PHP's {@code serialize()} format that WordPress plugins keep in comment meta: arrays
 * ({@code a:}), strings ({@code s:}, length in UTF-8 bytes), integers, floats, booleans and null. It only reads data:
 * objects ({@code O:}, {@code C:}) and references are refused, so nothing is ever instantiated or run. Anything
 * malformed, truncated or nested deeper than {@link #MAX_DEPTH} reads as empty, never as an error.
 *
 * <p>Values come back as {@link String}, {@link Long}, {@link Double}, {@link Boolean}, null, or a
 * {@code Map<Object, Object>} (keys {@link Long} or {@link String}, in serialised order) for an array.
 */
public final class PhpSerialized {
    static final int MAX_DEPTH = 16;

    private final byte[] in;
    private int at;

    private PhpSerialized(byte[] in) {
        this.in = in;
    }

    /** The value {@code text} serialises; empty when it is malformed or is PHP's null. */
    public static Optional<Object> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        PhpSerialized p = new PhpSerialized(text.getBytes(StandardCharsets.UTF_8));
        try {
            Object value = p.value(0);
            return p.at == p.in.length ? Optional.ofNullable(value) : Optional.empty();
        } catch (Malformed e) {
            return Optional.empty();
        }
    }

    /** {@link #parse} when the value is an array, else empty. */
    @SuppressWarnings("unchecked")
    public static Optional<Map<Object, Object>> array(String text) {
        return parse(text).filter(Map.class::isInstance).map(v -> (Map<Object, Object>) v);
    }

    private Object value(int depth) {
        if (depth > MAX_DEPTH || at >= in.length) {
            throw new Malformed();
        }
        char type = (char) in[at++];
        if (type == 'N') {
            expect(';');
            return null;
        }
        expect(':');
        switch (type) {
            case 'i':
                return integer(';');
            case 'd':
                return decimal();
            case 'b': {
                long b = integer(';');
                if (b != 0 && b != 1) {
                    throw new Malformed();
                }
                return b == 1;
            }
            case 's':
                return string();
            case 'a':
                return array(depth);
            default:
                throw new Malformed(); // objects, references and custom serialisations are never read
        }
    }

    private String string() {
        long length = integer(':');
        expect('"');
        if (length < 0 || length > in.length - at) {
            throw new Malformed();
        }
        String s = new String(in, at, (int) length, StandardCharsets.UTF_8);
        at += (int) length;
        expect('"');
        expect(';');
        return s;
    }

    private Map<Object, Object> array(int depth) {
        long count = integer(':');
        expect('{');
        if (count < 0 || count > in.length - at) {
            throw new Malformed(); // each element takes several bytes: a larger count cannot be true
        }
        Map<Object, Object> out = new LinkedHashMap<>();
        for (long i = 0; i < count; i++) {
            Object key = value(depth + 1);
            if (!(key instanceof Long) && !(key instanceof String)) {
                throw new Malformed();
            }
            out.put(key, value(depth + 1));
        }
        expect('}');
        return out;
    }

    private long integer(char end) {
        int start = at;
        while (at < in.length && in[at] != end) {
            at++;
        }
        if (at >= in.length) {
            throw new Malformed();
        }
        String digits = new String(in, start, at - start, StandardCharsets.US_ASCII);
        at++;
        try {
            return Long.parseLong(digits.startsWith("+") ? digits.substring(1) : digits);
        } catch (NumberFormatException e) {
            throw new Malformed();
        }
    }

    private double decimal() {
        int start = at;
        while (at < in.length && in[at] != ';') {
            at++;
        }
        if (at >= in.length) {
            throw new Malformed();
        }
        String text = new String(in, start, at - start, StandardCharsets.US_ASCII);
        at++;
        switch (text) {
            case "INF": return Double.POSITIVE_INFINITY;
            case "-INF": return Double.NEGATIVE_INFINITY;
            case "NAN": return Double.NaN;
            default:
                try {
                    return Double.parseDouble(text);
                } catch (NumberFormatException e) {
                    throw new Malformed();
                }
        }
    }

    private void expect(char c) {
        if (at >= in.length || in[at] != c) {
            throw new Malformed();
        }
        at++;
    }

    /** Thrown inside the parser for any malformed input; never escapes {@link #parse}. */
    private static final class Malformed extends RuntimeException {
        Malformed() {
            super(null, null, false, false);
        }
    }
}
