package org.replyarchive.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.replyarchive.config.Language;
import org.replyarchive.model.ProposalKind;
import org.replyarchive.problem.ContentProblemsException;
import org.replyarchive.problem.Problem;

/** A site theme's i18n files replace texts of the default theme key by key, and every mistake has a place. */
class UiStringsTest {

    @TempDir
    Path theme;

    private UiStrings load(String enYaml) throws IOException {
        Files.createDirectories(theme.resolve("i18n"));
        Files.writeString(theme.resolve("i18n/en.yaml"), enYaml, StandardCharsets.UTF_8);
        return UiStrings.load(new Theme(Optional.of(theme)), List.of(Language.ZH, Language.EN));
    }

    private List<String> problems(String enYaml) {
        ContentProblemsException e = assertThrows(ContentProblemsException.class, () -> load(enYaml));
        assertTrue(e.getMessage().endsWith(" in the theme"), e.getMessage());
        return e.problems().stream().map(Problem::toString).toList();
    }

    @Test
    void oneChangedTextKeepsEveryOtherTextOfTheDefaultTheme() throws IOException {
        UiStrings ui = load("# only what differs\nnav_glossary: Terms\n");
        assertEquals("Terms", ui.text(Language.EN, "nav_glossary"));
        assertEquals("Home", ui.text(Language.EN, "nav_home"));
        assertEquals("术语表", ui.text(Language.ZH, "nav_glossary"), "the other language is untouched");
        assertEquals(UiStrings.load(Theme.DEFAULT, List.of(Language.EN)).all(Language.EN).keySet(),
                ui.all(Language.EN).keySet());
    }

    @Test
    void anUnknownKeyIsAProblemAtItsLineWithTheNearestKnownKey() {
        assertEquals(List.of("i18n/en.yaml:2:1: unknown UI string key 'nav_glosary' — did you mean 'nav_glossary'?"),
                problems("nav_home: Start\nnav_glosary: Terms\n"));
    }

    @Test
    void aKeyWithoutTextIsAProblemAtTheKey() {
        assertEquals(List.of("i18n/en.yaml:1:1: 'nav_home' has an empty value, not a text — write its text after the"
                + " colon, quoted if it starts or ends with a space"), problems("nav_home:\n"));
        assertTrue(problems("nav_home: [a, b]\n").get(0).startsWith("i18n/en.yaml:1:1: 'nav_home' has a list"));
    }

    @Test
    void aTextMustKeepThePlaceholdersOfTheDefaultText() {
        assertEquals(List.of("i18n/en.yaml:1:1: the text of 'reply_count' has the placeholders [], the default text"
                + " [{n}] — write each of [{n}] (and no other) where its value goes"), problems("reply_count: Many\n"));
    }

    @Test
    void malformedYamlIsAProblemAtItsPositionWithoutJacksonsMessage() {
        List<String> found = problems("nav_home: Start\n  nav_glossary: [unclosed\n");
        assertEquals(1, found.size(), found::toString);
        assertTrue(found.get(0).startsWith("i18n/en.yaml:2:"), found::toString);
        assertTrue(found.get(0).contains("the YAML is malformed"), found::toString);
        assertTrue(!found.get(0).contains("jackson") && !found.get(0).contains("Source:"), found::toString);
    }

    @Test
    void aFileThatIsNoMappingIsAProblem() {
        assertEquals(List.of("i18n/en.yaml:1:1: the file is a list, not a mapping — write one 'key: text' per line"),
                problems("- nav_home\n"));
    }

    @Test
    void aFileForNoKnownLanguageIsAProblem() throws IOException {
        Files.createDirectories(theme.resolve("i18n"));
        Files.writeString(theme.resolve("i18n/fr.yaml"), "nav_home: Accueil\n");
        ContentProblemsException e = assertThrows(ContentProblemsException.class,
                () -> UiStrings.load(new Theme(Optional.of(theme)), List.of(Language.ZH, Language.EN)));
        assertEquals(List.of("i18n/fr.yaml:1:1: the file is for no known language — name it <language>.yaml, for one"
                + " of zh, en"), e.problems().stream().map(Problem::toString).toList());
    }

    @Test
    void theDateFormatIsTheThemesChoice() throws IOException {
        LocalDate date = LocalDate.of(2023, 5, 7);
        assertEquals("7 May 2023", UiStrings.load(Theme.DEFAULT, List.of(Language.EN)).date(Language.EN, date));
        assertEquals("2023年5月7日", UiStrings.load(Theme.DEFAULT, List.of(Language.ZH)).date(Language.ZH, date));
        assertEquals("07/05/2023", load("date_format: dd/MM/uuuu\n").date(Language.EN, date));
        assertEquals(List.of("i18n/en.yaml:1:1: the date_format 'dd.MM.uuuu b' is not a date pattern: Unknown pattern letter: b — write a java.time pattern such"
                + " as 'd MMMM uuuu' (letters other than the pattern's in quotes)"), problems("date_format: dd.MM.uuuu b\n"));
    }

    @Test
    void everyProposalKindHasANameInEveryLanguage() {
        UiStrings ui = UiStrings.load(Theme.DEFAULT, List.of(Language.ZH, Language.EN));
        for (ProposalKind kind : ProposalKind.values()) {
            assertTrue(!ui.kind(Language.ZH, kind).isBlank() && !ui.kind(Language.EN, kind).isBlank(), kind::key);
        }
        assertEquals("Deputy's suggestion", ui.kind(Language.EN, ProposalKind.DEPUTY));
    }

    @Test
    void everyLanguageOfTheDefaultThemeHasTheSameKeys() {
        UiStrings ui = UiStrings.load(Theme.DEFAULT, List.of(Language.ZH, Language.EN));
        assertEquals(ui.all(Language.ZH).keySet().stream().sorted().collect(Collectors.toList()),
                ui.all(Language.EN).keySet().stream().sorted().collect(Collectors.toList()));
    }
}
