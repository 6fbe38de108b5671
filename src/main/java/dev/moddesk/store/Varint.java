package dev.moddesk.store;

/** SQLite's variable-length integers (big-endian, 7 bits a byte, the ninth byte whole), as FTS5 stores them. */
final class Varint {
    private Varint() {
    }

    /** The first varint of {@code bytes}; 0 for none. */
    static long first(byte[] bytes) {
        if (bytes == null) {
            return 0;
        }
        long value = 0;
        for (int i = 0; i < bytes.length && i < 9; i++) {
            int b = bytes[i] & 0xff;
            if (i == 8) {
                return (value << 8) | b;
            }
            value = (value << 7) | (b & 0x7f);
            if ((b & 0x80) == 0) {
                return value;
            }
        }
        return value;
    }
}
