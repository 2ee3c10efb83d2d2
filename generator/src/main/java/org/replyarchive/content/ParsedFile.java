package org.replyarchive.content;

import java.util.Optional;
import org.replyarchive.problem.Problems;

/** A content file read and split: its front matter as a YAML mapping and its body. */
record ParsedFile(ContentScanner.Found found, YamlNode.Mapping yaml, FrontMatter frontMatter) {

    /** Reads, splits and parses {@code found}; empty after a problem at any step. */
    static Optional<ParsedFile> read(ContentScanner.Found found, Problems problems) {
        return TextFiles.readUtf8(found.file(), found.path(), problems)
                .flatMap(text -> FrontMatterSplitter.split(text, found.path(), problems))
                .flatMap(fm -> parse(found, fm, problems));
    }

    /** Parses the front matter of a file already split. */
    static Optional<ParsedFile> parse(ContentScanner.Found found, FrontMatter fm, Problems problems) {
        return YamlParser.parse(fm.yaml(), found.path(), fm.yamlFirstLine(), problems)
                .flatMap(node -> asMapping(node, found.path(), problems))
                .map(yaml -> new ParsedFile(found, yaml, fm));
    }

    private static Optional<YamlNode.Mapping> asMapping(YamlNode node, String path, Problems problems) {
        if (node instanceof YamlNode.Mapping m) {
            return Optional.of(m);
        }
        problems.error(node.position(), "the front matter must be 'key: value' fields, not " + node.kindName(),
                "write one field per line, e.g. 'title: …'");
        return Optional.empty();
    }

    String path() {
        return found.path();
    }

    /** The body without blank lines at either end. */
    String body() {
        return frontMatter.body().strip();
    }

    /** The 1-based line of the file where the body's first non-blank line stands. */
    int firstBodyLine() {
        return BodyFacts.firstBodyLine(frontMatter);
    }
}
