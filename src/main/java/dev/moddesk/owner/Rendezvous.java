package dev.moddesk.owner;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Set;

/**
 * Where the processes that use one database meet: a Unix-domain socket named after the database's real path,
 * in a folder that only this user can enter ({@code $XDG_RUNTIME_DIR} when there is one, else the temporary
 * folder). A socket, unlike a lock on a file, cannot be released by other code in the process opening and
 * closing some file, and the kernel forgets it with its process. One guard file serves every database: it is
 * locked only for the moment a socket is made or removed.
 */
record Rendezvous(Path database, Path socket, Path guard) {
    /** Unix-domain socket paths must stay under about 100 bytes on Linux and macOS. */
    private static final int MAX_SOCKET_PATH = 100;

    static Rendezvous of(Path database) {
        Path real = realPath(database);
        String name = digest(real.toString());
        Path folder = privateFolder(preferredBase());
        if (folder.resolve(name + ".sock").toString().length() > MAX_SOCKET_PATH) {
            folder = privateFolder(Path.of(System.getProperty("java.io.tmpdir")));
        }
        return new Rendezvous(real, folder.resolve(name + ".sock"), folder.resolve("claims.guard"));
    }

    /** The database's path with symbolic links resolved, so that every way of naming it meets at one socket. */
    static Path realPath(Path database) {
        Path absolute = database.toAbsolutePath().normalize();
        try {
            if (Files.exists(absolute)) {
                return absolute.toRealPath();
            }
            Path parent = absolute.getParent();
            if (parent != null && Files.isDirectory(parent)) {
                return parent.toRealPath().resolve(absolute.getFileName());
            }
        } catch (IOException e) {
            // an unreadable folder: the absolute path is the best name there is
        }
        return absolute;
    }

    private static Path preferredBase() {
        String runtime = System.getenv("XDG_RUNTIME_DIR");
        if (runtime != null && !runtime.isBlank() && Files.isDirectory(Path.of(runtime))) {
            return Path.of(runtime);
        }
        return Path.of(System.getProperty("java.io.tmpdir"));
    }

    /** {@code base/moddesk-USER}, created for this user alone (0700), refused when someone else owns it. */
    private static Path privateFolder(Path base) {
        String user = System.getProperty("user.name", "user").replaceAll("[^A-Za-z0-9._-]", "_");
        Path folder = base.resolve("moddesk-" + user);
        try {
            boolean posix = folder.getFileSystem().supportedFileAttributeViews().contains("posix");
            if (!Files.exists(folder, LinkOption.NOFOLLOW_LINKS)) {
                try {
                    if (posix) {
                        Files.createDirectory(folder, PosixFilePermissions.asFileAttribute(
                                PosixFilePermissions.fromString("rwx------")));
                    } else {
                        Files.createDirectory(folder);
                    }
                } catch (java.nio.file.FileAlreadyExistsException raced) {
                    // another process made it a moment ago: checked below like any other
                }
            }
            if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
                throw new OwnershipException(folder + " is not a folder; remove it so that ModDesk can use it");
            }
            if (posix) {
                String owner = Files.getOwner(folder, LinkOption.NOFOLLOW_LINKS).getName();
                if (!owner.equals(System.getProperty("user.name"))) {
                    throw new OwnershipException(folder + " belongs to " + owner + ", not to you; ModDesk will not use it");
                }
                Set<PosixFilePermission> perms = Files.getPosixFilePermissions(folder, LinkOption.NOFOLLOW_LINKS);
                if (!perms.equals(PosixFilePermissions.fromString("rwx------"))) {
                    Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
                }
            }
            return folder;
        } catch (IOException e) {
            throw new OwnershipException("cannot prepare " + folder + ": " + e.getMessage());
        }
    }

    private static String digest(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 12).toLowerCase(Locale.ROOT);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
