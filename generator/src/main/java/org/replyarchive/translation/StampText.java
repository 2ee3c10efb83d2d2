package org.replyarchive.translation;

import java.util.ArrayList;
import java.util.List;
import org.replyarchive.model.TranslationStamp;

/**
 * Writes a {@code translated_from:} field into the front matter of a translation's file text, replacing the one
 * it has: every other line of the file stays as the translator wrote it.
 */
final class StampText {

    static final String KEY = "translated_from:";
    private static final String FENCE = "---";
    private static final int HASHES_PER_LINE = 8;

    private StampText() {}

    /** {@code file} with {@code stamp} as its {@code translated_from:}; the file must start with front matter. */
    static String write(String file, TranslationStamp stamp) {
        List<String> lines = new ArrayList<>(List.of(file.split("\n", -1)));
        int close = lines.subList(1, lines.size()).indexOf(FENCE) + 1;
        if (!lines.get(0).strip().equals(FENCE) || close <= 0) {
            throw new IllegalArgumentException("the file does not start with front matter");
        }
        int at = lines.subList(0, close).stream().map(l -> l.startsWith(KEY)).toList().indexOf(true);
        if (at > 0) {
            int end = at + 1;
            while (end < close && (lines.get(end).startsWith(" ") || lines.get(end).isBlank())) {
                end++;
            }
            lines.subList(at, end).clear();
            close -= end - at;
        }
        lines.addAll(close, field(stamp));
        return String.join("\n", lines);
    }

    private static List<String> field(TranslationStamp stamp) {
        List<String> field = new ArrayList<>();
        field.add(KEY + "   # the official text this renders: mvn -pl site reply-archive:stamp writes it");
        field.add("  text: " + stamp.text());
        // A flow list over several lines keeps a long reply's stamp readable in a diff.
        List<String> rows = new ArrayList<>();
        List<String> blocks = stamp.blocks();
        for (int from = 0; from < blocks.size(); from += HASHES_PER_LINE) {
            rows.add(String.join(", ", blocks.subList(from, Math.min(blocks.size(), from + HASHES_PER_LINE))));
        }
        field.add("  blocks: [" + String.join(",\n    ", rows) + "]");
        return field;
    }
}
