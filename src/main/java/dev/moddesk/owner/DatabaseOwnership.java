package dev.moddesk.owner;

import java.io.IOException;
import java.io.PrintStream;
import java.net.BindException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.ServerSocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.OptionalInt;
import java.util.function.IntSupplier;

/**
 * One process at a time has a database open; every other ModDesk process hands its work to that one.
 *
 * <p>Why: SQLite coordinates processes with POSIX advisory locks, and the kernel drops all of a process's locks
 * on a file as soon as that process closes any descriptor of it. A desk process cannot stop its own libraries
 * (GTK's file chooser sniffing the files of the folder it shows, drag and drop, thumbnailers) from opening and
 * closing the database file, so its locks can vanish at any moment; another process would then take itself for
 * the last user of the database, checkpoint it and delete the write-ahead log the desk still writes into. With
 * a single owner no other process ever opens the file, so the locks protect nothing that matters; SQLite's own
 * bookkeeping of the connections inside one process does not depend on them.
 *
 * <p>The owner is whoever binds the database's socket ({@link Rendezvous}); a socket file left by a killed
 * owner answers no one and is replaced. A short lock on a guard file keeps two processes from replacing it at
 * the same moment.
 */
public final class DatabaseOwnership {
    private static final Object IN_THIS_JVM = new Object();
    private static final long RETRY_MILLIS = 100;

    private DatabaseOwnership() {
    }

    /** Claims {@code database} for this process ({@code role} says who we are, in messages to others). */
    public static Claim claim(Path database, String role) {
        Rendezvous where = Rendezvous.of(database);
        try {
            return underGuard(where, () -> {
                for (int attempt = 0; attempt < 3; attempt++) {
                    ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
                    try {
                        server.bind(UnixDomainSocketAddress.of(where.socket()));
                        return new Owned(where, server, role);
                    } catch (BindException taken) {
                        server.close();
                    }
                    if (Sockets.listening(where.socket())) {
                        return new HeldElsewhere(where);
                    }
                    Files.deleteIfExists(where.socket()); // left by an owner that was killed
                }
                throw new OwnershipException("cannot claim " + where.database() + ": " + where.socket()
                        + " keeps coming back; remove it if no ModDesk is running");
            });
        } catch (IOException e) {
            throw new OwnershipException("cannot claim " + where.database() + ": " + e.getMessage(), e);
        }
    }

    /** Whether some process owns {@code database} now (it answers on the database's socket); claims nothing. */
    public static boolean isOwned(Path database) {
        return Sockets.listening(Rendezvous.of(database).socket());
    }

    /**
     * Runs a command line on {@code command.database()}: here, serving other processes meanwhile, when this
     * process can own the database; else in the process that owns it, with its output copied to ours.
     *
     * @param here runs the command in this process (after the claim) and returns its exit code
     */
    public static int runOrHandOver(HandedCommand command, String role, OwnerDuties duties, IntSupplier here,
                                    PrintStream out, PrintStream err) {
        while (true) {
            Claim claim = claim(command.database(), role);
            if (claim instanceof Owned owned) {
                try (owned) {
                    owned.serve(duties);
                    return here.getAsInt();
                }
            }
            OptionalInt code = ((HeldElsewhere) claim).handCommand(command, out, err);
            if (code.isPresent()) {
                return code.getAsInt();
            }
            pause();
        }
    }

    static void pause() {
        try {
            Thread.sleep(RETRY_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new OwnershipException("interrupted while waiting for the database's owner");
        }
    }

    /** Runs {@code work} holding the guard lock, so that no claim sees the socket half made or half gone. */
    static <T> T underGuard(Rendezvous where, IoWork<T> work) throws IOException {
        synchronized (IN_THIS_JVM) {
            try (FileChannel guard = FileChannel.open(where.guard(), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                 FileLock ignored = guard.lock()) {
                return work.run();
            }
        }
    }

    interface IoWork<T> {
        T run() throws IOException;
    }
}
