package org.replyarchive.maven;

import java.io.File;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.maven.plugins.annotations.Parameter;
import org.replyarchive.config.BuildConfig;
import org.replyarchive.config.Language;
import org.replyarchive.problem.InvalidRequestException;

/** The parameters of the goals that render the site (build, check, serve): theme, base URL and languages. */
abstract class AbstractSiteMojo extends AbstractReplyArchiveMojo {

    /**
     * A theme folder whose files replace the default theme's one by one; none by default.
     *
     * @since 0.1.0
     */
    @Parameter(property = PREFIX + "themeDirectory")
    File themeDirectory;

    /**
     * The public address of the site, e.g. {@code https://example.org/archive/}; used for canonical links,
     * alternates, feeds and the sitemap. Pages link each other relatively, so any base works.
     *
     * @since 0.1.0
     */
    @Parameter(property = PREFIX + "baseUrl", defaultValue = "/")
    String baseUrl;

    /**
     * The languages to build, among those of {@code site.yaml}, e.g. {@code zh} or {@code zh,en}; by default all
     * of them. The official language stays the first of {@code site.yaml} whatever the order given here.
     *
     * @since 0.1.0
     */
    @Parameter(property = PREFIX + "languages")
    List<String> languages;

    /** The configuration of the parameters, building into {@code output} with {@code cache}, if any. */
    BuildConfig toConfig(Path output, Optional<Path> cache) {
        BuildConfig.Builder builder = BuildConfig.builder(contentDirectory.toPath(), output)
                .baseUrl(baseUrl == null || baseUrl.isBlank() ? "/" : baseUrl.strip())
                .languages(parseLanguages());
        if (themeDirectory != null) {
            builder.themeDirectory(themeDirectory.toPath());
        }
        cache.ifPresent(builder::cacheDirectory);
        lockTimeout().ifPresent(builder::lockTimeout);
        return builder.build();
    }

    /** How long the goal waits for another build of its output folder; the engine's default unless it says. */
    Optional<Duration> lockTimeout() {
        return Optional.empty();
    }

    private List<Language> parseLanguages() {
        List<Language> parsed = new ArrayList<>();
        for (String entry : languages == null ? List.<String>of() : languages) {
            for (String code : entry.split(",")) {
                if (!code.isBlank()) {
                    parsed.add(Language.fromCode(code.strip()).orElseThrow(() -> new InvalidRequestException(
                            "languages: '" + code.strip() + "' is not a known language — use "
                                    + Language.knownCodes())));
                }
            }
        }
        return parsed;
    }
}
