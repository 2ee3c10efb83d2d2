package org.replyarchive.maven;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.replyarchive.output.UnsafeOutputException;
import org.replyarchive.problem.ContentProblemsException;
import org.replyarchive.problem.InvalidRequestException;

/**
 * Maps what the engine throws to Maven's two outcomes, as Maven's conventions ask: a mistake of the user — in
 * the content, in a parameter, an output folder that is not ours — is a BUILD FAILURE
 * ({@link MojoFailureException}) with the message and no stack trace; anything else is a broken environment
 * or a bug, a BUILD ERROR ({@link MojoExecutionException}) with its cause.
 */
final class Outcomes {

    private Outcomes() {}

    /** Throws the outcome of {@code thrown}; content problems are logged through {@code problems} first. */
    static void raise(RuntimeException thrown, ProblemLog problems) throws MojoFailureException, MojoExecutionException {
        if (thrown instanceof ContentProblemsException content) {
            throw problems.failure(content.problems(), content.getMessage());
        }
        if (thrown instanceof InvalidRequestException || thrown instanceof UnsafeOutputException) {
            throw new MojoFailureException(thrown.getMessage());
        }
        throw new MojoExecutionException(thrown.getMessage(), thrown);
    }
}
