package org.replyarchive.maven;

import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.replyarchive.build.BuildListener;
import org.replyarchive.SiteGenerator;
import org.replyarchive.config.BuildConfig;

/**
 * Builds the website from the content folder into the output folder.
 *
 * @since 0.1.0
 */
@Mojo(name = "build", defaultPhase = LifecyclePhase.PACKAGE, threadSafe = true)
public class BuildMojo extends AbstractSiteMojo {

    @Override
    void run(BuildConfig config, BuildListener listener) {
        SiteGenerator.build(config, listener);
        listener.info("Site written to " + config.outputDirectory() + " — preview it with: python3 -m http.server"
                + " -d " + config.outputDirectory() + " 8000");
    }
}
