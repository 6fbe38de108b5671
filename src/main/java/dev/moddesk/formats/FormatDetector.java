package dev.moddesk.formats;

import com.ctc.wstx.exc.WstxLazyException;
import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/** Tells an export's format from its content, never from its name. Gzipped files are opened transparently. */
public final class FormatDetector {
    private static final int PEEK = 64 * 1024;

    private FormatDetector() {
    }

    /**
     * Wraps a raw file stream: undoes gzip and gives a stream that supports mark/reset. A truncated or damaged
     * gzip file throws {@link ImportException} naming {@code file}, here or on any later read.
     */
    public static BufferedInputStream open(String file, InputStream raw) throws IOException {
        BufferedInputStream in = new BufferedInputStream(raw, 1 << 16);
        in.mark(2);
        int b1 = in.read();
        int b2 = in.read();
        in.reset();
        if (b1 == 0x1f && b2 == 0x8b) {
            return new BufferedInputStream(new Gunzip(file, in), 1 << 16);
        }
        return in;
    }

    /** Detects the format of {@code in} (opened with {@link #open}) and leaves the stream at its start. */
    public static ImportFormat detect(String file, BufferedInputStream in) throws IOException {
        in.mark(PEEK);
        byte[] head = in.readNBytes(PEEK);
        in.reset();
        if (head.length == 0) {
            throw new ImportException(file, "the file is empty");
        }
        String text = new String(head, encoding(head));
        int i = skipBomAndSpace(text);
        if (i >= text.length()) {
            throw new ImportException(file, "the file holds only white space");
        }
        char first = text.charAt(i);
        if (first == '[') {
            return ImportFormat.REST_JSON;
        }
        if (first == '{') {
            throw new ImportException(file, 1, 1, "a JSON object, not an array of WordPress REST comments; "
                    + "export comments with GET /wp/v2/comments?context=edit", null);
        }
        if (first == '<') {
            return detectXml(file, head, text);
        }
        throw new ImportException(file, "unknown format: not a WordPress export (WXR), a Disqus export "
                + "or a JSON array of WordPress REST comments");
    }

    private static ImportFormat detectXml(String file, byte[] head, String text) {
        try {
            XMLStreamReader r = SafeXml.open(new java.io.ByteArrayInputStream(head));
            while (r.hasNext()) {
                int event = r.next();
                if (event == XMLStreamConstants.DTD) {
                    throw SafeXml.refuseDtd(file, r);
                }
                if (event == XMLStreamConstants.START_ELEMENT) {
                    String root = r.getLocalName();
                    if (root.equals("rss")) {
                        return ImportFormat.WXR;
                    }
                    if (root.equals("disqus")) {
                        return ImportFormat.DISQUS;
                    }
                    throw new ImportException(file, r.getLocation().getLineNumber(), r.getLocation().getColumnNumber(),
                            "unknown format: an XML file whose root is <" + root + ">, not a WordPress (rss) "
                                    + "or Disqus export", null);
                }
            }
        } catch (XMLStreamException | WstxLazyException e) {
            if (head.length < PEEK) {
                throw e instanceof WstxLazyException lazy ? SafeXml.wrap(file, lazy, null)
                        : SafeXml.wrap(file, (XMLStreamException) e, null);
            }
            // the root element lies beyond the peeked bytes: let the full reader report what is wrong
        }
        return text.contains("<disqus") ? ImportFormat.DISQUS : ImportFormat.WXR;
    }

    /**
     * The encoding the first bytes show, enough to find the first character: a byte order mark (UTF-8, UTF-16 or
     * UTF-32, either byte order), else the zero bytes around a first ASCII character (XML 1.0 appendix F; JSON
     * starts with ASCII too), else UTF-8 for every ASCII-compatible encoding, such as one that an XML declaration
     * names. The parsers then read the file by the same marks and declaration.
     */
    private static Charset encoding(byte[] b) {
        int b0 = b.length > 0 ? b[0] & 0xff : -1;
        int b1 = b.length > 1 ? b[1] & 0xff : -1;
        int b2 = b.length > 2 ? b[2] & 0xff : -1;
        int b3 = b.length > 3 ? b[3] & 0xff : -1;
        if (b0 == 0 && b1 == 0 && (b2 == 0xFE && b3 == 0xFF || b2 == 0 && b3 > 0)) {
            return Charset.forName("UTF-32BE");
        }
        if (b0 == 0xFF && b1 == 0xFE && b2 == 0 && b3 == 0 || b0 > 0 && b1 == 0 && b2 == 0 && b3 == 0) {
            return Charset.forName("UTF-32LE");
        }
        if (b0 == 0xFE && b1 == 0xFF || b0 == 0 && b1 > 0) {
            return StandardCharsets.UTF_16BE;
        }
        if (b0 == 0xFF && b1 == 0xFE || b0 > 0 && b1 == 0) {
            return StandardCharsets.UTF_16LE;
        }
        return StandardCharsets.UTF_8;
    }

    /** Where the first character after a byte order mark and white space is. */
    private static int skipBomAndSpace(String text) {
        int i = text.startsWith("\uFEFF") ? 1 : 0;
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\n' || text.charAt(i) == '\r'
                || text.charAt(i) == '\t')) {
            i++;
        }
        return i;
    }

    /**
     * Undoes gzip, turning its own errors into one clear import error: a file cut short gives an EOFException
     * without a message (the user saw "cannot read the file: null"), a damaged one a ZipException.
     */
    private static final class Gunzip extends FilterInputStream {
        private final String file;

        Gunzip(String file, InputStream in) throws IOException {
            super(null);
            this.file = file;
            try {
                this.in = new GZIPInputStream(in, 1 << 16);
            } catch (ZipException | EOFException e) {
                throw damaged(e);
            }
        }

        @Override
        public int read() throws IOException {
            try {
                return in.read();
            } catch (ZipException | EOFException e) {
                throw damaged(e);
            }
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            try {
                return in.read(b, off, len);
            } catch (ZipException | EOFException e) {
                throw damaged(e);
            }
        }

        private ImportException damaged(IOException e) {
            return new ImportException(file, -1, -1, "truncated or damaged gzip file"
                    + (e.getMessage() == null ? "" : " (" + e.getMessage() + ")"), e);
        }
    }
}
