package dev.moddesk.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * For {@link TunedJvmTest}: a JVM that, told to end, takes a moment and then writes the file named by its argument,
 * as the tuned desk writes its class-data archive as it ends.
 */
public final class WritesAsItEnds {
    private WritesAsItEnds() {
    }

    public static void main(String[] args) throws InterruptedException {
        Path file = Path.of(args[0]);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                Thread.sleep(300);
                Files.writeString(file, "done");
            } catch (IOException | InterruptedException e) {
                throw new IllegalStateException(e);
            }
        }));
        System.out.println("started");
        System.out.flush();
        Thread.sleep(60_000);
    }
}
