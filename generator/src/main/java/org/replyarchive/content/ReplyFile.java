package org.replyarchive.content;

import java.util.Optional;
import org.replyarchive.problem.Problems;

/**
 * A reply file read for loading: its front matter as a YAML mapping, and the facts of its body — never the
 * body itself, which is read again when its page is rendered.
 */
record ReplyFile(ContentScanner.Found found, YamlNode.Mapping yaml, BodyFacts body) {

    /**
     * Reads and parses {@code found}: only its front matter when {@code digests} knows its body, else all of
     * it. Empty after a problem at any step.
     */
    static Optional<ReplyFile> read(ContentScanner.Found found, Problems problems, BodyDigests digests) {
        Optional<BodyFacts> known = digests.lookup(found.file(), found.path());
        Optional<String> text = known.isPresent()
                ? TextFiles.readFrontMatter(found.file(), found.path(), problems)
                : TextFiles.readUtf8(found.file(), found.path(), problems);
        return text.flatMap(t -> FrontMatterSplitter.split(t, found.path(), problems))
                .flatMap(frontMatter -> ParsedFile.parse(found, frontMatter, problems).map(parsed -> {
                    BodyFacts body = known.orElseGet(() -> BodyFacts.of(frontMatter));
                    if (known.isEmpty()) {
                        BodyRules.check(frontMatter.body().strip(), found.path(), body.firstBodyLine(), problems);
                        digests.remember(found.file(), found.path(), body);
                    }
                    return new ReplyFile(found, parsed.yaml(), body);
                }));
    }

    String path() {
        return found.path();
    }
}
