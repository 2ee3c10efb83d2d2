package org.replyarchive.maven;

import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.replyarchive.build.BuildListener;
import org.replyarchive.translation.TranslationStamper;

/**
 * Records in the translations of one reply that they render its official text as it is now
 * ({@code translated_from:} in their front matter). Run it after translating or updating a translation; when the
 * official text changes later, builds warn and {@code check} fails until the translation is updated and stamped
 * again.
 *
 * <pre>
 * mvn reply-archive:stamp -Dreply-archive.reply=2023/2023D51
 * </pre>
 *
 * @since 0.1.0
 */
@Mojo(name = "stamp", threadSafe = true)
public class StampMojo extends AbstractReplyArchiveMojo {

    /**
     * The reply whose translations to stamp, as {@code <year>/<slug>}.
     *
     * @since 0.1.0
     */
    @Parameter(property = PREFIX + "reply", required = true)
    String reply;

    @Override
    void run(BuildListener listener) {
        TranslationStamper.stamp(contentDirectory.toPath(), reply)
                .forEach(path -> listener.info("Stamped " + path + " with the official text of " + reply));
    }
}
