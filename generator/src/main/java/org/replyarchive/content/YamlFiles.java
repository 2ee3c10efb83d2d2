package org.replyarchive.content;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.replyarchive.problem.Problems;
import org.replyarchive.problem.SourcePosition;

/** Reads a whole YAML file of the content folder into a tree. */
final class YamlFiles {

    private YamlFiles() {}

    /**
     * The YAML tree of {@code relativePath}; empty after a problem when the file is missing (if
     * {@code required}), not UTF-8 or not valid YAML.
     */
    /**
     * The largest registry or settings file: a hundred times a registry of a thousand proposers. SnakeYAML's
     * scanner slows down faster than a value grows (4 MB in one value take seconds), so this bound keeps it fast.
     */
    static final long MAX_YAML_BYTES = 1024 * 1024;

    static Optional<YamlNode> read(Path contentDirectory, String relativePath, boolean required, Problems problems) {
        Path file = contentDirectory.resolve(relativePath);
        if (!Files.isRegularFile(file)) {
            Optional<String> broken = ContentPaths.brokenLink(file);
            if (broken.isPresent()) {
                problems.error(SourcePosition.ofFile(relativePath), "the file " + broken.get(), ContentPaths.BROKEN_FIX);
            } else if (Files.isDirectory(file)) {
                problems.error(SourcePosition.ofFile(relativePath), "the path is a folder, not a file",
                        "remove the folder, and create " + relativePath + " as a YAML file");
            } else if (required) {
                problems.error(SourcePosition.ofFile(relativePath), "the file is missing",
                        "create " + relativePath + " in the content folder (see the README's content reference)");
            }
            return Optional.empty();
        }
        return TextFiles.readUtf8(file, relativePath, MAX_YAML_BYTES, problems)
                .flatMap(text -> YamlParser.parse(text, relativePath, 1, problems));
    }
}
