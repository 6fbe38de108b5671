package dev.moddesk.faults;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.BiFunction;
import java.util.zip.GZIPOutputStream;

/**
 * Ways to spoil an export file, each one a kind of damage a reader meets in the wild or from an attacker:
 * truncation, flipped bytes, deep nesting, huge fields, invalid UTF-8, entity tricks, odd encodings, JSON
 * values of the wrong type, and pieces of one file spliced into another.
 */
final class Mutations {
    /** One kind of damage: a name for the report and the function that does it. */
    record Mutation(String name, BiFunction<byte[], SplittableRandom, byte[]> apply) { }

    private static final String[] ENTITY_TRICKS = {"&undefined;", "&#0;", "&#xD800;", "&#x110000;", "&#99999999999;",
            "&amp", "&#x1F;", "<![CDATA[", "]]>", "<!ENTITY x \"y\">", "&lt;script&gt;", "<?xml version=\"1.0\"?>",
            "<!-- ", "\u0000", "&#;", "&#x;"};
    private static final String[] PROLOGS = {
            "<!DOCTYPE r [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">"
                    + "<!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\"><!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\">]>",
            "<!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>",
            "<!DOCTYPE r SYSTEM \"http://127.0.0.1:9/evil.dtd\">",
            "<!DOCTYPE r [<!ENTITY % p SYSTEM \"http://127.0.0.1:9/p\"> %p;]>"};
    private static final String[] JSON_VALUES = {"\"abc\"", "1.5e300", "-1", "null", "true", "[]", "{}", "[1,[2,[3]]]",
            "\"\\ud800\"", "18446744073709551617", "{\"rendered\":[1]}", "\"2024-13-45T99:99:99\"", "0.5", "\"\""};
    private static final String[] JSON_KEYS = {"id", "post", "parent", "status", "type", "date_gmt", "date", "content",
            "author_name", "author_email", "author_ip", "author_url", "raw", "rendered"};

    static final List<Mutation> ALL = List.of(
            new Mutation("truncate", (b, r) -> Arrays.copyOf(b, r.nextInt(b.length + 1))),
            new Mutation("flip bytes", Mutations::flip),
            new Mutation("deep nesting", Mutations::nest),
            new Mutation("huge field", Mutations::huge),
            new Mutation("invalid UTF-8", (b, r) -> insert(b, r, pick(r, new byte[][] {
                    {(byte) 0xC3, 0x28}, {(byte) 0xFF}, {(byte) 0xC0, (byte) 0xAF}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
                    {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, {(byte) 0xE2, (byte) 0x82}, {0}}))),
            new Mutation("entity trick", (b, r) -> insert(b, r, ascii(pick(r, ENTITY_TRICKS)))),
            new Mutation("entity prolog", Mutations::entityProlog),
            new Mutation("odd encoding", Mutations::reencode),
            new Mutation("wrong JSON type", Mutations::wrongJsonType),
            new Mutation("gzip", (b, r) -> {
                byte[] z = gzip(b);
                return r.nextBoolean() ? z : Arrays.copyOf(z, r.nextInt(z.length + 1));
            }),
            new Mutation("splice", (b, r) -> {
                int from = r.nextInt(b.length + 1);
                int to = r.nextInt(b.length + 1);
                int len = Math.min(r.nextInt(200), b.length - from);
                return insert(Arrays.copyOf(b, b.length), to, Arrays.copyOfRange(b, from, from + len));
            }));

    private Mutations() {
    }

    static byte[] apply(byte[] seed, SplittableRandom r, StringBuilder log) {
        byte[] b = seed;
        int n = 1 + r.nextInt(3);
        for (int i = 0; i < n; i++) {
            Mutation m = ALL.get(r.nextInt(ALL.size()));
            log.append(i == 0 ? "" : ", ").append(m.name());
            b = m.apply().apply(b, r);
        }
        return b;
    }

    private static byte[] flip(byte[] b, SplittableRandom r) {
        byte[] out = Arrays.copyOf(b, b.length);
        int n = 1 + r.nextInt(8);
        for (int i = 0; i < n && out.length > 0; i++) {
            out[r.nextInt(out.length)] ^= (byte) (1 + r.nextInt(255));
        }
        return out;
    }

    private static byte[] nest(byte[] b, SplittableRandom r) {
        int depth = 1_000 + r.nextInt(r.nextInt(20) == 0 ? 200_000 : 10_000); // now and then very deep
        boolean json = looksLikeJson(b);
        String open = json ? (r.nextBoolean() ? "[" : "{\"a\":") : "<n>";
        String close = json ? (open.equals("[") ? "]" : "}") : "</n>";
        int at = r.nextInt(b.length + 1);
        byte[] closing = r.nextBoolean() ? ascii(close.repeat(depth)) : new byte[0];
        return insert(insert(b, at, ascii(open.repeat(depth))), at + open.length() * depth, closing);
    }

    private static byte[] huge(byte[] b, SplittableRandom r) {
        byte[] big = new byte[64 * 1024 + r.nextInt(r.nextInt(20) == 0 ? 8 << 20 : 256 << 10)]; // now and then 8 MB
        Arrays.fill(big, (byte) (r.nextBoolean() ? 'x' : ' '));
        int at = indexAfter(b, r, looksLikeJson(b) ? "\"raw\":\"" : "<![CDATA[");
        return insert(b, at, big);
    }

    private static byte[] entityProlog(byte[] b, SplittableRandom r) {
        String text = new String(b, StandardCharsets.UTF_8);
        int root = text.indexOf("?>");
        int at = root < 0 ? 0 : root + 2;
        byte[] withProlog = insert(b, at, ascii(pick(r, PROLOGS)));
        int use = indexAfter(withProlog, r, "<![CDATA[");
        return r.nextBoolean() ? insert(withProlog, use, ascii(r.nextBoolean() ? "&d;" : "&x;")) : withProlog;
    }

    private static byte[] reencode(byte[] b, SplittableRandom r) {
        String text = new String(b, StandardCharsets.UTF_8);
        switch (r.nextInt(6)) {
            case 0: return concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, b);
            case 1: return concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, text.getBytes(StandardCharsets.UTF_16BE));
            case 2: return text.getBytes(StandardCharsets.UTF_16LE);
            case 3: return text.getBytes(Charset.forName("UTF-32"));
            case 4: return text.replaceFirst("encoding=\"UTF-8\"", "encoding=\"ISO-8859-1\"").getBytes(StandardCharsets.ISO_8859_1);
            default: return text.replaceFirst("encoding=\"UTF-8\"", "encoding=\"" + pick(r, new String[] {"EBCDIC",
                    "UTF-7", "nonsense", "UTF-16", "Shift_JIS"}) + "\"").getBytes(StandardCharsets.UTF_8);
        }
    }

    /** A JSON value swapped for one of another type (a REST file; XML gets the value as text). */
    private static byte[] wrongJsonType(byte[] b, SplittableRandom r) {
        String text = new String(b, StandardCharsets.UTF_8);
        String key = "\"" + pick(r, JSON_KEYS) + "\":";
        int at = text.indexOf(key, r.nextInt(Math.max(1, text.length())));
        if (at < 0) {
            at = text.indexOf(key);
        }
        if (at < 0) {
            return r.nextBoolean() ? ascii("{\"id\":1}") : insert(b, r, ascii(pick(r, JSON_VALUES)));
        }
        int start = at + key.length();
        int end = valueEnd(text, start);
        return (text.substring(0, start) + pick(r, JSON_VALUES) + text.substring(end)).getBytes(StandardCharsets.UTF_8);
    }

    /** Where the JSON value that starts at {@code start} ends (a rough scan: enough to swap it out). */
    private static int valueEnd(String text, int start) {
        int depth = 0;
        boolean inString = false;
        for (int i = start; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (inString) {
                if (ch == '\\') {
                    i++;
                } else if (ch == '"') {
                    inString = false;
                    if (depth == 0) {
                        return i + 1;
                    }
                }
            } else if (ch == '"') {
                inString = true;
            } else if (ch == '{' || ch == '[') {
                depth++;
            } else if (ch == '}' || ch == ']') {
                if (depth == 0) {
                    return i;
                }
                if (--depth == 0) {
                    return i + 1;
                }
            } else if (ch == ',' && depth == 0) {
                return i;
            }
        }
        return text.length();
    }

    static boolean looksLikeJson(byte[] b) {
        for (byte x : b) {
            if (!Character.isWhitespace(x)) {
                return x == '[' || x == '{';
            }
        }
        return false;
    }

    private static int indexAfter(byte[] b, SplittableRandom r, String marker) {
        String text = new String(b, StandardCharsets.ISO_8859_1);
        int at = text.indexOf(marker, r.nextInt(b.length + 1));
        return at < 0 ? r.nextInt(b.length + 1) : at + marker.length();
    }

    private static byte[] insert(byte[] b, SplittableRandom r, byte[] what) {
        return insert(b, r.nextInt(b.length + 1), what);
    }

    private static byte[] insert(byte[] b, int at, byte[] what) {
        byte[] out = new byte[b.length + what.length];
        System.arraycopy(b, 0, out, 0, at);
        System.arraycopy(what, 0, out, at, what.length);
        System.arraycopy(b, at, out, at + what.length, b.length - at);
        return out;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        return insert(b, 0, a);
    }

    private static <T> T pick(SplittableRandom r, T[] options) {
        return options[r.nextInt(options.length)];
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] gzip(byte[] b) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream z = new GZIPOutputStream(bytes)) {
            z.write(b);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
