package org.replyarchive.content;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.replyarchive.model.ReplyText;
import org.replyarchive.model.TextSource;
import org.replyarchive.problem.Problems;
import org.replyarchive.problem.SourcePosition;

/**
 * Reads the published Markdown of a reply again from its file, when its page is rendered. The text must be the
 * one the content was loaded and validated with: a file edited during the build is an error, not a page built
 * from text no validation saw.
 */
public final class BodyReader implements TextSource {

    private final Path contentDirectory;

    public BodyReader(Path contentDirectory) {
        this.contentDirectory = contentDirectory;
    }

    @Override
    public String markdown(ReplyText text) {
        if (!text.isBody()) {
            return text.inline().orElseThrow();
        }
        Problems problems = new Problems();
        String body = TextFiles.readUtf8(contentDirectory.resolve(text.path()), text.path(), problems)
                .flatMap(content -> FrontMatterSplitter.split(content, text.path(), problems))
                .map(frontMatter -> {
                    String published = frontMatter.body().strip();
                    // Loading may have taken this body on trust from the cache: its rules are checked here too.
                    BodyRules.check(published, text.path(), BodyFacts.firstBodyLine(frontMatter), problems);
                    return published;
                })
                .orElse(null);
        if (body != null && !digest(body).equals(text.digest())) {
            problems.error(SourcePosition.ofFile(text.path()), "the file changed while the site was being built",
                    "build again once the file is saved");
        }
        problems.throwIfErrors();
        return body;
    }

    /** The digest a {@link ReplyText} keeps of its published Markdown. */
    public static String digest(String markdown) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(markdown.getBytes(StandardCharsets.UTF_8)), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
