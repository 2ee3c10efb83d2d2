package org.replyarchive.render;

import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.replyarchive.config.Language;
import org.replyarchive.content.TextMappingReader;
import org.replyarchive.problem.ContentProblemsException;
import org.replyarchive.problem.Problems;
import org.replyarchive.problem.SourcePosition;
import org.replyarchive.problem.Suggestions;

/**
 * Reads the UI strings of a theme and checks a site theme's files against the default theme's, key by key,
 * so that a wrong key is reported where it is written instead of showing up as a missing word on a page.
 */
final class UiStringsLoader {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{[a-z]+\\}");

    private final Theme theme;
    private final Problems problems = new Problems();

    UiStringsLoader(Theme theme) {
        this.theme = theme;
    }

    UiStrings load(List<Language> languages) {
        Map<Language, Map<String, String>> texts = new EnumMap<>(Language.class);
        for (Language language : languages) {
            texts.put(language, merged(language));
        }
        refuseFilesOfUnknownLanguages();
        if (problems.hasErrors()) {
            throw ContentProblemsException.inTheme(problems.sorted());
        }
        return new UiStrings(texts);
    }

    /** A file for a language the engine does not know would be ignored, its texts never shown: say so. */
    private void refuseFilesOfUnknownLanguages() {
        theme.ownFiles("i18n").stream()
                .filter(name -> !name.endsWith(".yaml")
                        || Language.fromCode(name.replaceFirst("\\.yaml$", "")).isEmpty())
                .forEach(name -> problems.error(SourcePosition.ofFile("i18n/" + name),
                        "the file is for no known language",
                        "name it <language>.yaml, for one of " + Language.knownCodes()));
    }

    private Map<String, String> merged(Language language) {
        String path = "i18n/" + language.code() + ".yaml";
        Map<String, String> texts = new LinkedHashMap<>();
        read(Theme.DEFAULT.read(path).orElseThrow(() -> new IllegalStateException("The default theme lacks " + path)),
                path).forEach(entry -> texts.put(entry.key(), entry.text()));
        theme.readOwn(path).ifPresent(bytes -> read(bytes, path).forEach(entry -> override(texts, entry)));
        return texts;
    }

    private List<TextMappingReader.Entry> read(byte[] bytes, String path) {
        return TextMappingReader.read(bytes, path, problems).orElse(List.of());
    }

    /** Replaces the default text of the entry's key, after checking that the key and its text fit. */
    private void override(Map<String, String> texts, TextMappingReader.Entry entry) {
        String original = texts.get(entry.key());
        if (original == null) {
            problems.error(entry.position(), "unknown UI string key '" + entry.key() + "'",
                    Suggestions.nearest(entry.key(), texts.keySet()).map(k -> "did you mean '" + k + "'?")
                            .orElse("a site theme's i18n file gives new texts to keys of the default theme's only"
                                    + " (the README's Theme reference lists them)"));
            return;
        }
        Set<String> expected = placeholders(original);
        if (!placeholders(entry.text()).equals(expected)) {
            problems.error(entry.position(), "the text of '" + entry.key() + "' has the placeholders "
                    + placeholders(entry.text()) + ", the default text " + expected,
                    "write each of " + expected + " (and no other) where its value goes");
            return;
        }
        String patternError = entry.key().equals(UiStrings.DATE_FORMAT) ? datePatternError(entry.text()) : null;
        if (patternError != null) {
            problems.error(entry.position(), "the date_format '" + entry.text() + "' is not a date pattern: "
                    + patternError,
                    "write a java.time pattern such as 'd MMMM uuuu' (letters other than the pattern's in quotes)");
            return;
        }
        texts.put(entry.key(), entry.text());
    }

    private static Set<String> placeholders(String text) {
        Set<String> found = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            found.add(m.group());
        }
        return found;
    }

    /** Why {@code pattern} cannot format a reply's date, or null if it can. */
    private static String datePatternError(String pattern) {
        try {
            DateTimeFormatter.ofPattern(pattern).format(java.time.LocalDate.of(2023, 5, 17));
            return null;
        } catch (IllegalArgumentException | java.time.DateTimeException e) {
            return e.getMessage();
        }
    }
}
