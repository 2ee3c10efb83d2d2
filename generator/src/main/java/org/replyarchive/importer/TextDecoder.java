package org.replyarchive.importer;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.replyarchive.problem.Problems;
import org.replyarchive.problem.SourcePosition;

/**
 * Turns the bytes of an imported text into a string. A byte-order mark decides the encoding; otherwise a named
 * encoding is used strictly; otherwise the text is UTF-8 when it decodes as UTF-8, else GB18030 (which includes
 * GBK and GB2312). The result has LF line ends, and form feeds (page breaks) become line ends.
 */
final class TextDecoder {

    static final Charset GB18030 = Charset.forName("GB18030");

    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final byte[] UTF16LE_BOM = {(byte) 0xFF, (byte) 0xFE};
    private static final byte[] UTF16BE_BOM = {(byte) 0xFE, (byte) 0xFF};

    private TextDecoder() {}

    /**
     * A decoded text and the encoding it was read in.
     *
     * @param text the text, LF line ends, no byte-order mark
     * @param charset the encoding used
     * @param byteOrderMark whether the bytes began with a byte-order mark
     */
    record Decoded(String text, Charset charset, boolean byteOrderMark) {}

    /**
     * Decodes {@code bytes}, read from {@code path}; empty after a problem when they are not text in the named
     * or a detected encoding.
     */
    static Optional<Decoded> decode(byte[] bytes, Optional<Charset> named, String path, Problems problems) {
        if (startsWith(bytes, "%PDF-".getBytes(StandardCharsets.US_ASCII))) {
            problems.error(SourcePosition.ofFile(path), "the file is a PDF, not its text",
                    "copy the reply's text into a .txt file first, e.g. with pdftotext -layout");
            return Optional.empty();
        }
        Optional<Charset> byBom = byteOrderMark(bytes);
        Charset charset = byBom.or(() -> named).orElse(null);
        if (charset != null) {
            return strict(bytes, charset, path, problems, byBom.isPresent());
        }
        Optional<String> utf8 = tryDecode(bytes, StandardCharsets.UTF_8);
        if (utf8.isPresent()) {
            return text(utf8.get(), StandardCharsets.UTF_8, false, path, problems);
        }
        Optional<String> gb = tryDecode(bytes, GB18030);
        if (gb.isPresent()) {
            return text(gb.get(), GB18030, false, path, problems);
        }
        problems.error(positionOfFirstBadByte(bytes, StandardCharsets.UTF_8, path), "the file is neither UTF-8 nor"
                + " GB18030/GBK text", "name its encoding with -Dreply-archive.encoding=…, or save it as UTF-8");
        return Optional.empty();
    }

    private static Optional<Decoded> strict(byte[] bytes, Charset charset, String path, Problems problems,
            boolean bom) {
        Optional<String> decoded = tryDecode(bytes, charset);
        if (decoded.isEmpty()) {
            problems.error(positionOfFirstBadByte(bytes, charset, path), "the file is not valid " + charset.name()
                    + " text", bom ? "save it again without damaging it" : "name the encoding it is written in with"
                    + " -Dreply-archive.encoding=…, or leave that out to detect UTF-8 and GB18030");
            return Optional.empty();
        }
        return text(decoded.get(), charset, bom, path, problems);
    }

    private static Optional<Decoded> text(String decoded, Charset charset, boolean bom, String path,
            Problems problems) {
        String text = decoded.startsWith("\uFEFF") ? decoded.substring(1) : decoded;
        int nul = text.indexOf('\0');
        if (nul >= 0) {
            problems.error(SourcePosition.ofFile(path), "the file is not plain text (it holds NUL characters)",
                    "copy the reply's text into a plain .txt file (a .doc or .docx file cannot be imported as is)");
            return Optional.empty();
        }
        text = text.replace("\r\n", "\n").replace('\r', '\n').replace('\f', '\n');
        return Optional.of(new Decoded(text, charset, bom || decoded.startsWith("\uFEFF")));
    }

    private static Optional<Charset> byteOrderMark(byte[] bytes) {
        if (startsWith(bytes, UTF8_BOM)) {
            return Optional.of(StandardCharsets.UTF_8);
        }
        if (startsWith(bytes, UTF16LE_BOM)) {
            return Optional.of(StandardCharsets.UTF_16LE);
        }
        if (startsWith(bytes, UTF16BE_BOM)) {
            return Optional.of(StandardCharsets.UTF_16BE);
        }
        return Optional.empty();
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static Optional<String> tryDecode(byte[] bytes, Charset charset) {
        CharsetDecoder decoder = strictDecoder(charset);
        CharBuffer out = CharBuffer.allocate(bytes.length * 2 + 16);
        CoderResult result = decoder.decode(ByteBuffer.wrap(bytes), out, true);
        if (result.isError() || decoder.flush(out).isError()) {
            return Optional.empty();
        }
        return Optional.of(out.flip().toString());
    }

    private static CharsetDecoder strictDecoder(Charset charset) {
        return charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    /** Decodes up to the first invalid sequence, so the problem can name its line and column. */
    private static SourcePosition positionOfFirstBadByte(byte[] bytes, Charset charset, String path) {
        CharBuffer out = CharBuffer.allocate(bytes.length * 2 + 16);
        strictDecoder(charset).decode(ByteBuffer.wrap(bytes), out, true);
        return SourcePosition.after(path, out.flip());
    }
}
