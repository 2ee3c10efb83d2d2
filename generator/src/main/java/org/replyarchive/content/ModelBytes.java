package org.replyarchive.content;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * The primitives of {@link ModelCodec}'s form: unsigned numbers in seven-bit groups (a count or a tag is one
 * byte), signed ones zig-zagged first, strings as their UTF-8 length and bytes.
 */
final class ModelBytes {

    private ModelBytes() {}

    /** Writes the primitives. */
    static final class Out {

        private final DataOutputStream out;

        Out(OutputStream out) {
            this.out = new DataOutputStream(out);
        }

        void unsigned(long value) throws IOException {
            long rest = value;
            while ((rest & ~0x7FL) != 0) {
                out.writeByte((int) (rest & 0x7F) | 0x80);
                rest >>>= 7;
            }
            out.writeByte((int) rest);
        }

        void signed(long value) throws IOException {
            unsigned((value << 1) ^ (value >> 63));
        }

        /** A string, or null as the length zero (an empty string is one more than its length, 1). */
        void string(String value) throws IOException {
            if (value == null) {
                unsigned(0);
                return;
            }
            byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
            unsigned(utf8.length + 1L);
            out.write(utf8);
        }

        void flush() throws IOException {
            out.flush();
        }
    }

    /**
     * Reads the primitives from a file of {@code limit} bytes. A count beyond the bytes left cannot be true, and
     * is refused before anything of that size is made: a damaged file only costs a full load.
     */
    static final class In {

        private final DataInputStream in;
        private final long limit;

        In(InputStream in, long limit) {
            this.in = new DataInputStream(in);
            this.limit = limit;
        }

        long unsigned() throws IOException {
            long value = 0;
            for (int shift = 0; shift < 64; shift += 7) {
                int next = in.readUnsignedByte();
                value |= (long) (next & 0x7F) << shift;
                if ((next & 0x80) == 0) {
                    return value;
                }
            }
            throw new IOException("a number longer than 64 bits");
        }

        long signed() throws IOException {
            long zigzag = unsigned();
            return (zigzag >>> 1) ^ -(zigzag & 1);
        }

        /** A count of things that follow, each at least one byte long. */
        int count() throws IOException {
            long count = unsigned();
            if (count > limit) {
                throw new IOException("a count of " + count + " in a file of " + limit + " bytes");
            }
            return (int) count;
        }

        String string() throws IOException {
            int length = count();
            if (length == 0) {
                return null;
            }
            byte[] utf8 = new byte[length - 1];
            in.readFully(utf8);
            return new String(utf8, StandardCharsets.UTF_8);
        }

        /** Fails unless the whole file was read: a longer file is not what was written. */
        void requireEnd() throws IOException {
            if (in.read() != -1) {
                throw new IOException("bytes after the end of the model");
            }
        }
    }
}
