package org.replyarchive.model;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The provenance text of a reply: the text as the department published it, from which the official text was
 * made. The site publishes it with its SHA-256, so that anyone can compare the reply with it.
 *
 * @param path the file, relative to the content folder ({@code sources/2023D51.txt})
 * @param sha256 the SHA-256 of the file's bytes, in lower-case hex
 */
public record SourceText(String path, String sha256) {

    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    public SourceText {
        Objects.requireNonNull(path, "path");
        if (!SHA256.matcher(sha256).matches()) {
            throw new IllegalArgumentException("sha256 must be 64 lower-case hex digits, got '" + sha256 + "'");
        }
    }
}
