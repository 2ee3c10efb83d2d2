package org.replyarchive.serve;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One byte range of a {@code Range: bytes=…} request header (RFC 9110 §14.1.2), resolved against the length of
 * the file: {@code bytes=a-b}, {@code bytes=a-} and the suffix {@code bytes=-n}. Search results read their
 * snippets this way, so the preview must answer as a production host does.
 *
 * @param first the first byte served, 0-based
 * @param last the last byte served, inclusive
 */
record ByteRange(long first, long last) {

    private static final Pattern SINGLE = Pattern.compile("bytes=(\\d*)-(\\d*)");

    /** What a {@code Range} header asks of a file. */
    sealed interface Request permits Whole, Part, Unsatisfiable {}

    /** No range, or one the server may ignore (several ranges, another unit, malformed): send it all. */
    record Whole() implements Request {}

    /** A range inside the file: send {@code 206} with {@code Content-Range}. */
    record Part(ByteRange range) implements Request {}

    /** A range that starts beyond the file's end: send {@code 416}. */
    record Unsatisfiable() implements Request {}

    /** The request {@code header} (absent when there is none) makes of a file of {@code length} bytes. */
    static Request of(Optional<String> header, long length) {
        Matcher m = header.map(h -> SINGLE.matcher(h.strip())).orElse(null);
        if (m == null || !m.matches() || m.group(1).isEmpty() && m.group(2).isEmpty()) {
            return new Whole();
        }
        if (m.group(1).isEmpty()) {
            long suffix = parse(m.group(2));
            return suffix == 0 || length == 0 ? new Unsatisfiable()
                    : new Part(new ByteRange(Math.max(0, length - suffix), length - 1));
        }
        long first = parse(m.group(1));
        long last = m.group(2).isEmpty() ? length - 1 : Math.min(parse(m.group(2)), length - 1);
        if (!m.group(2).isEmpty() && parse(m.group(2)) < first) {
            return new Whole();
        }
        return first >= length ? new Unsatisfiable() : new Part(new ByteRange(first, last));
    }

    /** A number of the header; one too long for a {@code long} is as good as infinite. */
    private static long parse(String digits) {
        try {
            return Long.parseLong(digits);
        } catch (NumberFormatException e) {
            return Long.MAX_VALUE;
        }
    }

    long length() {
        return last - first + 1;
    }

    /** The {@code Content-Range} value of this range of a file of {@code total} bytes. */
    String contentRange(long total) {
        return "bytes " + first + "-" + last + "/" + total;
    }
}
