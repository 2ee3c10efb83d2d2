package org.replyarchive.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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

    static List<OutputFile> of(Site site, UrlScheme urls, Path contentDirectory) {
        List<OutputFile> files = new ArrayList<>();
        for (Reply reply : site.replies()) {
            urls.replySource(reply).ifPresent(path ->
                    files.add(new OutputFile(path, read(contentDirectory, reply.source().orElseThrow().path()))));
        }
        return files;
    }

    private static byte[] read(Path contentDirectory, String path) {
        try {
            return Files.readAllBytes(contentDirectory.resolve(path));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the source " + path, e);
        }
    }
}
