package dev.moddesk;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * For the packaged app's class-data-sharing archive (packaging/README.md): loads every class a class list names
 * (the format of {@code -XX:DumpLoadedClassList}), so that a JVM started with {@code -XX:ArchiveClassesAtExit}
 * archives ModDesk's own classes and its libraries' along with the runtime's. The archive is made where the app is
 * installed (JDK 17 ties it to the jars' paths), from the list the build recorded, without running the app or
 * needing a display. Classes that are not there or fail to load are passed over: the archive just leaves them out.
 */
public final class ClassListLoader {
    private ClassListLoader() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: ClassListLoader CLASS_LIST");
            System.exit(1);
        }
        int loaded = load(Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8));
        System.out.println(loaded + " classes loaded");
    }

    /** Loads (without initialising) the classes {@code lines} name; returns how many loaded. */
    static int load(List<String> lines) {
        ClassLoader loader = ClassListLoader.class.getClassLoader();
        int loaded = 0;
        for (String line : lines) {
            String name = className(line);
            if (name.isEmpty()) {
                continue;
            }
            try {
                Class.forName(name, false, loader);
                loaded++;
            } catch (ClassNotFoundException | LinkageError e) {
                // left out of the archive; the app loads it from its jar when it needs it
            }
        }
        return loaded;
    }

    /** The class a line names, in binary form; empty for comments and the list's {@code @} directives. */
    static String className(String line) {
        String trimmed = line.strip();
        if (trimmed.isEmpty() || trimmed.startsWith("#") || trimmed.startsWith("@")) {
            return "";
        }
        int space = trimmed.indexOf(' ');
        return (space < 0 ? trimmed : trimmed.substring(0, space)).replace('/', '.');
    }
}
