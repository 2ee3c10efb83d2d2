package org.replyarchive.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.OptionalInt;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ChineseNumeralsTest {

    @ParameterizedTest
    @CsvSource({"一, 1", "十, 10", "十三, 13", "二十, 20", "二十一, 21", "九十九, 99", "二〇二三, 2023", "二零二四, 2024",
            "13, 13", "2023, 2023"})
    void readsNumbersAsRepliesWriteThem(String text, int value) {
        assertEquals(OptionalInt.of(value), ChineseNumerals.parse(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "届", "十十", "一百", "三十四五", "二三十"})
    void refusesWhatIsNotANumber(String text) {
        assertEquals(OptionalInt.empty(), ChineseNumerals.parse(text));
    }
}
