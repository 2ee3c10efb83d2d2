package org.replyarchive.importer;

import java.util.List;
import java.util.Objects;
import org.replyarchive.problem.Problem;

/**
 * What an import wrote.
 *
 * @param drafts one entry per imported reply, in the order the files were read
 */
public record ImportResult(List<ImportedDraft> drafts) {

    public ImportResult {
        drafts = List.copyOf(drafts);
    }

    /**
     * One imported reply.
     *
     * @param input the imported file, as messages name it
     * @param draft the draft written, relative to the content folder: {@code replies/2023/2023D51.zh.md}
     * @param source the source written, relative to the content folder: {@code sources/2023D51.txt}
     * @param encoding the encoding the text was read in, e.g. {@code UTF-8} or {@code GB18030}
     * @param toFill the fields left as {@code TODO} or needing a registry entry, e.g. {@code topics}
     * @param notes one note per field to fill and per thing to check, each with its position
     */
    public record ImportedDraft(String input, String draft, String source, String encoding, List<String> toFill,
            List<Problem> notes) {

        public ImportedDraft {
            Objects.requireNonNull(draft, "draft must not be null");
            toFill = List.copyOf(toFill);
            notes = List.copyOf(notes);
        }
    }

    /** One line for the console: how many drafts were written and what is left to do. */
    public String summary() {
        long incomplete = drafts.stream().filter(d -> !d.toFill().isEmpty()).count();
        return "Imported " + drafts.size() + (drafts.size() == 1 ? " reply" : " replies")
                + (incomplete == 0 ? "" : "; fill in the TODO fields of " + incomplete
                        + (incomplete == 1 ? " draft" : " drafts") + " (the build refuses them until then)");
    }
}
