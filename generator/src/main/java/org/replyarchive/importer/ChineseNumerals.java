package org.replyarchive.importer;

import java.util.OptionalInt;

/** Reads the numbers replies write in Chinese: {@code 十三} (13), {@code 二十一} (21), {@code 二〇二三} (2023), or digits. */
final class ChineseNumerals {

    private static final String DIGITS = "〇一二三四五六七八九";

    private ChineseNumerals() {}

    /** The value of {@code text}, or empty when it is not a number written with digits or 〇–九 and 十. */
    static OptionalInt parse(String text) {
        if (text.isEmpty()) {
            return OptionalInt.empty();
        }
        if (text.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return text.length() > 9 ? OptionalInt.empty() : OptionalInt.of(Integer.parseInt(text));
        }
        String digits = text.replace('零', '〇');
        int ten = digits.indexOf('十');
        if (ten < 0) {
            return digitByDigit(digits);
        }
        if (ten != digits.lastIndexOf('十') || ten > 1 || digits.length() - ten > 2) {
            return OptionalInt.empty();
        }
        int tens = ten == 0 ? 1 : digit(digits.charAt(0));
        int units = ten == digits.length() - 1 ? 0 : digit(digits.charAt(ten + 1));
        return tens < 0 || units < 0 ? OptionalInt.empty() : OptionalInt.of(tens * 10 + units);
    }

    private static OptionalInt digitByDigit(String digits) {
        int value = 0;
        for (int i = 0; i < digits.length(); i++) {
            int d = digit(digits.charAt(i));
            if (d < 0 || i >= 9) {
                return OptionalInt.empty();
            }
            value = value * 10 + d;
        }
        return OptionalInt.of(value);
    }

    private static int digit(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        return DIGITS.indexOf(c);
    }
}
