package org.replyarchive.output;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/** A file of the built site: its path relative to the site root ({@code /} separators) and its bytes. */
public record OutputFile(String path, byte[] content) {

    public OutputFile {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(content, "content");
        if (path.startsWith("/") || path.contains("..") || path.contains("\\")) {
            throw new IllegalArgumentException("path must be relative and inside the site, got '" + path + "'");
        }
    }

    /** A text file, written as UTF-8. */
    public static OutputFile text(String path, String text) {
        return new OutputFile(path, text.getBytes(StandardCharsets.UTF_8));
    }
}
