package org.replyarchive.importer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.replyarchive.problem.Problems;
import org.replyarchive.problem.SourcePosition;

/**
 * Writes drafts and their sources into the content folder, as UTF-8 with LF line ends, and never over an
 * existing file unless told to. The only class of the importer that writes files.
 */
final class DraftWriter {

    private final Path contentDirectory;
    private final boolean force;

    DraftWriter(Path contentDirectory, boolean force) {
        this.contentDirectory = contentDirectory;
        this.force = force;
    }

    /**
     * Adds a problem for each file a draft would overwrite (unless forced), and for each draft whose paths an
     * earlier draft of the same import already takes.
     */
    void checkTargets(List<Draft> drafts, Problems problems) {
        Map<String, String> taken = new HashMap<>();
        for (Draft draft : drafts) {
            String earlier = taken.putIfAbsent(draft.draftPath(), draft.input());
            if (earlier != null) {
                problems.error(SourcePosition.ofFile(draft.input()), "this reply would be written to "
                        + draft.draftPath() + ", as " + earlier + " is", "import the two files one at a time, and"
                        + " rename one draft (and its source) before importing the other");
                continue;
            }
            for (String path : List.of(draft.draftPath(), draft.sourcePath())) {
                if (!force && Files.exists(contentDirectory.resolve(path))) {
                    problems.error(SourcePosition.ofFile(path), "the file already exists, so " + draft.input()
                            + " was not imported", "pass -Dreply-archive.force=true to overwrite it, or move the"
                            + " file away first");
                }
            }
        }
    }

    /** Writes the draft and its source. */
    void write(Draft draft) {
        write(draft.draftPath(), draft.markdown());
        String source = draft.sourceText();
        write(draft.sourcePath(), source.endsWith("\n") || source.isEmpty() ? source : source + "\n");
    }

    private void write(String path, String text) {
        Path file = contentDirectory.resolve(path);
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        }
    }
}
