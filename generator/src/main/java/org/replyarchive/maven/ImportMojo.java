package org.replyarchive.maven;

import java.io.File;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.replyarchive.build.BuildListener;
import org.replyarchive.importer.ImportConfig;
import org.replyarchive.importer.ReplyTextImporter;

/**
 * Imports the text of published replies as draft entries of the content folder: for each text a
 * {@code replies/<year>/<slug>.zh.md} with {@code TODO} where a human must complete it, and the text itself as
 * {@code sources/<slug>.txt}.
 *
 * <pre>
 * mvn reply-archive:import -Dreply-archive.from=reply.txt
 * </pre>
 *
 * @since 0.1.0
 */
@Mojo(name = "import", threadSafe = true)
public class ImportMojo extends AbstractReplyArchiveMojo {

    /**
     * The text of one reply ({@code .txt}, UTF-8 with or without a byte-order mark, or GB18030/GBK), or a folder
     * whose {@code .txt} files are each the text of one reply.
     *
     * @since 0.1.0
     */
    @Parameter(property = PREFIX + "from", required = true)
    File from;

    /**
     * Overwrites drafts and sources that already exist; without it, an import that would overwrite one writes
     * nothing.
     *
     * @since 0.1.0
     */
    @Parameter(property = PREFIX + "force", defaultValue = "false")
    boolean force;

    /**
     * The encoding of the texts, e.g. {@code GB18030}, {@code GBK} or {@code UTF-8}; by default detected: a
     * byte-order mark, else UTF-8 when the text is valid UTF-8, else GB18030.
     *
     * @since 0.1.0
     */
    @Parameter(property = PREFIX + "encoding")
    String encoding;

    @Override
    void run(BuildListener listener) {
        ReplyTextImporter.importText(ImportConfig.builder(from.toPath(), contentDirectory.toPath())
                .force(force)
                .encoding(encoding)
                .build(), listener);
    }
}
