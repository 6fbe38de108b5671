package dev.moddesk.app.sync;

import dev.moddesk.core.UserFacingException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Set;

/**
 * Where site Application Passwords are kept: one file per site and user in {@code moddesk-credentials/} next to
 * the database, the folder {@code 0700} and each file {@code 0600} from the moment it exists (on POSIX systems;
 * elsewhere the user's profile folder protects them). The database holds only the reference ({@code file:NAME}).
 */
public final class CredentialVault {
    private static final String FOLDER = "moddesk-credentials";
    private static final String PREFIX = "file:";
    private static final Set<PosixFilePermission> DIR = PosixFilePermissions.fromString("rwx------");
    private static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");
    /** An Application Password is one short line: a bigger file is not one (and {@code /dev/zero} never ends). */
    public static final int MAX_PASSWORD_FILE_BYTES = 4096;

    /** A password file that cannot be used; the message names the file and says why, in one line. */
    public static final class PasswordFileException extends UserFacingException {
        PasswordFileException(String message) {
            super(message);
        }
    }

    private final Path folder;

    public CredentialVault(Path folder) {
        this.folder = folder;
    }

    /** The vault beside a database file. */
    public static CredentialVault beside(Path databaseFile) {
        Path parent = databaseFile.toAbsolutePath().getParent();
        return new CredentialVault(parent.resolve(FOLDER));
    }

    public Path folder() {
        return folder;
    }

    /** Stores the password for (site, user) and returns the reference to keep in the database. */
    public String save(String siteUrl, String user, String password) {
        String name = name(siteUrl, user);
        try {
            ensureFolder();
            Path tmp = folder.resolve(name + ".tmp");
            Files.deleteIfExists(tmp);
            if (posix()) {
                Files.createFile(tmp, PosixFilePermissions.asFileAttribute(FILE));
            } else {
                Files.createFile(tmp);
            }
            Files.writeString(tmp, password, StandardCharsets.UTF_8);
            Path target = folder.resolve(name);
            try {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            return PREFIX + name;
        } catch (IOException e) {
            throw new IllegalStateException("cannot store the password in " + folder + ": " + e.getMessage(), e);
        }
    }

    /** The password a reference points to. */
    public String load(String ref) {
        try {
            return readPasswordFile(file(ref));
        } catch (PasswordFileException e) {
            throw new IllegalStateException("the stored password " + e.getMessage() + "; enter it again", e);
        }
    }

    /** The first line of a password file, stripped; never reads more than {@link #MAX_PASSWORD_FILE_BYTES}. */
    public static String readPasswordFile(Path file) {
        String password;
        try {
            password = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(readSmallFile(file))).toString()
                    .lines().findFirst().orElse("").strip();
        } catch (CharacterCodingException e) {
            throw new PasswordFileException(file + " is not UTF-8 text");
        }
        if (password.isEmpty()) {
            throw new PasswordFileException(file + " is empty: put the Application Password on its first line");
        }
        return password;
    }

    private static byte[] readSmallFile(Path file) {
        if (Files.isDirectory(file)) {
            throw new PasswordFileException(file + " is a folder, not a file");
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = in.readNBytes(MAX_PASSWORD_FILE_BYTES + 1);
            if (bytes.length > MAX_PASSWORD_FILE_BYTES) {
                throw new PasswordFileException(file + " is larger than " + MAX_PASSWORD_FILE_BYTES / 1024
                        + " KiB: it should hold one Application Password");
            }
            return bytes;
        } catch (NoSuchFileException e) {
            throw new PasswordFileException(file + ": no such file");
        } catch (AccessDeniedException e) {
            throw new PasswordFileException(file + ": permission denied");
        } catch (IOException e) {
            throw new PasswordFileException(file + ": cannot read it: " + e.getMessage());
        }
    }

    public void delete(String ref) {
        try {
            Files.deleteIfExists(file(ref));
        } catch (IOException e) {
            throw new IllegalStateException("cannot delete the stored password: " + e.getMessage(), e);
        }
    }

    private Path file(String ref) {
        if (ref == null || !ref.startsWith(PREFIX) || ref.contains("/") || ref.contains("\\") || ref.contains("..")) {
            throw new IllegalArgumentException("not a credential reference: " + ref);
        }
        return folder.resolve(ref.substring(PREFIX.length()));
    }

    private void ensureFolder() throws IOException {
        if (posix()) {
            FileAttribute<Set<PosixFilePermission>> attr = PosixFilePermissions.asFileAttribute(DIR);
            try {
                Files.createDirectories(folder.getParent());
                Files.createDirectory(folder, attr);
            } catch (FileAlreadyExistsException e) {
                Files.setPosixFilePermissions(folder, DIR);
            }
        } else {
            Files.createDirectories(folder);
        }
    }

    private boolean posix() {
        return folder.getFileSystem().supportedFileAttributeViews().contains("posix");
    }

    /** A file name from the site and user: stable, no characters a file system minds, reveals nothing. */
    static String name(String siteUrl, String user) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest((siteUrl + "\n" + user).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(h, 0, 12) + ".pw";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
