package org.replyarchive.maven;

import java.io.File;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.replyarchive.build.BuildListener;
import org.replyarchive.problem.Problem;

/**
 * The parameters every goal has (the content folder, skip, annotations) and the one place an outcome becomes
 * Maven's: {@link Outcomes}. Goals that render the site add theirs in {@link AbstractSiteMojo}.
 */
abstract class AbstractReplyArchiveMojo extends AbstractMojo {

    /** The prefix of every user property of this plugin. */
    static final String PREFIX = "reply-archive.";

    /**
     * The content folder: {@code site.yaml}, {@code registry/}, {@code replies/}, {@code pages/}.
     *
     * @since 0.1.0
     */
    @Parameter(property = PREFIX + "contentDirectory", defaultValue = "${project.basedir}/content", required = true)
    File contentDirectory;

    /**
     * Skips the goal.
     *
     * @since 0.1.0
     */
    @Parameter(property = PREFIX + "skip", defaultValue = "false")
    boolean skip;

    /**
     * How problems are printed besides the log: {@code none}, or {@code github} to print each one also as a
     * GitHub Actions annotation ({@code ::error file=…,line=…,col=…::…}), so that a workflow shows it on the
     * file's line.
     *
     * @since 0.1.0
     */
    @Parameter(property = PREFIX + "annotations", defaultValue = "none")
    String annotations;

    /** The folder Maven was started in; annotation paths are relative to it, as GitHub wants them. */
    @Parameter(defaultValue = "${session.executionRootDirectory}", readonly = true)
    String executionRootDirectory;

    @Override
    public final void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Skipping: " + PREFIX + "skip is set.");
            return;
        }
        if (annotations != null && !annotations.equals("none") && !annotations.equals("github")) {
            throw new MojoFailureException("annotations: '" + annotations + "' is not known — use none or github");
        }
        try {
            run(listener());
        } catch (RuntimeException e) {
            Outcomes.raise(e, problemLog());
        }
    }

    /** Runs the goal's work; what it throws is mapped by {@link Outcomes}. */
    abstract void run(BuildListener listener) throws MojoFailureException;

    /** Where problems are logged, and printed as annotations when asked. */
    ProblemLog problemLog() {
        return new ProblemLog(getLog(), "github".equals(annotations), contentDirectory.toPath(),
                executionRootDirectory);
    }

    BuildListener listener() {
        ProblemLog problems = problemLog();
        return new BuildListener() {
            @Override
            public void info(String message) {
                getLog().info(message);
            }

            @Override
            public void warning(Problem problem) {
                problems.warning(problem);
            }
        };
    }
}
