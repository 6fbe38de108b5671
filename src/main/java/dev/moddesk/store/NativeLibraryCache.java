package dev.moddesk.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.sqlite.SQLiteJDBCLoader;
import org.sqlite.util.OSInfo;

/**
 * sqlite-jdbc unpacks its native library into the temp folder on every start (a fresh copy each time),
 * which costs a command-line run more than the query it came for. We unpack it once into the user's cache
 * folder, per sqlite-jdbc version, and point the driver there. Any failure falls back to the driver's way.
 */
final class NativeLibraryCache {
    private static volatile boolean prepared;

    private NativeLibraryCache() {
    }

    static void prepare() {
        if (prepared || System.getProperty("org.sqlite.lib.path") != null) {
            return;
        }
        prepared = true;
        try {
            String folder = OSInfo.getNativeLibFolderPathForCurrentOS();
            String name = System.mapLibraryName("sqlitejdbc");
            if (name.endsWith(".jnilib")) {
                name = name.replace(".jnilib", ".dylib");
            }
            String resource = "/org/sqlite/native/" + folder + "/" + name;
            Path dir = CacheFolder.user().resolve("sqlite-jdbc-" + SQLiteJDBCLoader.getVersion()).resolve(folder);
            Path lib = dir.resolve(name);
            if (!Files.isRegularFile(lib)) {
                try (InputStream in = NativeLibraryCache.class.getResourceAsStream(resource)) {
                    if (in == null) {
                        return;
                    }
                    Files.createDirectories(dir);
                    Path tmp = Files.createTempFile(dir, name, ".part");
                    Files.copy(in, tmp, StandardCopyOption.REPLACE_EXISTING);
                    Files.move(tmp, lib, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                }
            }
            System.setProperty("org.sqlite.lib.path", dir.toString());
            System.setProperty("org.sqlite.lib.name", name);
        } catch (IOException | RuntimeException | LinkageError e) {
            // the driver extracts into the temp folder as usual
        }
    }
}
