package dev.moddesk.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.moddesk.app.sync.CredentialVault;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code sync --password-file}: every bad file is one line and exit 1, read at most 4 KiB, before any database. */
class PasswordFileTest {
    @TempDir
    Path dir;

    /** The one stderr line of a sync that must stop at its password file; no database is created. */
    private String refused(Path passwordFile) {
        Path db = dir.resolve("desk.db");
        String line = CliTest.userError("--db", db.toString(), "sync", "--site", "http://127.0.0.1:9",
                "--user", "alice", "--password-file", passwordFile.toString());
        assertTrue(line.startsWith("moddesk: --password-file " + passwordFile), line);
        assertFalse(line.contains("Exception") || line.contains("\tat "), "no stack trace: " + line);
        assertFalse(Files.exists(db), "no database for a run that cannot start");
        return line;
    }

    @Test
    void devZeroIsRefusedAfterFourKibibytes() {
        Path zero = Path.of("/dev/zero");
        assumeTrue(Files.isReadable(zero), "a system with /dev/zero");
        assertTrue(refused(zero).contains("larger than 4 KiB"));
    }

    @Test
    void aFileOverFourKibibytesIsRefused() throws IOException {
        Path big = Files.writeString(dir.resolve("big"), "x".repeat(CredentialVault.MAX_PASSWORD_FILE_BYTES + 1));
        assertTrue(refused(big).contains("larger than 4 KiB"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "\n", "   \nsecond line\n"})
    void anEmptyFirstLineIsRefused(String text) throws IOException {
        assertTrue(refused(Files.writeString(dir.resolve("pw"), text)).contains("is empty"));
    }

    @Test
    void aMissingFileAFolderAndNonUtf8AreRefused() throws IOException {
        assertTrue(refused(dir.resolve("missing")).contains("no such file"));
        assertTrue(refused(Files.createDirectory(dir.resolve("folder"))).contains("is a folder"));
        Path latin1 = Files.write(dir.resolve("latin1"), new byte[] {'p', (byte) 0xE9, '\n'});
        assertTrue(refused(latin1).contains("not UTF-8"));
    }

    @Test
    void anUnreadableFileIsRefused() throws IOException {
        Path locked = Files.writeString(dir.resolve("locked"), "abcd EFGH 1234\n");
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        assumeTrue(!Files.isReadable(locked), "not running as root");
        assertTrue(refused(locked).contains("permission denied"));
    }
}
