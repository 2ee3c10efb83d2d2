package org.replyarchive.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ByteRangeTest {

    @ParameterizedTest(name = "{0} of 100 bytes → {1}")
    @CsvSource(delimiter = '|', nullValues = "absent", value = {
            "bytes=0-9 | bytes 0-9/100",
            "bytes=90- | bytes 90-99/100",
            "bytes=-10 | bytes 90-99/100",
            "bytes=-500 | bytes 0-99/100",
            "bytes=95-200 | bytes 95-99/100",
            "bytes=99-99 | bytes 99-99/100",
            "bytes=100- | 416",
            "bytes=-0 | 416",
            "bytes=5-2 | whole",
            "bytes=0-1,5-6 | whole",
            "items=0-1 | whole",
            "bytes=- | whole",
            "absent | whole"})
    void aSingleRangeIsServedAPartOneBeyondTheEndIsUnsatisfiableAnythingElseTheWholeFile(String header,
            String expected) {
        ByteRange.Request request = ByteRange.of(Optional.ofNullable(header), 100);
        String got = request instanceof ByteRange.Part part ? part.range().contentRange(100)
                : request instanceof ByteRange.Unsatisfiable ? "416" : "whole";
        assertEquals(expected, got);
    }
}
