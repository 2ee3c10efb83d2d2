package org.replyarchive.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.replyarchive.problem.InvalidRequestException;

/**
 * What to build and where: an immutable, checked configuration made with {@link #builder(Path, Path)}.
 *
 * <pre>{@code
 * BuildConfig config = BuildConfig.builder(Path.of("content"), Path.of("target/site"))
 *         .baseUrl("https://example.org/archive/")
 *         .build();
 * }</pre>
 *
 * @param contentDirectory the archive: {@code site.yaml}, {@code registry/}, {@code replies/}, {@code pages/}
 * @param outputDirectory the folder the site is written to; replaced only when a build succeeds
 * @param themeDirectory a theme whose files override the default theme's one by one, if any
 * @param baseUrl the public address of the site, ending in {@code /}; {@code /} when unknown
 * @param languages the languages to build, among those of {@code site.yaml} (which must include its first, the
 *     official language, which stays first whatever the order here); empty to build all of them
 * @param cacheDirectory where to keep what lets the next build skip unchanged pages; none for full builds
 * @param lockTimeout how long a build waits for another build of the same output folder to finish before it
 *     fails; zero fails at once
 */
public record BuildConfig(
        Path contentDirectory,
        Path outputDirectory,
        Optional<Path> themeDirectory,
        String baseUrl,
        List<Language> languages,
        Optional<Path> cacheDirectory,
        Duration lockTimeout) {

    /** Long enough for a large archive's build to finish, short enough that a stuck CI job says why. */
    public static final Duration DEFAULT_LOCK_TIMEOUT = Duration.ofMinutes(10);

    public BuildConfig {
        Objects.requireNonNull(contentDirectory, "contentDirectory must not be null");
        Objects.requireNonNull(outputDirectory, "outputDirectory must not be null");
        Objects.requireNonNull(themeDirectory, "themeDirectory must not be null");
        Objects.requireNonNull(baseUrl, "baseUrl must not be null");
        if (!baseUrl.endsWith("/")) {
            throw new InvalidRequestException("baseUrl must end with '/', got '" + baseUrl + "'");
        }
        refuseUnsafeBaseUrl(baseUrl);
        Objects.requireNonNull(lockTimeout, "lockTimeout must not be null");
        if (lockTimeout.isNegative()) {
            throw new InvalidRequestException("lockTimeout must not be negative, got " + lockTimeout
                    + " — give a duration such as 30s or 10m, or 0 to fail at once");
        }
        languages = List.copyOf(languages);
        if (languages.stream().distinct().count() != languages.size()) {
            throw new InvalidRequestException("languages must not repeat, got " + languages);
        }
        contentDirectory = contentDirectory.toAbsolutePath().normalize();
        outputDirectory = outputDirectory.toAbsolutePath().normalize();
        themeDirectory = themeDirectory.map(p -> p.toAbsolutePath().normalize());
        Objects.requireNonNull(cacheDirectory, "cacheDirectory must not be null");
        cacheDirectory = cacheDirectory.map(p -> p.toAbsolutePath().normalize());
        refuseOverlap(outputDirectory, "contentDirectory", contentDirectory);
        if (themeDirectory.isPresent()) {
            refuseOverlap(outputDirectory, "themeDirectory", themeDirectory.get());
        }
        if (cacheDirectory.isPresent()) {
            refuseOverlap(outputDirectory, "cacheDirectory", cacheDirectory.get());
        }
    }

    /**
     * The base URL is written into every canonical link, feed and the open data: only an address a browser
     * fetches as a page will do, never {@code javascript:} or {@code data:}, nor another host without scheme.
     */
    private static void refuseUnsafeBaseUrl(String baseUrl) {
        boolean ok;
        try {
            java.net.URI uri = new java.net.URI(baseUrl);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(java.util.Locale.ROOT);
            ok = (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null && uri.getRawQuery() == null
                    && uri.getRawFragment() == null
                    || scheme.isEmpty() && baseUrl.startsWith("/") && !baseUrl.startsWith("//")
                            && uri.getRawQuery() == null && uri.getRawFragment() == null;
        } catch (java.net.URISyntaxException e) {
            ok = false;
        }
        if (!ok) {
            throw new InvalidRequestException("baseUrl must be an absolute http(s) URL such as"
                    + " https://example.org/archive/ or a path starting with '/' such as /archive/, got '" + baseUrl
                    + "'");
        }
    }

    /** A build replaces the output folder whole, so it must neither hold nor lie inside another folder. */
    private static void refuseOverlap(Path output, String name, Path other) {
        if (other.startsWith(output) || output.startsWith(other)) {
            throw new InvalidRequestException("outputDirectory " + output + " overlaps " + name + " " + other
                    + " — a build replaces the output folder whole, so give it a folder of its own, e.g. target/site");
        }
    }

    /** A builder with the defaults: no site theme, base URL {@code /}, the languages of {@code site.yaml}. */
    public static Builder builder(Path contentDirectory, Path outputDirectory) {
        return new Builder(contentDirectory, outputDirectory);
    }

    /** Builds a {@link BuildConfig}; setters drop the {@code set} prefix. */
    public static final class Builder {
        private final Path contentDirectory;
        private final Path outputDirectory;
        private Path themeDirectory;
        private String baseUrl = "/";
        private List<Language> languages = List.of();
        private Path cacheDirectory;
        private Duration lockTimeout = DEFAULT_LOCK_TIMEOUT;

        private Builder(Path contentDirectory, Path outputDirectory) {
            this.contentDirectory = contentDirectory;
            this.outputDirectory = outputDirectory;
        }

        public Builder themeDirectory(Path themeDirectory) {
            this.themeDirectory = themeDirectory;
            return this;
        }

        /** Sets the base URL; a missing final {@code /} is added. */
        public Builder baseUrl(String baseUrl) {
            Objects.requireNonNull(baseUrl, "baseUrl must not be null");
            this.baseUrl = baseUrl.endsWith("/") ? baseUrl : baseUrl + "/";
            return this;
        }

        public Builder languages(List<Language> languages) {
            this.languages = languages;
            return this;
        }

        /** Keeps a build cache in {@code cacheDirectory}, so that unchanged pages are not rendered again. */
        public Builder cacheDirectory(Path cacheDirectory) {
            this.cacheDirectory = cacheDirectory;
            return this;
        }

        /** How long to wait for another build of the same output; {@link #DEFAULT_LOCK_TIMEOUT} unless set. */
        public Builder lockTimeout(Duration lockTimeout) {
            this.lockTimeout = lockTimeout;
            return this;
        }

        public BuildConfig build() {
            return new BuildConfig(contentDirectory, outputDirectory, Optional.ofNullable(themeDirectory), baseUrl,
                    languages, Optional.ofNullable(cacheDirectory), lockTimeout);
        }
    }
}
