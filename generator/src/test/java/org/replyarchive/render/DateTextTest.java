package org.replyarchive.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.replyarchive.config.Language;

class DateTextTest {

    @Test
    void writesChineseDatesWithoutLeadingZeros() {
        assertEquals("2023年5月7日", DateText.format(LocalDate.of(2023, 5, 7), Language.ZH));
        assertEquals("2024年12月31日", DateText.format(LocalDate.of(2024, 12, 31), Language.ZH));
    }

    @Test
    void writesBritishEnglishDates() {
        assertEquals("7 May 2023", DateText.format(LocalDate.of(2023, 5, 7), Language.EN));
        assertEquals("17 September 2024", DateText.format(LocalDate.of(2024, 9, 17), Language.EN));
    }
}
