package dev.moddesk.formats;

import com.ctc.wstx.exc.WstxLazyException;
import com.ctc.wstx.stax.WstxInputFactory;
import java.io.InputStream;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * StAX readers hardened against XXE: no DTD processing, no external entities. A document that carries a
 * DTD at all is refused by the readers ({@link #refuseDtd}), so an entity-expansion bomb never expands.
 */
public final class SafeXml {
    private static final XMLInputFactory FACTORY = createFactory();

    private SafeXml() {
    }

    private static XMLInputFactory createFactory() {
        XMLInputFactory f = new WstxInputFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        f.setProperty(XMLInputFactory.IS_COALESCING, false);
        f.setXMLResolver((publicId, systemId, baseUri, ns) -> {
            throw new XMLStreamException("external resources are not loaded: " + systemId);
        });
        return f;
    }

    public static XMLStreamReader open(InputStream in) throws XMLStreamException {
        return FACTORY.createXMLStreamReader(in);
    }

    /** Reads a whole document. */
    interface Document {
        void read(XMLStreamReader reader) throws XMLStreamException;
    }

    /** Opens {@code in} safely and reads it; a parser error becomes an import error naming file, line and column. */
    static void read(String file, InputStream in, Document document) {
        XMLStreamReader reader = null;
        try {
            reader = open(in);
            document.read(reader);
        } catch (XMLStreamException e) {
            throw wrap(file, e, reader);
        } catch (WstxLazyException e) {
            throw wrap(file, e, reader);
        }
    }

    static ImportException refuseDtd(String file, XMLStreamReader r) {
        Location l = r.getLocation();
        return new ImportException(file, l.getLineNumber(), l.getColumnNumber(),
                "the file declares a DTD (<!DOCTYPE>); DTDs and entities are refused for safety", null);
    }

    /** Woodstox reports some errors late, from a text accessor, wrapped in an unchecked exception. */
    static ImportException wrap(String file, WstxLazyException e, XMLStreamReader reader) {
        if (e.getCause() instanceof XMLStreamException cause) {
            return wrap(file, cause, reader);
        }
        return new ImportException(file, -1, -1, "malformed XML: " + e.getMessage(), e);
    }

    /** Turns a parser error into an import error that names the file, line and column. */
    static ImportException wrap(String file, XMLStreamException e, XMLStreamReader reader) {
        Location l = e.getLocation();
        if ((l == null || l.getLineNumber() <= 0) && reader != null) {
            l = reader.getLocation(); // encoding errors carry no location; the reader's position is close
        }
        String message = e.getMessage() == null ? "malformed XML" : e.getMessage();
        // Woodstox appends " at [row,col {unknown-source}]: [l,c]" on its own line; the location is reported apart.
        int at = message.indexOf("\n at [");
        if (at >= 0) {
            message = message.substring(0, at);
        }
        message = message.replace('\n', ' ').strip();
        if (message.contains("Invalid byte") || message.contains("Invalid UTF-8") || message.contains("MalformedInput")) {
            message = "invalid UTF-8: " + message;
        }
        if (message.contains("Unexpected EOF") || message.contains("end of file") || message.contains("Premature end")
                || message.contains("must start and end within the same entity")) {
            message = "the file ends early (truncated?): " + message;
        }
        return new ImportException(file, l == null ? -1 : l.getLineNumber(), l == null ? -1 : l.getColumnNumber(),
                "malformed XML: " + message, e);
    }
}
