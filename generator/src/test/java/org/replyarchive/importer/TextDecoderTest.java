package org.replyarchive.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.replyarchive.problem.Problem;
import org.replyarchive.problem.Problems;

class TextDecoderTest {

    private static final String TEXT = "关于对省政协十三届一次会议第2023D51号提案的答复\n民进省委会：\n";

    private final Problems problems = new Problems();

    private TextDecoder.Decoded decode(byte[] bytes, Charset named) {
        return TextDecoder.decode(bytes, Optional.ofNullable(named), "x.txt", problems).orElseThrow();
    }

    @Test
    void utf8IsDetected() {
        TextDecoder.Decoded decoded = decode(TEXT.getBytes(StandardCharsets.UTF_8), null);
        assertEquals(TEXT, decoded.text());
        assertEquals(StandardCharsets.UTF_8, decoded.charset());
    }

    @Test
    void aByteOrderMarkDecidesTheEncodingAndIsDropped() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] text = TEXT.getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[bom.length + text.length];
        System.arraycopy(bom, 0, bytes, 0, 3);
        System.arraycopy(text, 0, bytes, 3, text.length);
        TextDecoder.Decoded decoded = decode(bytes, TextDecoder.GB18030);
        assertEquals(TEXT, decoded.text());
        assertTrue(decoded.byteOrderMark());
    }

    @Test
    void utf16WithAByteOrderMarkIsRead() {
        assertEquals(TEXT, decode(("\uFEFF" + TEXT).getBytes(StandardCharsets.UTF_16LE), null).text());
    }

    @Test
    void gbkAndGb18030AreDetected() {
        assertEquals(TEXT, decode(TEXT.getBytes(Charset.forName("GBK")), null).text());
        TextDecoder.Decoded decoded = decode(TEXT.getBytes(TextDecoder.GB18030), null);
        assertEquals(TEXT, decoded.text());
        assertEquals(TextDecoder.GB18030, decoded.charset());
    }

    @Test
    void lineEndsBecomeLfAndFormFeedsLineEnds() {
        assertEquals("a\nb\nc\n\nd", decode("a\r\nb\rc\n\fd".getBytes(StandardCharsets.UTF_8), null).text());
    }

    @Test
    void bytesOfNoKnownEncodingAreRefusedAtTheFirstBadByte() {
        byte[] bytes = {'a', '\n', 'b', 'c', (byte) 0xFF, (byte) 0xFF};
        assertEquals(Optional.empty(), TextDecoder.decode(bytes, Optional.empty(), "x.txt", problems));
        assertEquals(List.of("x.txt:2:3: the file is neither UTF-8 nor GB18030/GBK text — name its encoding with"
                + " -Dreply-archive.encoding=…, or save it as UTF-8"),
                problems.sorted().stream().map(Problem::toString).toList());
    }

    @Test
    void aWordFileIsRefused() {
        byte[] bytes = {'P', 'K', 3, 4, 0, 0, 'x'};
        assertEquals(Optional.empty(), TextDecoder.decode(bytes, Optional.empty(), "x.txt", problems));
        assertTrue(problems.sorted().get(0).toString().contains("not plain text"));
    }
}
