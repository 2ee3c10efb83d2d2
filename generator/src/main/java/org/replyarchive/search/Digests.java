package org.replyarchive.search;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** SHA-256, for naming cached term files by their content and recognising unchanged files. */
final class Digests {

    private Digests() {}

    static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    /** The first 64 bits of the SHA-256: enough to tell a changed file of an archive from an unchanged one. */
    static long short64(byte[] bytes) {
        return java.nio.ByteBuffer.wrap(sha256(bytes)).getLong();
    }

    /** The first 128 bits of the SHA-256, as 32 hex digits. */
    static String hex128(byte[] bytes) {
        return java.util.HexFormat.of().formatHex(sha256(bytes), 0, 16);
    }
}
