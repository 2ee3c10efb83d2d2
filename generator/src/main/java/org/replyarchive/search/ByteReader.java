package org.replyarchive.search;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** Reads what {@link ByteSink} writes, from a byte array, with a position that moves forward. */
final class ByteReader {

    private final byte[] bytes;
    private final int end;
    private int position;

    ByteReader(byte[] bytes) {
        this(bytes, 0, bytes.length);
    }

    ByteReader(byte[] bytes, int from, int to) {
        this.bytes = bytes;
        this.position = from;
        this.end = to;
    }

    boolean hasMore() {
        return position < end;
    }

    int position() {
        return position;
    }

    byte[] array() {
        return bytes;
    }

    void skip(int length) {
        position += length;
    }

    int readByte() {
        if (position >= end) {
            throw new IllegalArgumentException("truncated search index data");
        }
        return bytes[position++] & 0xff;
    }

    int readVarint() {
        int value = 0;
        for (int shift = 0; shift < 35; shift += 7) {
            int b = readByte();
            value |= (b & 0x7f) << shift;
            if (b < 0x80) {
                return value;
            }
        }
        throw new IllegalArgumentException("malformed varint at " + position);
    }

    int readSignedVarint() {
        int zigzag = readVarint();
        return (zigzag >>> 1) ^ -(zigzag & 1);
    }

    long readLong() {
        long value = 0;
        for (int i = 0; i < 8; i++) {
            value = value << 8 | readByte();
        }
        return value;
    }

    byte[] readBytes() {
        int length = readVarint();
        if (length > end - position) {
            throw new IllegalArgumentException("truncated search index data");
        }
        byte[] value = Arrays.copyOfRange(bytes, position, position + length);
        position += length;
        return value;
    }

    String readString() {
        return new String(readBytes(), StandardCharsets.UTF_8);
    }

    /** Checks a file's header: its magic and format version. */
    void expectHeader(byte[] magic, int version) {
        for (byte b : magic) {
            if (readByte() != (b & 0xff)) {
                throw new IllegalArgumentException("not a search index file of this kind");
            }
        }
        int found = readByte();
        if (found != version) {
            throw new IllegalArgumentException("search index format " + found + ", expected " + version);
        }
    }
}
