package org.replyarchive.testing;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Edits of a content folder between two builds, as an editor makes them. */
public final class ContentEdits {

    private ContentEdits() {}

    /** Replaces {@code from}, which the file must hold, with {@code to} in {@code file} of {@code content}. */
    public static void replace(Path content, String file, String from, String to) throws IOException {
        Path path = content.resolve(file);
        String text = Files.readString(path);
        assertTrue(text.contains(from), file + " holds " + from);
        Files.writeString(path, text.replace(from, to));
    }
}
