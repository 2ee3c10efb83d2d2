package org.replyarchive.maven;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.replyarchive.build.BuildListener;
import org.replyarchive.config.BuildConfig;
import org.replyarchive.config.Language;
import org.replyarchive.output.UnsafeOutputException;
import org.replyarchive.problem.ContentProblemsException;
import org.replyarchive.problem.Problem;

/** The parameters every goal shares, the configuration made from them, and the one place outcomes are mapped. */
abstract class AbstractSiteMojo extends AbstractMojo {

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
     * A theme folder whose files replace the default theme's one by one; none by default.
     *
     * @since 0.1.0
     */
    @Parameter(property = PREFIX + "themeDirectory")
    File themeDirectory;

    /**
     * The folder the site is written to. It is replaced only when a build succeeds.
     *
     * @since 0.1.0
     */
    @Parameter(property = PREFIX + "outputDirectory", defaultValue = "${project.build.directory}/site", required = true)
    File outputDirectory;

    /**
     * The public address of the site, e.g. {@code https://example.org/archive/}; used for canonical links,
     * alternates, feeds and the sitemap. Pages link each other relatively, so any base works.
     *
     * @since 0.1.0
     */
    @Parameter(property = PREFIX + "baseUrl", defaultValue = "/")
    String baseUrl;

    /**
     * The languages to build, the official one first, e.g. {@code zh,en}; by default those of {@code site.yaml}.
     *
     * @since 0.1.0
     */
    @Parameter(property = PREFIX + "languages")
    List<String> languages;

    /**
     * Where the build keeps what lets the next build skip pages whose inputs have not changed. Set it empty
     * ({@code -Dreply-archive.cacheDirectory=}) for a full build every time.
     *
     * @since 0.1.0
     */
    @Parameter(property = PREFIX + "cacheDirectory", defaultValue = "${project.build.directory}/reply-archive-cache")
    File cacheDirectory;

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
        BuildConfig config;
        try {
            config = toConfig();
        } catch (IllegalArgumentException e) {
            throw new MojoFailureException("Invalid configuration: " + e.getMessage());
        }
        try {
            run(config, listener());
        } catch (ContentProblemsException e) {
            throw failure(e.problems(), e.getMessage());
        } catch (UnsafeOutputException e) {
            throw new MojoFailureException(e.getMessage());
        } catch (RuntimeException e) {
            // Anything else is a broken environment or a bug, not the content: BUILD ERROR with its cause.
            throw new MojoExecutionException(e.getMessage(), e);
        }
    }

    /** Runs the goal's work with the configuration made from the parameters. */
    abstract void run(BuildConfig config, BuildListener listener) throws MojoFailureException;

    /**
     * Logs every problem (warnings, then errors), prints them as annotations when asked, and returns the
     * failure to throw: the one place a list of problems becomes a BUILD FAILURE.
     */
    MojoFailureException failure(List<Problem> problems, String summary) {
        problems.stream().filter(p -> !p.isError()).forEach(p -> getLog().warn(p.toString()));
        problems.stream().filter(Problem::isError).forEach(p -> getLog().error(p.toString()));
        problems.forEach(this::annotate);
        return new MojoFailureException(summary + ": see the problems above, each as"
                + " path:line:column: what is wrong — what would be right");
    }

    /**
     * Prints {@code problem} as a GitHub Actions annotation when {@code annotations} is {@code github}. Workflow
     * commands must start their line on standard output, so they bypass the log and its {@code [ERROR]} prefix.
     */
    void annotate(Problem problem) {
        if (!"github".equals(annotations)) {
            return;
        }
        Path content = contentDirectory.toPath().toAbsolutePath().normalize();
        boolean inContent = Files.isRegularFile(content.resolve(problem.position().path()));
        String prefix = "";
        if (inContent) {
            Path root = executionRootDirectory == null ? null : Path.of(executionRootDirectory).toAbsolutePath();
            Path relative = root != null && content.startsWith(root) ? root.relativize(content) : content;
            prefix = relative.toString().isEmpty() ? "" : relative.toString().replace('\\', '/') + "/";
        }
        System.out.println(problem.toGitHubAnnotation(prefix));
    }

    BuildConfig toConfig() {
        return toConfig(outputDirectory, cacheDirectory);
    }

    /** The configuration of the parameters, with another output folder and cache (none when null). */
    BuildConfig toConfig(File outputDirectory, File cacheDirectory) {
        if (!"none".equals(annotations) && !"github".equals(annotations) && annotations != null) {
            throw new IllegalArgumentException("annotations: '" + annotations + "' is not known — use none or github");
        }
        BuildConfig.Builder builder = BuildConfig.builder(contentDirectory.toPath(), outputDirectory.toPath())
                .baseUrl(baseUrl == null || baseUrl.isBlank() ? "/" : baseUrl.strip())
                .languages(parseLanguages());
        if (themeDirectory != null) {
            builder.themeDirectory(themeDirectory.toPath());
        }
        if (cacheDirectory != null && !cacheDirectory.getPath().isBlank()) {
            builder.cacheDirectory(cacheDirectory.toPath());
        }
        return builder.build();
    }

    private List<Language> parseLanguages() {
        List<Language> parsed = new ArrayList<>();
        if (languages == null) {
            return parsed;
        }
        for (String entry : languages) {
            for (String code : entry.split(",")) {
                if (!code.isBlank()) {
                    parsed.add(Language.fromCode(code.strip()).orElseThrow(() -> new IllegalArgumentException(
                            "languages: '" + code.strip() + "' is not a known language — use "
                                    + Language.knownCodes())));
                }
            }
        }
        return parsed;
    }

    BuildListener listener() {
        return new BuildListener() {
            @Override
            public void info(String message) {
                getLog().info(message);
            }

            @Override
            public void warning(Problem problem) {
                getLog().warn(problem.toString());
                annotate(problem);
            }
        };
    }
}
