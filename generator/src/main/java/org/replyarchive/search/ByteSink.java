package org.replyarchive.search;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A growable byte array with the writes the index's binary files need: unsigned LEB128 varints (7 bits a
 * byte, low bits first, high bit set on every byte but the last), so that the small numbers postings are made
 * of take one byte.
 */
final class ByteSink {

    private byte[] bytes;
    private int size;

    ByteSink() {
        this(256);
    }

    ByteSink(int capacity) {
        bytes = new byte[Math.max(16, capacity)];
    }

    int size() {
        return size;
    }

    void clear() {
        size = 0;
    }

    /** The bytes written so far, shared until the next write: read them before writing again. */
    byte[] buffer() {
        return bytes;
    }

    byte[] toByteArray() {
        return Arrays.copyOf(bytes, size);
    }

    void writeByte(int b) {
        ensure(1);
        bytes[size++] = (byte) b;
    }

    void write(byte[] source, int from, int length) {
        ensure(length);
        System.arraycopy(source, from, bytes, size, length);
        size += length;
    }

    void write(byte[] source) {
        write(source, 0, source.length);
    }

    /**
     * {@code chars[from, from + length)} in UTF-8, as {@code String.getBytes(UTF_8)} writes them (a lone
     * surrogate as {@code ?}), without a String between.
     */
    void writeUtf8(char[] chars, int from, int length) {
        ensure(length * 3);
        int to = from + length;
        for (int i = from; i < to; i++) {
            char c = chars[i];
            if (c < 0x80) {
                bytes[size++] = (byte) c;
            } else if (c < 0x800) {
                bytes[size++] = (byte) (0xC0 | c >> 6);
                bytes[size++] = (byte) (0x80 | c & 0x3F);
            } else if (!Character.isSurrogate(c)) {
                bytes[size++] = (byte) (0xE0 | c >> 12);
                bytes[size++] = (byte) (0x80 | c >> 6 & 0x3F);
                bytes[size++] = (byte) (0x80 | c & 0x3F);
            } else if (Character.isHighSurrogate(c) && i + 1 < to && Character.isLowSurrogate(chars[i + 1])) {
                int cp = Character.toCodePoint(c, chars[++i]);
                bytes[size++] = (byte) (0xF0 | cp >> 18);
                bytes[size++] = (byte) (0x80 | cp >> 12 & 0x3F);
                bytes[size++] = (byte) (0x80 | cp >> 6 & 0x3F);
                bytes[size++] = (byte) (0x80 | cp & 0x3F);
            } else {
                bytes[size++] = '?';
            }
        }
    }

    /** An unsigned varint; {@code value} must not be negative. */
    void writeVarint(int value) {
        if (value < 0) {
            throw new IllegalArgumentException("varints are unsigned, got " + value);
        }
        writeUnsigned(value);
    }

    /** {@code value}'s 32 bits as an unsigned varint. */
    private void writeUnsigned(int value) {
        ensure(5);
        while ((value & ~0x7f) != 0) {
            bytes[size++] = (byte) (value | 0x80);
            value >>>= 7;
        }
        bytes[size++] = (byte) value;
    }

    /** A signed number as a varint: zig-zag, so that small negative numbers stay short too. */
    void writeSignedVarint(int value) {
        writeUnsigned((value << 1) ^ (value >> 31));
    }

    void writeLong(long value) {
        for (int shift = 56; shift >= 0; shift -= 8) {
            writeByte((int) (value >>> shift));
        }
    }

    /** A string as its UTF-8 length, then its UTF-8 bytes. */
    void writeString(String value) {
        writeBytes(value.getBytes(StandardCharsets.UTF_8));
    }

    /** A length-prefixed byte string. */
    void writeBytes(byte[] value) {
        writeVarint(value.length);
        write(value);
    }

    static int varintSize(int value) {
        return value < 1 << 7 ? 1 : value < 1 << 14 ? 2 : value < 1 << 21 ? 3 : value < 1 << 28 ? 4 : 5;
    }

    private void ensure(int more) {
        if (size + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
        }
    }
}
