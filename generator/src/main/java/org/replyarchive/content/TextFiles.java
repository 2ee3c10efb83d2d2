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
