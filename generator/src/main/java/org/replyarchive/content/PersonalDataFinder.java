package org.replyarchive.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds what looks like a person's contact or identity in a line of text: Chinese mobile numbers, landline
 * numbers with an area code, e-mail addresses and resident identity card numbers (whose check digit must be
 * right). Numbers run into other digits or letters, amounts ({@code 元}, {@code 万}) and document numbers are
 * not matched.
 */
final class PersonalDataFinder {

    /** One finding: its 0-based column in the line, what kind it is, and the text found. */
    record Found(int column, String kind, String text) {}

    private static final String NOT_AFTER = "(?<![0-9A-Za-z.@_-])";
    private static final String NOT_BEFORE = "(?![0-9A-Za-z]|[元万亿%])";
    private static final Pattern ID_CARD = Pattern.compile(NOT_AFTER
            + "[1-9]\\d{5}(?:18|19|20)\\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\\d|3[01])\\d{3}[0-9Xx]" + NOT_BEFORE);
    private static final Pattern MOBILE = Pattern.compile(NOT_AFTER
            + "(?:\\+?86[ -]?)?1[3-9]\\d(?:\\d{8}|-\\d{4}-\\d{4}| \\d{4} \\d{4})" + NOT_BEFORE);
    private static final Pattern LANDLINE = Pattern.compile(NOT_AFTER
            + "(?:0\\d{2,3}-|[(（]0\\d{2,3}[)）] ?)[2-9]\\d{6,7}(?:-\\d{1,5})?" + NOT_BEFORE);
    private static final Pattern EMAIL = Pattern.compile(
            "(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}");

    private static final int[] ID_WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String ID_CHECK = "10X98765432";

    private final Set<String> allowed;

    /** A finder that passes over the contacts of {@code allowed} (compared without spaces, dashes, brackets). */
    PersonalDataFinder(Set<String> allowed) {
        this.allowed = allowed.stream().map(PersonalDataFinder::normalize).collect(java.util.stream.Collectors.toSet());
    }

    List<Found> find(String line) {
        List<Found> found = new ArrayList<>();
        add(found, ID_CARD.matcher(line), "a resident identity card number");
        add(found, MOBILE.matcher(line), "a mobile phone number");
        add(found, LANDLINE.matcher(line), "a telephone number");
        add(found, EMAIL.matcher(line), "an e-mail address");
        found.sort(java.util.Comparator.comparingInt(Found::column));
        return found;
    }

    private void add(List<Found> found, Matcher m, String kind) {
        while (m.find()) {
            String text = m.group();
            boolean inside = found.stream().anyMatch(f -> m.start() >= f.column() && m.start() < f.column()
                    + f.text().length());
            if (inside || allowed.contains(normalize(text)) || (kind.startsWith("a resident") && !checksumOk(text))) {
                continue;
            }
            found.add(new Found(m.start(), kind, text));
        }
    }

    /** GB 11643: the 18th character is the check digit of the 17 before it. */
    static boolean checksumOk(String id) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (id.charAt(i) - '0') * ID_WEIGHTS[i];
        }
        return Character.toUpperCase(id.charAt(17)) == ID_CHECK.charAt(sum % 11);
    }

    private static String normalize(String contact) {
        return contact.replaceAll("[\\s()（）+-]", "").replaceFirst("^86(?=1[3-9]\\d{9}$)", "")
                .toLowerCase(Locale.ROOT);
    }

    /** The text with all but its first three and last two characters hidden, so a log never repeats it. */
    static String masked(String text) {
        if (text.length() <= 6) {
            return "*".repeat(text.length());
        }
        return text.substring(0, 3) + "*".repeat(text.length() - 5) + text.substring(text.length() - 2);
    }
}
