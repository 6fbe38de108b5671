package dev.moddesk.owner;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The little protocol on a database's socket. A request names its kind, the database, and for a command its
 * arguments, working folder and terminal; the owner answers with frames: output, error output, and an exit
 * code, or "not now" (it is closing: try again) or a refusal with a reason.
 */
final class Wire {
    private static final int MAGIC = 0x4d44534b; // "MDSK"
    private static final int VERSION = 1;
    private static final int MAX_STRING = 1 << 20;
    private static final int MAX_ARGS = 100_000;

    enum Kind { COMMAND, SHOW_DESK }

    static final byte OUT = 1;
    static final byte ERR = 2;
    static final byte EXIT = 3;
    static final byte NOT_NOW = 4;
    static final byte REFUSED = 5;

    record Request(Kind kind, HandedCommand command) { }

    private Wire() {
    }

    static void writeRequest(DataOutputStream out, Request r) throws IOException {
        out.writeInt(MAGIC);
        out.writeInt(VERSION);
        out.writeByte(r.kind().ordinal());
        HandedCommand c = r.command();
        writeString(out, c.database().toString());
        writeString(out, c.workingDir().toString());
        out.writeBoolean(c.terminal());
        out.writeInt(c.args().size());
        for (String a : c.args()) {
            writeString(out, a);
        }
        out.flush();
    }

    static Request readRequest(DataInputStream in) throws IOException {
        if (in.readInt() != MAGIC || in.readInt() != VERSION) {
            throw new IOException("not a request of this ModDesk version");
        }
        int kind = in.readUnsignedByte();
        if (kind >= Kind.values().length) {
            throw new IOException("unknown request kind " + kind);
        }
        Path database = Path.of(readString(in));
        Path workingDir = Path.of(readString(in));
        boolean terminal = in.readBoolean();
        int n = in.readInt();
        if (n < 0 || n > MAX_ARGS) {
            throw new IOException("too many arguments");
        }
        List<String> args = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            args.add(readString(in));
        }
        return new Request(Kind.values()[kind], new HandedCommand(args, workingDir, database, terminal));
    }

    static void writeFrame(DataOutputStream out, byte type, byte[] body, int off, int len) throws IOException {
        out.writeByte(type);
        out.writeInt(len);
        out.write(body, off, len);
        out.flush();
    }

    static void writeExit(DataOutputStream out, int code) throws IOException {
        out.writeByte(EXIT);
        out.writeInt(4);
        out.writeInt(code);
        out.flush();
    }

    static void writeText(DataOutputStream out, byte type, String text) throws IOException {
        byte[] b = text.getBytes(StandardCharsets.UTF_8);
        writeFrame(out, type, b, 0, b.length);
    }

    /** One frame from the owner: its type and body; null at a clean end of stream. */
    record Frame(byte type, byte[] body) {
        int exitCode() {
            return ((body[0] & 0xff) << 24) | ((body[1] & 0xff) << 16) | ((body[2] & 0xff) << 8) | (body[3] & 0xff);
        }

        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    static Frame readFrame(DataInputStream in) throws IOException {
        int type;
        try {
            type = in.readUnsignedByte();
        } catch (EOFException e) {
            return null;
        }
        int len = in.readInt();
        if (len < 0 || len > MAX_STRING || type == EXIT && len != 4) {
            throw new IOException("a damaged answer from the owner");
        }
        return new Frame((byte) type, in.readNBytes(len));
    }

    /** An output stream whose bytes travel as frames of one type (the handed command's stdout or stderr). */
    static OutputStream frames(DataOutputStream out, byte type) {
        return new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                if (len > 0) {
                    synchronized (out) {
                        writeFrame(out, type, b, off, len);
                    }
                }
            }
        };
    }

    private static void writeString(DataOutputStream out, String s) throws IOException {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(b.length);
        out.write(b);
    }

    private static String readString(DataInputStream in) throws IOException {
        int len = in.readInt();
        if (len < 0 || len > MAX_STRING) {
            throw new IOException("a string too long for a request");
        }
        return new String(in.readNBytes(len), StandardCharsets.UTF_8);
    }
}
