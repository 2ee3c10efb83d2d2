package org.replyarchive.draft;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.replyarchive.problem.Problem;
import org.replyarchive.problem.SourcePosition;

/**
 * Writes a draft's front matter line by line, and for every field it leaves as {@code TODO} remembers where, so
 * the console can name the field, its line and column, and what to put there. Per draft; not thread-safe.
 */
public final class FrontMatterText {

    /**
     * The mark of a value a human must still fill in; validation refuses a file that still holds one, so a
     * draft is never published half-filled.
     */
    public static final String TODO = "TODO";

    private static final Pattern PLAIN = Pattern.compile("[^\\s\\-?:,\\[\\]{}#&*!|>'\"%@`].*");
    private static final Pattern NOT_A_TEXT = Pattern.compile(
            "[-+]?(?:\\d[\\d_]*(?:\\.\\d*)?(?:[eE][-+]?\\d+)?|\\.\\d+|0x[0-9a-fA-F]+|0o[0-7]+|\\.inf|\\.nan)"
                    + "|true|false|yes|no|on|off|null|~|y|n",
            Pattern.CASE_INSENSITIVE);

    private final String path;
    private final List<String> lines = new ArrayList<>(List.of("---"));
    private final List<String> toFill = new ArrayList<>();
    private final List<Problem> notes = new ArrayList<>();

    /** Front matter for the draft at {@code path} in the content folder. */
    public FrontMatterText(String path) {
        this.path = path;
    }

    /** A line as it is. */
    public void line(String line) {
        lines.add(line);
    }

    /** {@code key: value} when the value is known, else {@code key: TODO  # hint} and a note. */
    public void scalar(String indent, String key, String field, Optional<String> value, String hint) {
        if (value.isPresent()) {
            lines.add(indent + key + ": " + yaml(value.get()));
        } else {
            String start = indent + key + ": ";
            lines.add(start + TODO + "  # " + hint);
            note(field, start.length() + 1, "'" + key + "' is still TODO", hint);
        }
    }

    /** {@code key: value  # comment}, with a note that is not a TODO: a value a human should check. */
    public void checked(String indent, String key, String field, String value, String comment, String message, String fix) {
        String start = indent + key + ": ";
        lines.add(start + yaml(value) + "  # " + comment);
        note(field, start.length() + 1, message, fix);
    }

    /**
     * {@code key: [a, b, TODO]}: each known item, and a {@code TODO} for each unknown one, noted with its own
     * fix; {@code comment} follows the list when there is a TODO.
     *
     * @param unknown one fix per {@code TODO} item, in order
     */
    public void list(String indent, String key, String field, List<String> known, List<String> unknown, String comment) {
        StringBuilder line = new StringBuilder(indent + key + ": [");
        List<Integer> todoColumns = new ArrayList<>();
        List<String> items = new ArrayList<>(known);
        unknown.forEach(u -> items.add(TODO));
        for (int i = 0; i < items.size(); i++) {
            if (i > 0) {
                line.append(", ");
            }
            if (i >= known.size()) {
                todoColumns.add(line.length() + 1);
            }
            line.append(items.get(i));
        }
        line.append(']');
        if (!unknown.isEmpty()) {
            line.append("  # ").append(comment);
        }
        lines.add(line.toString());
        for (int i = 0; i < unknown.size(); i++) {
            note(field, todoColumns.get(i), "'" + key + "' is still TODO", unknown.get(i));
        }
    }

    private void note(String field, int column, String message, String fix) {
        if (!toFill.contains(field)) {
            toFill.add(field);
        }
        // The field's line was just added: its 1-based number is the count of lines so far.
        notes.add(Problem.warning(new SourcePosition(path, lines.size(), column), message, fix));
    }

    /** The front matter so far, each line ending in LF. */
    public String text() {
        return String.join("\n", lines) + "\n";
    }

    /** The fields left for a human, in the order they were written. */
    public List<String> toFill() {
        return List.copyOf(toFill);
    }

    /** The notes on the fields left for a human, in the order they were written. */
    public List<Problem> notes() {
        return List.copyOf(notes);
    }

    /** {@code value} as a YAML scalar: plain where YAML reads it back as the same text, else double-quoted. */
    public static String yaml(String value) {
        boolean plain = PLAIN.matcher(value).matches() && !NOT_A_TEXT.matcher(value).matches()
                && !value.contains(": ") && !value.contains(" #") && !value.endsWith(":") && value.equals(value.strip())
                && !value.startsWith(TODO);
        if (plain) {
            return value;
        }
        return '"' + value.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }
}
