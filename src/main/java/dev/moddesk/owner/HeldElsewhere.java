package dev.moddesk.owner;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.channels.SocketChannel;
import java.util.OptionalInt;

/** Another process owns the database: work is handed to it over the database's socket. */
public final class HeldElsewhere implements Claim {
    private final Rendezvous where;

    HeldElsewhere(Rendezvous where) {
        this.where = where;
    }

    /**
     * Runs {@code command} in the owner, copying its output and error output here as they come.
     *
     * @return its exit code; empty when the owner could not take it (it is closing or went away before it
     *         started): claim again
     */
    public OptionalInt handCommand(HandedCommand command, PrintStream out, PrintStream err) {
        boolean started = false;
        try (SocketChannel ch = Sockets.connect(where.socket())) {
            DataInputStream in = send(ch, new Wire.Request(Wire.Kind.COMMAND, command));
            for (Wire.Frame f = Wire.readFrame(in); f != null; f = Wire.readFrame(in)) {
                switch (f.type()) {
                    case Wire.OUT:
                        started = true;
                        out.write(f.body());
                        out.flush();
                        break;
                    case Wire.ERR:
                        started = true;
                        err.write(f.body());
                        err.flush();
                        break;
                    case Wire.EXIT:
                        return OptionalInt.of(f.exitCode());
                    case Wire.REFUSED:
                        err.println("moddesk: " + f.text());
                        return OptionalInt.of(1);
                    default:
                        return OptionalInt.empty(); // NOT_NOW: the owner is closing
                }
            }
        } catch (IOException e) {
            // the owner went away: below
        }
        if (!started) {
            return OptionalInt.empty();
        }
        err.println("moddesk: the ModDesk process that had the database open stopped before the command finished; "
                + "run it again");
        return OptionalInt.of(2);
    }

    /** What the owner said to a request for the desk. */
    public sealed interface DeskAnswer permits Shown, Busy, Gone { }

    /** The owner is a desk and has brought its window forward. */
    public record Shown() implements DeskAnswer { }

    /** The owner is a command line still at work; {@code who} names it ("moddesk import (process 12)"). */
    public record Busy(String who) implements DeskAnswer { }

    /** The owner went away meanwhile: claim again. */
    public record Gone() implements DeskAnswer { }

    public DeskAnswer askForDesk(HandedCommand opening) {
        try (SocketChannel ch = Sockets.connect(where.socket())) {
            DataInputStream in = send(ch, new Wire.Request(Wire.Kind.SHOW_DESK, opening));
            Wire.Frame f = Wire.readFrame(in);
            if (f == null || f.type() == Wire.NOT_NOW) {
                return new Gone();
            }
            return f.type() == Wire.EXIT ? new Shown() : new Busy(f.text());
        } catch (IOException e) {
            return new Gone();
        }
    }

    private static DataInputStream send(SocketChannel ch, Wire.Request request) throws IOException {
        DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Sockets.out(ch)));
        Wire.writeRequest(out, request);
        return new DataInputStream(new BufferedInputStream(Sockets.in(ch)));
    }
}
