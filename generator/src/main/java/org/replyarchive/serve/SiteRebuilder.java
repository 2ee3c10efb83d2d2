package org.replyarchive.serve;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.replyarchive.build.BuildListener;
import org.replyarchive.pipeline.BuildPipeline;
import org.replyarchive.config.BuildConfig;
import org.replyarchive.problem.ContentProblemsException;
import org.replyarchive.problem.Problem;
import org.replyarchive.problem.SourcePosition;

/**
 * Rebuilds the whole site into the serve folder, one build at a time, and keeps the outcome of the last
 * one. A failed build leaves the previous site in place (the build swaps its output only on success), so the
 * server goes on serving it and shows the errors over it.
 */
final class SiteRebuilder {

    /**
     * The outcome of the last build.
     *
     * @param version the reload version published after it
     * @param errors the errors that stopped it; empty when it succeeded
     */
    record Status(long version, List<Problem> errors) {
        Status {
            errors = List.copyOf(errors);
        }
    }

    private final BuildConfig config;
    private final BuildListener listener;
    private final ReloadChannel channel;
    private volatile Status status = new Status(0, List.of());

    SiteRebuilder(BuildConfig config, BuildListener listener, ReloadChannel channel) {
        this.config = config;
        this.listener = listener;
        this.channel = channel;
    }

    Status status() {
        return status;
    }

    /** Whether the serve folder holds a site, good or old. */
    boolean hasSite() {
        return Files.isDirectory(config.outputDirectory());
    }

    /** Rebuilds after {@code changed} (empty for the first build), then tells the open pages to reload. */
    synchronized void rebuild(Set<Path> changed) {
        if (!changed.isEmpty()) {
            listener.info("Changed: " + describe(changed) + " — rebuilding");
        }
        List<Problem> errors;
        try {
            BuildPipeline.removingOldSiteLater(config, listener).run();
            errors = List.of();
        } catch (ContentProblemsException e) {
            errors = e.errors();
            listener.info(e.getMessage() + "; the last good site stays served, with the errors over every page:");
            errors.forEach(problem -> listener.info("  " + problem));
        } catch (RuntimeException e) {
            // A bug or a failing disk must not end the session: show it like a content error, keep serving.
            errors = List.of(Problem.error(new SourcePosition("(build)", 0, 0), e.toString(),
                    "see the console for details; the last good site stays served"));
            listener.info("The build failed: " + e);
        }
        List<Problem> found = errors;
        channel.publish(version -> status = new Status(version, found));
    }

    /** The first changed file that still exists (editors save through short-lived files), and how many more. */
    private String describe(Set<Path> changed) {
        Path first = changed.stream().filter(Files::exists).findFirst().orElse(changed.iterator().next());
        String shown = first.startsWith(config.contentDirectory())
                ? config.contentDirectory().relativize(first).toString().replace('\\', '/') : first.toString();
        return changed.size() == 1 ? shown : shown + " and " + (changed.size() - 1) + " more";
    }
}
