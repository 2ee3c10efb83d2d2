package org.replyarchive.content;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.replyarchive.problem.Problems;
import org.replyarchive.problem.SourcePosition;

/** Reads content files as strict UTF-8, with a problem (not garbage text) for any other encoding. */
final class TextFiles {

    /** Front matter longer than this is not looked for piecemeal: the file is read whole. */
    private static final int MAX_FRONT_MATTER_BYTES = 256 * 1024;

    /**
     * The largest content file read: forty times the longest real reply (about 100 KB of UTF-8), and small
     * enough that any file gets its verdict in well under a second. Checked before a byte is read.
     */
    static final long MAX_FILE_BYTES = 4L * 1024 * 1024;

    private TextFiles() {}

    /**
     * The text of {@code file} without a byte-order mark and with CRLF line ends made LF, or empty after
     * adding a problem when the file is not valid UTF-8.
     */
    static Optional<String> readUtf8(Path file, String relativePath, Problems problems) {
        return readUtf8(file, relativePath, MAX_FILE_BYTES, problems);
    }

    /** Like {@link #readUtf8(Path, String, Problems)} for a kind of file with a lower size limit. */
    static Optional<String> readUtf8(Path file, String relativePath, long maxBytes, Problems problems) {
        if (!isReadable(file, relativePath, maxBytes, problems)) {
            return Optional.empty();
        }
        try {
            return decodeUtf8(Files.readAllBytes(file), relativePath, problems);
        } catch (IOException e) {
            return unreadable(relativePath, e, problems);
        }
    }

    /** A file that exists but cannot be read: an error at the file, never an exception without a position. */
    private static <T> Optional<T> unreadable(String relativePath, IOException e, Problems problems) {
        problems.error(SourcePosition.ofFile(relativePath), "the file cannot be read (" + ContentPaths.reason(e) + ")",
                "make it readable by the user who builds (chmod u+r), or remove it");
        return Optional.empty();
    }

    /** Refuses, with a problem, a file that is too large or a link that leads outside the content folder. */
    private static boolean isReadable(Path file, String relativePath, long maxBytes, Problems problems) {
        Optional<Path> outside = ContentPaths.leadsOutside(file, relativePath);
        if (outside.isPresent()) {
            problems.error(SourcePosition.ofFile(relativePath), "the file " + ContentPaths.outsideMessage(outside.get()),
                    ContentPaths.OUTSIDE_FIX);
            return false;
        }
        try {
            long size = Files.size(file);
            if (size > maxBytes) {
                problems.error(SourcePosition.ofFile(relativePath), String.format(java.util.Locale.ROOT,
                        "the file has %,d bytes, more than the %,d a %s may have", size, maxBytes,
                        maxBytes == MAX_FILE_BYTES ? "content file" : "registry or settings file"),
                        maxBytes == MAX_FILE_BYTES ? "split it, or shorten it: the longest real reply has about"
                                + " 100,000 bytes" : "split it, or shorten it: a registry of a thousand entries has"
                                + " about 10,000 bytes");
                return false;
            }
        } catch (IOException e) {
            unreadable(relativePath, e, problems);
            return false;
        }
        return true;
    }

    /** {@link #readUtf8} of bytes already read, {@code relativePath} naming where they came from. */
    static Optional<String> decodeUtf8(byte[] bytes, String relativePath, Problems problems) {
        // The JDK's lenient decoding is several times faster than a strict decoder and gives the same text for
        // valid UTF-8; invalid bytes become U+FFFD, so a text holding one is decoded strictly to be sure.
        String lenient = new String(bytes, StandardCharsets.UTF_8);
        if (lenient.indexOf('\uFFFD') < 0) {
            return Optional.of(withoutBomAndCr(lenient));
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            return Optional.of(withoutBomAndCr(decoder.decode(ByteBuffer.wrap(bytes)).toString()));
        } catch (CharacterCodingException e) {
            problems.error(
                    positionOfFirstBadByte(bytes, relativePath),
                    "the file is not valid UTF-8",
                    "save it as UTF-8 (GB18030/GBK files must be converted, e.g. iconv -f GB18030 -t UTF-8)");
            return Optional.empty();
        }
    }

    /** {@code text} without a byte-order mark and with CRLF and CR line ends made LF. */
    private static String withoutBomAndCr(String decoded) {
        String text = decoded.startsWith("\uFEFF") ? decoded.substring(1) : decoded;
        return text.indexOf('\r') < 0 ? text : text.replace("\r\n", "\n").replace('\r', '\n');
    }

    /**
     * The start of {@code file} as text, up to and including its second {@code ---} line (the end of its front
     * matter), or the whole file if it has none: what loading reads of a file whose body it already knows.
     * Only whole lines are decoded, so a character is never cut in two.
     */
    static Optional<String> readFrontMatter(Path file, String relativePath, Problems problems) {
        if (!isReadable(file, relativePath, MAX_FILE_BYTES, problems)) {
            return Optional.empty();
        }
        try (java.io.InputStream in = Files.newInputStream(file)) {
            java.io.ByteArrayOutputStream head = new java.io.ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            for (int n; (n = in.read(buffer)) > 0; ) {
                head.write(buffer, 0, n);
                if (head.size() > MAX_FRONT_MATTER_BYTES) {
                    return readUtf8(file, relativePath, problems);
                }
                byte[] bytes = head.toByteArray();
                int end = endOfSecondFence(bytes);
                if (end > 0) {
                    return decodeUtf8(java.util.Arrays.copyOf(bytes, end), relativePath, problems);
                }
            }
            return decodeUtf8(head.toByteArray(), relativePath, problems);
        } catch (IOException e) {
            return unreadable(relativePath, e, problems);
        }
    }

    /** The index after the line feed that ends the second line reading {@code ---}, or -1. */
    private static int endOfSecondFence(byte[] bytes) {
        int fences = 0;
        for (int start = 0, i = 0; i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                String line = new String(bytes, start, i - start, StandardCharsets.UTF_8).strip();
                if (line.equals("---") || line.equals("\uFEFF---")) {
                    fences++;
                    if (fences == 2) {
                        return i + 1;
                    }
                }
                start = i + 1;
            }
        }
        return -1;
    }

    /** Decodes line by line up to the first invalid sequence, so the problem can name its line and column. */
    private static SourcePosition positionOfFirstBadByte(byte[] bytes, String relativePath) {
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        decoder.decode(in, out, true);
        return SourcePosition.after(relativePath, out.flip());
    }
}
