package org.replyarchive.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.replyarchive.model.Reply;
import org.replyarchive.model.Site;
import org.replyarchive.output.OutputFile;
import org.replyarchive.route.UrlScheme;

/**
 * The provenance texts of the replies that publish their full text, each beside its official page and byte for
 * byte as kept in {@code content/sources/}, so that the SHA-256 the page shows is the file's and anyone can
 * compare the reply with the text the department published.
 */
final class SourceFiles {

    private SourceFiles() {}

    /**
     * Hands each source to {@code out} as soon as it is read, so that a build holds one source at a time, not
     * the sources of the whole archive; returns how many there are.
     */
    static int write(Site site, UrlScheme urls, Path contentDirectory, java.util.function.Consumer<OutputFile> out) {
        int count = 0;
        for (Reply reply : site.replies()) {
            java.util.Optional<String> path = urls.replySource(reply);
            if (path.isPresent()) {
                out.accept(new OutputFile(path.get(), read(contentDirectory, reply.source().orElseThrow().path())));
                count++;
            }
        }
        return count;
    }

    private static byte[] read(Path contentDirectory, String path) {
        try {
            return Files.readAllBytes(contentDirectory.resolve(path));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the source " + path, e);
        }
    }
}
