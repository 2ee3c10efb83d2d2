package org.replyarchive.fork;

import java.util.ArrayList;
import java.util.List;
import org.replyarchive.problem.Problem;
import org.replyarchive.problem.Severity;
import org.replyarchive.problem.SourcePosition;

/**
 * The lines a forked build writes to its standard output, one message a line, fields separated by tabs; a
 * backslash, tab, carriage return or line feed inside a field is written as {@code \\}, {@code \t}, {@code \r},
 * {@code \n}.
 *
 * <pre>
 * info     message
 * warning  path line column message fix severity   (a warning of a build that goes on)
 * problem  path line column message fix severity   (one problem of the failure that follows)
 * failed   kind message                            (kind: content, request, unsafe, other)
 * built    output replies pages rendered files languages nanos   (the result; languages as codes, by commas)
 * </pre>
 */
final class ForkMessages {

    static final String INFO = "info";
    static final String WARNING = "warning";
    static final String PROBLEM = "problem";
    static final String FAILED = "failed";
    static final String BUILT = "built";

    private ForkMessages() {}

    static String line(String tag, String... fields) {
        StringBuilder line = new StringBuilder(tag);
        for (String field : fields) {
            line.append('\t');
            escape(field, line);
        }
        return line.toString();
    }

    static String line(String tag, Problem problem) {
        SourcePosition at = problem.position();
        return line(tag, at.path(), Integer.toString(at.line()), Integer.toString(at.column()), problem.message(),
                problem.fix(), problem.severity().name());
    }

    /** The tag and the fields of {@code line}, unescaped. */
    static List<String> fields(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\t') {
                fields.add(field.toString());
                field.setLength(0);
            } else if (c == '\\' && i + 1 < line.length()) {
                char next = line.charAt(++i);
                field.append(next == 't' ? '\t' : next == 'n' ? '\n' : next == 'r' ? '\r' : next);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields;
    }

    /** The problem of the fields of a {@code warning} or {@code problem} line (tag first). */
    static Problem problem(List<String> fields) {
        if (fields.size() != 7) {
            throw new IllegalArgumentException("a problem has 6 fields, got " + (fields.size() - 1) + ": " + fields);
        }
        return new Problem(new SourcePosition(fields.get(1), Integer.parseInt(fields.get(2)),
                Integer.parseInt(fields.get(3))), fields.get(4), fields.get(5), Severity.valueOf(fields.get(6)));
    }

    private static void escape(String field, StringBuilder out) {
        for (int i = 0; i < field.length(); i++) {
            char c = field.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                default -> out.append(c);
            }
        }
    }
}
