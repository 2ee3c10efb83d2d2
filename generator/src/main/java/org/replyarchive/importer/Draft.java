package org.replyarchive.importer;

import java.util.List;
import java.util.Objects;
import org.replyarchive.problem.Problem;

/**
 * A draft ready to be written.
 *
 * @param input the imported file, as messages name it
 * @param draftPath the draft's path in the content folder: {@code replies/<year>/<slug>.zh.md}
 * @param sourcePath the source's path in the content folder: {@code sources/<slug>.txt}
 * @param markdown the draft's text: front matter and body
 * @param sourceText the imported text, kept as the draft's source
 * @param encoding the encoding the text was read in
 * @param toFill the fields a human must complete, e.g. {@code proposal.kind}, {@code topics}
 * @param notes what a human should know, with positions in the draft or the imported file
 */
record Draft(String input, String draftPath, String sourcePath, String markdown, String sourceText, String encoding,
        List<String> toFill, List<Problem> notes) {

    Draft {
        Objects.requireNonNull(markdown, "markdown must not be null");
        Objects.requireNonNull(sourceText, "sourceText must not be null");
        toFill = List.copyOf(toFill);
        notes = List.copyOf(notes);
    }
}
