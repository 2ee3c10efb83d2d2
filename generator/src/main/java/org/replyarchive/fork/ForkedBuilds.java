package org.replyarchive.fork;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.replyarchive.SiteGenerator;
import org.replyarchive.build.BuildListener;
import org.replyarchive.build.BuildResult;
import org.replyarchive.config.BuildConfig;
import org.replyarchive.config.Language;
import org.replyarchive.output.UnsafeOutputException;
import org.replyarchive.problem.ContentProblemsException;
import org.replyarchive.problem.InvalidRequestException;
import org.replyarchive.problem.Problem;

/**
 * Runs a build that {@link SmallChange} expects to change little in a JVM of its own, started with
 * {@value #QUICK_COMPILER}: such a build lasts a second or two, in which the optimising compiler would spend
 * about as much processor time compiling as the build spends working (on two cores, one text changed in 5,000
 * replies: 2.9 s in one JVM, 2.2 s in a child compiled by C1 alone, whose code is slower but ready at once; a
 * build that renders much is a third slower in such a JVM, so every other build stays in this one). The child is
 * the engine with the same class path; what it reports is told to the listener, and what it threw is thrown here
 * again, so the caller cannot tell which JVM built.
 *
 * <pre>{@code
 * BuildResult result = ForkedBuilds.build(config, listener, classPath);
 * }</pre>
 */
public final class ForkedBuilds {

    static final String QUICK_COMPILER = "-XX:TieredStopAtLevel=1";

    private ForkedBuilds() {}

    /**
     * Builds {@code config}: in a child JVM on {@code classPath} when the build is likely small and the class
     * path is known (not empty), else in this JVM.
     */
    public static BuildResult build(BuildConfig config, BuildListener listener, List<Path> classPath) {
        if (classPath.isEmpty() || !SmallChange.likely(config, classPath)) {
            return SiteGenerator.build(config, listener);
        }
        Process child;
        try {
            child = new ProcessBuilder(command(config, classPath)).redirectError(ProcessBuilder.Redirect.INHERIT)
                    .start();
        } catch (IOException e) {
            listener.info("Could not start a JVM for this build (" + e.getMessage() + "): building in this one");
            return SiteGenerator.build(config, listener);
        }
        listener.info("Few files changed since the last build: building in a JVM of its own, compiled for a"
                + " short run (" + QUICK_COMPILER + ")");
        return relay(child, listener);
    }

    static List<String> command(BuildConfig config, List<Path> classPath) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add(QUICK_COMPILER);
        // The heap cap this JVM was given holds for the build, wherever it runs.
        command.add("-Xmx" + Runtime.getRuntime().maxMemory());
        command.add("-Dorg.freemarker.loggerLibrary=none");
        // Its work folders where this JVM's would be (Maven users set java.io.tmpdir in MAVEN_OPTS for CI disks).
        command.add("-Djava.io.tmpdir=" + System.getProperty("java.io.tmpdir"));
        command.add("-cp");
        command.add(String.join(File.pathSeparator, classPath.stream().map(Path::toString).toList()));
        command.add(ForkedBuild.class.getName());
        command.addAll(ForkedBuild.arguments(config));
        return command;
    }

    /** Tells the child's messages to {@code listener} until it exits; returns its result or throws its failure. */
    private static BuildResult relay(Process child, BuildListener listener) {
        // A build stopped here (Ctrl-C) stops its child, which would otherwise hold the output folder's lock.
        Thread stopChild = new Thread(child::destroy, "reply-archive-fork-stop");
        Runtime.getRuntime().addShutdownHook(stopChild);
        List<Problem> problems = new ArrayList<>();
        List<Problem> warnings = new ArrayList<>();
        List<String> failure = null;
        List<String> built = null;
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(child.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                List<String> fields = ForkMessages.fields(line);
                switch (fields.get(0)) {
                    case ForkMessages.INFO -> listener.info(fields.get(1));
                    case ForkMessages.WARNING -> {
                        Problem warning = ForkMessages.problem(fields);
                        warnings.add(warning);
                        listener.warning(warning);
                    }
                    case ForkMessages.BUILT -> built = fields;
                    case ForkMessages.PROBLEM -> problems.add(ForkMessages.problem(fields));
                    case ForkMessages.FAILED -> failure = fields;
                    default -> listener.info(line);
                }
            }
            int exit = child.waitFor();
            if (failure != null) {
                throw failure(failure.get(1), failure.get(2), problems);
            }
            if (exit != 0 || built == null) {
                throw new IllegalStateException("The JVM of the build exited with code " + exit
                        + " without saying why; its standard error is above");
            }
            return result(built, warnings);
        } catch (IOException e) {
            throw new UncheckedIOException("Reading what the build's JVM said failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            child.destroy();
            throw new IllegalStateException("The build was interrupted", e);
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(stopChild);
            } catch (IllegalStateException shuttingDown) {
                // The hook runs, as it should.
            }
        }
    }

    private static BuildResult result(List<String> built, List<Problem> warnings) {
        List<Language> languages = new ArrayList<>();
        for (String code : built.get(6).split(",")) {
            Language.fromCode(code).ifPresent(languages::add);
        }
        return new BuildResult(Path.of(built.get(1)), Integer.parseInt(built.get(2)), Integer.parseInt(built.get(3)),
                Integer.parseInt(built.get(4)), Integer.parseInt(built.get(5)), languages, warnings,
                Long.parseLong(built.get(7)));
    }

    private static RuntimeException failure(String kind, String message, List<Problem> problems) {
        return switch (kind) {
            case "content" -> ContentProblemsException.relayed(message, problems);
            case "request" -> new InvalidRequestException(message);
            case "unsafe" -> new UnsafeOutputException(message);
            default -> new IllegalStateException(message);
        };
    }
}
