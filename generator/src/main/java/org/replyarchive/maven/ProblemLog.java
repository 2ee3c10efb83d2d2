package org.replyarchive.maven;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;
import org.replyarchive.problem.Problem;

/**
 * Prints problems to Maven's log, each as {@code path:line:column: what is wrong — what would be right}, and
 * also as GitHub Actions annotations when asked: the one place a list of problems becomes a BUILD FAILURE.
 */
final class ProblemLog {

    private final Log log;
    private final boolean annotate;
    private final Path content;
    private final String executionRoot;

    ProblemLog(Log log, boolean annotate, Path contentDirectory, String executionRoot) {
        this.log = log;
        this.annotate = annotate;
        this.content = contentDirectory.toAbsolutePath().normalize();
        this.executionRoot = executionRoot;
    }

    void warning(Problem problem) {
        log.warn(problem.toString());
        annotate(problem);
    }

    /** Logs every problem (warnings, then errors), annotates them when asked, and returns the failure to throw. */
    MojoFailureException failure(List<Problem> problems, String summary) {
        problems.stream().filter(p -> !p.isError()).forEach(p -> log.warn(p.toString()));
        problems.stream().filter(Problem::isError).forEach(p -> log.error(p.toString()));
        problems.forEach(this::annotate);
        return new MojoFailureException(summary + ": see the problems above, each as"
                + " path:line:column: what is wrong — what would be right");
    }

    /**
     * Prints {@code problem} as a GitHub Actions annotation when asked. Workflow commands must start their line
     * on standard output, so they bypass the log and its {@code [ERROR]} prefix.
     */
    private void annotate(Problem problem) {
        if (!annotate) {
            return;
        }
        String prefix = "";
        if (Files.isRegularFile(content.resolve(problem.position().path()))) {
            Path root = executionRoot == null ? null : Path.of(executionRoot).toAbsolutePath();
            Path relative = root != null && content.startsWith(root) ? root.relativize(content) : content;
            prefix = relative.toString().isEmpty() ? "" : relative.toString().replace('\\', '/') + "/";
        }
        System.out.println(problem.toGitHubAnnotation(prefix));
    }
}
