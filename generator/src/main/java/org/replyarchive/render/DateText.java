package org.replyarchive.render;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.replyarchive.config.Language;

/** Dates as each language writes them: {@code 2023年5月17日}, {@code 17 May 2023}. */
public final class DateText {

    private static final DateTimeFormatter ENGLISH = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.UK);

    private DateText() {}

    public static String format(LocalDate date, Language language) {
        return switch (language) {
            case ZH -> date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
            case EN -> ENGLISH.format(date);
        };
    }
}
