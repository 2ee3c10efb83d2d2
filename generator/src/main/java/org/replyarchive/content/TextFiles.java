package org.replyarchive.content;

import java.io.IOException;
import java.io.UncheckedIOException;
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

    private TextFiles() {}

    /**
     * The text of {@code file} without a byte-order mark and with CRLF line ends made LF, or empty after
     * adding a problem when the file is not valid UTF-8.
     */
    static Optional<String> readUtf8(Path file, String relativePath, Problems problems) {
        return decodeUtf8(readAllBytes(file), relativePath, problems);
    }

    /** {@link #readUtf8} of bytes already read, {@code relativePath} naming where they came from. */
    static Optional<String> decodeUtf8(byte[] bytes, String relativePath, Problems problems) {
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            String text = decoder.decode(ByteBuffer.wrap(bytes)).toString();
            if (text.startsWith("\uFEFF")) {
                text = text.substring(1);
            }
            return Optional.of(text.replace("\r\n", "\n").replace('\r', '\n'));
        } catch (CharacterCodingException e) {
            problems.error(
                    positionOfFirstBadByte(bytes, relativePath),
                    "the file is not valid UTF-8",
                    "save it as UTF-8 (GB18030/GBK files must be converted, e.g. iconv -f GB18030 -t UTF-8)");
            return Optional.empty();
        }
    }

    /**
     * The start of {@code file} as text, up to and including its second {@code ---} line (the end of its front
     * matter), or the whole file if it has none: what loading reads of a file whose body it already knows.
     * Only whole lines are decoded, so a character is never cut in two.
     */
    static Optional<String> readFrontMatter(Path file, String relativePath, Problems problems) {
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
            throw new UncheckedIOException("Cannot read " + file, e);
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

    private static byte[] readAllBytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
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
