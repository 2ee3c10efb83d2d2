package org.replyarchive.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.replyarchive.SiteGenerator;
import org.replyarchive.build.BuildListener;
import org.replyarchive.build.BuildResult;
import org.replyarchive.config.BuildConfig;
import org.replyarchive.config.Language;
import org.replyarchive.problem.InvalidRequestException;
import org.replyarchive.testing.SiteFixture;

/**
 * The official language is site.yaml's first, whatever the build configuration asks: {@code languages} only
 * selects and orders the others.
 */
class OfficialLanguageTest {

    @TempDir
    Path dir;

    private Path content() {
        return SiteFixture.write(dir, "-- replies/2023/x.zh.md --\n" + SiteFixture.REPLY_ZH
                + "-- replies/2023/x.en.md --\n" + SiteFixture.REPLY_EN);
    }

    private BuildResult build(List<Language> languages) {
        return SiteGenerator.build(BuildConfig.builder(content(), dir.resolve("site")).languages(languages).build(),
                BuildListener.SILENT);
    }

    private Document page(String path) throws IOException {
        return Jsoup.parse(Files.readString(dir.resolve("site").resolve(path), StandardCharsets.UTF_8));
    }

    @Test
    void englishFirstInTheConfigurationLeavesChineseOfficial() throws IOException {
        BuildResult result = build(List.of(Language.EN, Language.ZH));
        assertEquals(List.of(Language.ZH, Language.EN), result.languages());
        assertNotNull(page("en/replies/2023/x/index.html").selectFirst(".notice--translation"),
                "the English page says it is a translation");
        assertNull(page("zh/replies/2023/x/index.html").selectFirst(".notice--translation"));
        String jsonLd = page("en/replies/2023/x/index.html").selectFirst("script[type=application/ld+json]").data();
        assertTrue(jsonLd.contains("\"inLanguage\":\"en\""), jsonLd);
    }

    @Test
    void aSelectionWithoutTheOfficialLanguageIsRefused() {
        InvalidRequestException e = assertThrows(InvalidRequestException.class, () -> build(List.of(Language.EN)));
        assertEquals("languages: en leaves out zh, the official language (the first of site.yaml) — add it: every"
                + " translation links its original", e.getMessage());
    }

    @Test
    void aLanguageSiteYamlDoesNotListIsRefused() {
        Path content = SiteFixture.write(dir, "-- site.yaml --\n" + SiteFixture.BASE.get("site.yaml")
                .replace("languages: [zh, en]", "languages: [zh]"));
        InvalidRequestException e = assertThrows(InvalidRequestException.class, () -> SiteGenerator.build(
                BuildConfig.builder(content, dir.resolve("site")).languages(List.of(Language.ZH, Language.EN)).build(),
                BuildListener.SILENT));
        assertEquals("languages: 'en' is not a language of site.yaml — choose among zh", e.getMessage());
    }
}
