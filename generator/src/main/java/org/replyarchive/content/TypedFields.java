package org.replyarchive.content;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Pattern;

/** Reads fields that are texts with a form: whole numbers within a range, ISO dates. */
final class TypedFields {

    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private TypedFields() {}

    /** A required whole number within {@code min}..{@code max}. */
    static Optional<Integer> requiredInt(FieldReader r, String key, int min, int max) {
        return requiredInt(r, key, min, max, Optional.empty());
    }

    /**
     * A required whole number as {@link #requiredInt(FieldReader, String, int, int)}; a missing one suggests
     * {@code likely}, the value that what is known around it points to.
     */
    static Optional<Integer> requiredInt(FieldReader r, String key, int min, int max, Optional<Integer> likely) {
        String example = String.valueOf(likely.orElse(min));
        return r.requiredText(key, example).flatMap(text -> {
            try {
                int value = Integer.parseInt(text);
                if (value >= min && value <= max) {
                    return Optional.of(value);
                }
            } catch (NumberFormatException e) {
                // reported below with the range
            }
            r.reportAt(key, "'" + key + "' must be a whole number from " + min + " to " + max + ", not '" + text
                    + "'", "write for example '" + key + ": " + example + "'");
            return Optional.empty();
        });
    }

    /** A required ISO date. */
    static Optional<LocalDate> requiredDate(FieldReader r, String key) {
        return r.requiredText(key, "2023-05-17").flatMap(text -> {
            if (!ISO_DATE.matcher(text).matches()) {
                r.reportAt(key, "'" + key + "' is not a date in the form YYYY-MM-DD: '" + text + "'",
                        "write it as YYYY-MM-DD, e.g. 2023-05-17");
                return Optional.empty();
            }
            try {
                return Optional.of(LocalDate.parse(text));
            } catch (DateTimeParseException e) {
                r.reportAt(key, "'" + key + "' is not a real date: '" + text + "'",
                        "write an existing date as YYYY-MM-DD, e.g. 2023-05-17");
                return Optional.empty();
            }
        });
    }
}
