package org.replyarchive.markdown;

import java.util.function.BiConsumer;

/**
 * Finds the document numbers (文号) in a text: two to twelve Chinese characters of issuer, a four-digit year in
 * brackets of any kind ({@code 〔【[（(} opening, {@code 〕】]）)} closing, not necessarily a pair), one to four
 * digits and 号, leftmost first and none overlapping, as the regular expression
 * {@code \p{IsHan}{2,12}[〔【\[（(]\d{4}[〕】\]）)]\d{1,4}号} would find them with {@code Matcher.find}.
 *
 * <p>Written out rather than left to that expression: tried at every character, its {@code \p{IsHan}} looks each
 * character's script up in a table, which was a third of a whole build's time. Here the text is searched for 号
 * and only the few characters before each one are looked at.
 */
final class DocumentNumbers {

    private static final String OPENING = "〔【[（(";
    private static final String CLOSING = "〕】]）)";
    private static final int MAX_ISSUER = 12;
    private static final int MIN_ISSUER = 2;
    private static final int YEAR_DIGITS = 4;
    private static final int MAX_NUMBER_DIGITS = 4;

    private DocumentNumbers() {}

    /** Gives {@code found} the {@code [start, end)} of each document number in {@code text}, in text order. */
    static void in(String text, BiConsumer<Integer, Integer> found) {
        int searchedFrom = 0;
        for (int mark = text.indexOf('号'); mark >= 0; mark = text.indexOf('号', mark + 1)) {
            int start = start(text, mark, searchedFrom);
            if (start >= 0) {
                found.accept(start, mark + 1);
                searchedFrom = mark + 1;
            }
        }
    }

    /** Where the number ending in the 号 at {@code mark} starts, at or after {@code from}; -1 if none ends there. */
    private static int start(String text, int mark, int from) {
        int digits = digitsBefore(text, mark, from, MAX_NUMBER_DIGITS + 1);
        int closing = mark - digits - 1;
        if (digits == 0 || digits > MAX_NUMBER_DIGITS || closing < from || CLOSING.indexOf(text.charAt(closing)) < 0) {
            return -1;
        }
        int opening = closing - YEAR_DIGITS - 1;
        if (opening < from || digitsBefore(text, closing, from, YEAR_DIGITS) != YEAR_DIGITS
                || OPENING.indexOf(text.charAt(opening)) < 0) {
            return -1;
        }
        int start = opening;
        int issuer = 0;
        while (issuer < MAX_ISSUER && start > from) {
            int c = text.codePointBefore(start);
            if (Character.UnicodeScript.of(c) != Character.UnicodeScript.HAN) {
                break;
            }
            start -= Character.charCount(c);
            issuer++;
        }
        return issuer >= MIN_ISSUER ? start : -1;
    }

    /** How many ASCII digits end just before {@code end}, counting at most {@code most} and none before {@code from}. */
    private static int digitsBefore(String text, int end, int from, int most) {
        int count = 0;
        while (count < most && end - count - 1 >= from) {
            char c = text.charAt(end - count - 1);
            if (c < '0' || c > '9') {
                break;
            }
            count++;
        }
        return count;
    }
}
