package org.replyarchive.render;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.replyarchive.config.Language;

/**
 * Dates as the content writes them: {@code 2023年5月17日}, {@code 17 May 2023}. The fidelity check compares a
 * reply's signature with its source in this form, which is the text's and not the theme's; pages show dates
 * as the theme's {@code date_format} writes them (see {@link UiStrings#date}).
 */
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
