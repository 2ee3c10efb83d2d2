package org.replyarchive.maven;

import java.io.File;
import java.util.Optional;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.replyarchive.build.BuildListener;
import org.replyarchive.SiteGenerator;
import org.replyarchive.check.CheckResult;
import org.replyarchive.config.BuildConfig;

/**
 * Checks the archive the way CI should before publishing: everything the build validates, every internal
 * link and asset reference of the built site, and the fidelity of each reply that names a {@code source:}.
 * Reports every problem at once and fails when there is any. Builds into a temporary folder: the output
 * folder is not touched.
 *
 * <pre>
 * mvn reply-archive:check -Dreply-archive.annotations=github
 * </pre>
 *
 * @since 0.1.0
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class CheckMojo extends AbstractSiteMojo {

    /** Where Maven builds; the check's own build goes into a temporary folder, never here. */
    @Parameter(defaultValue = "${project.build.directory}", readonly = true)
    File buildDirectory;

    @Override
    void run(BuildListener listener) throws MojoFailureException {
        // The check builds into a temporary folder of its own; a configuration needs an output folder all the same.
        BuildConfig config = toConfig(buildDirectory.toPath().resolve("reply-archive-check"), Optional.empty());
        CheckResult result = SiteGenerator.check(config, listener);
        result.notes().forEach(listener::info);
        if (result.hasErrors()) {
            throw problemLog().failure(result.problems(), result.summary());
        }
        result.problems().forEach(listener::warning);
        listener.info(result.summary());
    }
}
