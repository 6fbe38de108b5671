package dev.moddesk.cli;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * The text of {@code --content-file}: strict UTF-8, at most {@value #MAX_BYTES} bytes (WordPress stores at most
 * 64 KB of comment content), with the line breaks an editor leaves at the end taken off.
 */
final class ContentFile {
    static final int MAX_BYTES = 65_535;

    private ContentFile() {
    }

    static String read(Path file) {
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw new UserError(file + ": " + size + " bytes, more than WordPress keeps of a comment (" + MAX_BYTES
                        + ")");
            }
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(Files.readAllBytes(file))).toString();
            return text.replaceFirst("[\\r\\n]+$", "");
        } catch (NoSuchFileException e) {
            throw new UserError(file + ": no such file");
        } catch (CharacterCodingException e) {
            throw new UserError(file + ": not UTF-8 text");
        } catch (IOException e) {
            throw new UserError(file + ": cannot read it (" + e.getMessage() + ")");
        }
    }
}
