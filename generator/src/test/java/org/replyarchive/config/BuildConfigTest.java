package org.replyarchive.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BuildConfigTest {

    private static final Path CONTENT = Path.of("content");
    private static final Path OUTPUT = Path.of("target/site");

    @Test
    void builderAddsTheFinalSlashToTheBaseUrl() {
        assertEquals("https://example.org/archive/",
                BuildConfig.builder(CONTENT, OUTPUT).baseUrl("https://example.org/archive").build().baseUrl());
        assertEquals("https://example.org/archive/",
                BuildConfig.builder(CONTENT, OUTPUT).baseUrl("https://example.org/archive/").build().baseUrl());
    }

    @Test
    void refusesABaseUrlWithoutTheFinalSlash() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new BuildConfig(CONTENT,
                OUTPUT, Optional.empty(), "https://example.org/archive", List.of(), Optional.empty(),
                BuildConfig.DEFAULT_LOCK_TIMEOUT));
        assertEquals("baseUrl must end with '/', got 'https://example.org/archive'", e.getMessage());
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"javascript:alert(1)//", "data:text/html,x/",
        "JavaScript://example.org/", "//evil.example/", "ftp://example.org/", "https:///", "archive/",
        "https://example.org/?q=1/", "/a/#x/"})
    void refusesABaseUrlThatIsNotAnHttpAddressOrAPath(String baseUrl) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> BuildConfig.builder(CONTENT, OUTPUT).baseUrl(baseUrl).build());
        assertEquals("baseUrl must be an absolute http(s) URL such as https://example.org/archive/ or a path"
                + " starting with '/' such as /archive/, got '" + baseUrl + "'", e.getMessage());
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"/", "/archive/", "https://example.org/",
        "http://127.0.0.1:8000/sub/path/"})
    void acceptsHttpAddressesAndPaths(String baseUrl) {
        assertEquals(baseUrl, BuildConfig.builder(CONTENT, OUTPUT).baseUrl(baseUrl).build().baseUrl());
    }

    @Test
    void refusesALanguageGivenTwice() {
        BuildConfig.Builder builder = BuildConfig.builder(CONTENT, OUTPUT).languages(List.of(Language.ZH, Language.EN,
                Language.ZH));

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, builder::build);
        assertEquals("languages must not repeat, got [ZH, EN, ZH]", e.getMessage());
    }

    @Test
    void defaultsToRootBaseUrlTheSitesLanguagesAndNoTheme() {
        BuildConfig config = BuildConfig.builder(CONTENT, OUTPUT).build();

        assertEquals("/", config.baseUrl());
        assertEquals(List.of(), config.languages());
        assertEquals(Optional.empty(), config.themeDirectory());
    }

    @Test
    void makesPathsAbsoluteAndNormal() {
        BuildConfig config = BuildConfig.builder(Path.of("x/../content"), OUTPUT).themeDirectory(Path.of("./theme"))
                .build();

        assertEquals(Path.of("content").toAbsolutePath(), config.contentDirectory());
        assertEquals(Optional.of(Path.of("theme").toAbsolutePath()), config.themeDirectory());
    }

    @Test
    void namesTheMissingArgument() {
        NullPointerException e = assertThrows(NullPointerException.class,
                () -> BuildConfig.builder(null, OUTPUT).build());
        assertEquals("contentDirectory must not be null", e.getMessage());
    }
}
