package dev.moddesk.owner;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import jdk.net.ExtendedSocketOptions;
import jdk.net.UnixDomainPrincipal;

/**
 * This process owns the database: it answers the other processes on the database's socket until closed.
 * Close it only after this process's own connections to the database are closed; closing waits for the
 * commands handed over to finish (or, after a grace period, cancels them) before it lets another process in.
 */
public final class Owned implements Claim, AutoCloseable {
    private static final AtomicInteger THREADS = new AtomicInteger();
    /** The databases this process owns now. */
    private static final Set<Owned> LIVE = ConcurrentHashMap.newKeySet();

    private final Rendezvous where;
    private final ServerSocketChannel server;
    private final String role;
    private final Set<Handoff> active = ConcurrentHashMap.newKeySet();
    private volatile OwnerDuties duties;
    private volatile boolean closing;

    Owned(Rendezvous where, ServerSocketChannel server, String role) {
        this.where = where;
        this.server = server;
        this.role = role;
        LIVE.add(this);
    }

    /**
     * Removes the sockets of every database this process owns, for a command-line process about to halt: the
     * next claim finds no socket instead of a dead one. Not for the desk: until its process is gone, its
     * connections (whose locks cannot be trusted) may still write, so a dead socket must keep others out.
     */
    public static void dropSockets() {
        for (Owned o : LIVE) {
            try {
                Files.deleteIfExists(o.where.socket());
            } catch (IOException e) {
                // a claim removes a dead socket anyway
            }
        }
    }

    /** Starts answering other processes (they wait until then); call once the database is open. */
    public void serve(OwnerDuties duties) {
        this.duties = duties;
        Thread accept = new Thread(this::acceptLoop, "moddesk-owner");
        accept.setDaemon(true);
        accept.start();
    }

    /** How many commands handed over by other processes are running now. */
    public int running() {
        return active.size();
    }

    /** Waits for the commands handed over to finish, however long they take, then lets another process in. */
    @Override
    public void close() {
        close(Duration.ofDays(1));
    }

    /** Waits up to {@code grace} for the commands handed over, cancels those still running, then lets go. */
    public void close(Duration grace) {
        closing = true;
        long deadline = System.nanoTime() + grace.toNanos();
        waitForHandoffs(deadline);
        if (!active.isEmpty()) {
            active.forEach(Handoff::cancel);
            waitForHandoffs(System.nanoTime() + Duration.ofSeconds(10).toNanos());
        }
        try {
            // The file goes first, under the guard: a claim then either sees this process still answering
            // ("not now") or no socket at all, never a dead file that it would remove after a new owner made it.
            DatabaseOwnership.underGuard(where, () -> {
                Files.deleteIfExists(where.socket());
                server.close();
                return null;
            });
        } catch (IOException e) {
            // the socket dies with the process anyway; a file left behind is taken for stale by the next claim
        }
        LIVE.remove(this);
    }

    private void waitForHandoffs(long deadline) {
        while (!active.isEmpty() && System.nanoTime() < deadline) {
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private void acceptLoop() {
        while (server.isOpen()) {
            try {
                SocketChannel ch = server.accept();
                Thread t = new Thread(() -> answer(ch), "moddesk-handoff-" + THREADS.incrementAndGet());
                t.setDaemon(true);
                t.start();
            } catch (IOException e) {
                return; // closed
            }
        }
    }

    private void answer(SocketChannel ch) {
        try (ch) {
            if (!sameUser(ch)) {
                return;
            }
            DataInputStream in = new DataInputStream(new BufferedInputStream(Sockets.in(ch)));
            DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Sockets.out(ch)));
            Wire.Request request;
            try {
                request = Wire.readRequest(in);
            } catch (IOException e) {
                return; // a liveness probe, or not one of ours
            }
            if (!Rendezvous.realPath(request.command().database()).equals(where.database())) {
                Wire.writeText(out, Wire.REFUSED, "this socket belongs to " + where.database());
                return;
            }
            Handoff handoff = new Handoff(Thread.currentThread());
            active.add(handoff);
            try {
                if (closing) {
                    Wire.writeText(out, Wire.NOT_NOW, role);
                } else if (request.kind() == Wire.Kind.SHOW_DESK) {
                    Optional<String> refused = duties.showDesk();
                    if (refused.isPresent()) {
                        Wire.writeText(out, Wire.REFUSED, refused.get());
                    } else {
                        Wire.writeExit(out, 0);
                    }
                } else {
                    runCommand(request.command(), in, out, handoff);
                }
            } finally {
                active.remove(handoff);
            }
        } catch (IOException e) {
            // the other process went away; its command has been cancelled
        }
    }

    private void runCommand(HandedCommand command, InputStream in, DataOutputStream out, Handoff handoff)
            throws IOException {
        Thread watcher = new Thread(() -> {
            try {
                // the client sends nothing more: the read ends when it goes away (or when we close)
                if (in.read() < 0) {
                    handoff.cancel();
                }
            } catch (IOException e) {
                handoff.cancel();
            }
        }, Thread.currentThread().getName() + "-watch");
        watcher.setDaemon(true);
        watcher.start();
        PrintStream cmdOut = new PrintStream(new BufferedOutputStream(Wire.frames(out, Wire.OUT), 1 << 16), false,
                StandardCharsets.UTF_8);
        PrintStream cmdErr = new PrintStream(new BufferedOutputStream(Wire.frames(out, Wire.ERR), 1 << 12), false,
                StandardCharsets.UTF_8);
        int code = duties.runCommand(command, cmdOut, cmdErr, handoff::cancelled);
        cmdOut.flush();
        cmdErr.flush();
        handoff.finished();
        synchronized (out) {
            Wire.writeExit(out, code);
        }
    }

    private static boolean sameUser(SocketChannel ch) {
        try {
            UnixDomainPrincipal peer = ch.getOption(ExtendedSocketOptions.SO_PEERCRED);
            return peer.user().getName().equals(System.getProperty("user.name"));
        } catch (UnsupportedOperationException | IOException e) {
            return true; // no peer credentials here (Windows): the folder's permissions are the protection
        }
    }

    /** One command handed over and running here; cancelled when its process goes away or the owner closes. */
    private static final class Handoff {
        private final Thread thread;
        private volatile boolean cancelled;
        private volatile boolean finished;

        Handoff(Thread thread) {
            this.thread = thread;
        }

        void cancel() {
            if (!finished && !cancelled) {
                cancelled = true;
                thread.interrupt();
            }
        }

        boolean cancelled() {
            return cancelled;
        }

        void finished() {
            finished = true;
        }
    }
}
