package dev.moddesk.formats;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Finds the line and column of the first byte sequence that is not UTF-8. Parsers read ahead in blocks and
 * report such errors with a block-relative position or none; this re-reads the file once, on the error path.
 */
public final class Utf8Position {
    private Utf8Position() {
    }

    /** {@code {line, column}} (1-based, column in characters) of the first invalid sequence, if any. */
    public static Optional<int[]> firstError(InputStream in) throws IOException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer bytes = ByteBuffer.allocate(1 << 16);
        CharBuffer chars = CharBuffer.allocate(1 << 16);
        int line = 1;
        int column = 1;
        boolean eof = false;
        while (true) {
            if (!eof) {
                int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
                if (n < 0) {
                    eof = true;
                } else {
                    bytes.position(bytes.position() + n);
                }
            }
            bytes.flip();
            CoderResult result = decoder.decode(bytes, chars, eof);
            chars.flip();
            while (chars.hasRemaining()) {
                char ch = chars.get();
                if (ch == '\n') {
                    line++;
                    column = 1;
                } else if (!Character.isLowSurrogate(ch)) {
                    column++;
                }
            }
            chars.clear();
            if (result.isError()) {
                return Optional.of(new int[] {line, column});
            }
            bytes.compact();
            if (eof && bytes.position() == 0) {
                return Optional.empty();
            }
        }
    }
}
