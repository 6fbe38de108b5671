package dev.moddesk.app.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moddesk.app.sync.CredentialVault;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Password files: the first line, at most 4 KiB read (the command line's refusals are in PasswordFileTest). */
class CredentialVaultTest {
    @TempDir
    Path dir;

    @Test
    void theFirstLineIsThePassword_atExactlyTheLimitToo() throws IOException {
        String padded = "abcd EFGH 1234 ijkl\n" + "#".repeat(CredentialVault.MAX_PASSWORD_FILE_BYTES - 20);
        assertEquals(CredentialVault.MAX_PASSWORD_FILE_BYTES, padded.length());
        Path file = Files.writeString(dir.resolve("pw"), padded);
        assertEquals("abcd EFGH 1234 ijkl", CredentialVault.readPasswordFile(file));
    }

    @Test
    void theVaultReadsItsFilesWithTheSameLimit() throws IOException {
        CredentialVault vault = new CredentialVault(dir.resolve("vault"));
        String ref = vault.save("https://example.com", "alice", "abcd EFGH");
        assertEquals("abcd EFGH", vault.load(ref));
        Path stored = vault.folder().resolve(ref.substring("file:".length()));
        Files.writeString(stored, "y".repeat(CredentialVault.MAX_PASSWORD_FILE_BYTES * 4));
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> vault.load(ref));
        assertTrue(e.getMessage().contains("larger than 4 KiB"), e.getMessage());
    }
}
