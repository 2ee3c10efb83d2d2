package org.replyarchive.maven;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.replyarchive.problem.InvalidRequestException;

/**
 * Reads a duration parameter as a person writes it on the command line: a whole number with a unit
 * ({@code 90s}, {@code 10m}, {@code 1h}), {@code 0}, or an ISO-8601 duration ({@code PT10M}, as
 * {@link Duration#parse} reads it). Anything else, or a negative duration, is the user's mistake, with the forms
 * that would do.
 */
final class DurationParameter {

    private static final Pattern WITH_UNIT = Pattern.compile("(\\d{1,9})\\s*(ms|s|m|h)");

    private DurationParameter() {}

    static Duration parse(String name, String value) {
        String text = value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
        if (text.equals("0")) {
            return Duration.ZERO;
        }
        Matcher m = WITH_UNIT.matcher(text);
        if (m.matches()) {
            long amount = Long.parseLong(m.group(1));
            return switch (m.group(2)) {
                case "ms" -> Duration.ofMillis(amount);
                case "s" -> Duration.ofSeconds(amount);
                case "m" -> Duration.ofMinutes(amount);
                default -> Duration.ofHours(amount);
            };
        }
        try {
            Duration parsed = Duration.parse(text.toUpperCase(Locale.ROOT));
            if (!parsed.isNegative()) {
                return parsed;
            }
        } catch (DateTimeParseException e) {
            // reported below, with the forms that would do
        }
        throw new InvalidRequestException(name + ": '" + value + "' is not a duration — use a whole number with s, m"
                + " or h (e.g. 30s, 10m, 1h), 0 to fail at once, or an ISO-8601 duration such as PT10M");
    }
}
