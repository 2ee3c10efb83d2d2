package org.replyarchive.markdown;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.replyarchive.config.Language;
import org.replyarchive.model.PolicyDocument;

/**
 * Finds the citations of policy documents in a text: in Chinese every 《…》 title and every 文号, in English the
 * registered English titles and the 文号, which translations keep as printed. A citation of a registered document
 * carries its key; any other is found all the same, so that no glossary term is marked inside a title or number,
 * and so that the build can tell of documents the registry lacks.
 */
public final class CitationFinder {

    /**
     * One citation: the text's {@code [start, end)}, the document's key or null when not registered.
     *
     * @param title whether it is a title (else a document number)
     */
    public record Cited(int start, int end, String key, boolean title) {

        /** The cited text itself. */
        public String in(String text) {
            return text.substring(start, end);
        }
    }

    /** A title in 《》, which may hold a title in 〈〉 or <> of its own. */
    private static final Pattern TITLE = Pattern.compile("《([^《》\\n]{1,200})》");
    private static final Pattern LETTER_OR_NUMBER = Pattern.compile("[\\p{L}\\p{N}]");
    private static final Pattern BRACKETED_YEAR = Pattern.compile("[【\\[（(](\\d{4})[】\\]）)]");

    private final Language language;
    private final Map<String, String> titles = new HashMap<>();
    private final Map<String, String> numbers = new HashMap<>();
    /**
     * The English titles (with their keys) by their first character, indexed by it, longest first: a text is
     * scanned once, whatever their number.
     */
    private final ByInitial<Map.Entry<EnglishPhrase, String>> englishTitles = new ByInitial<>();

    /** A finder of the citations of {@code documents} in texts of {@code language}. */
    public CitationFinder(List<PolicyDocument> documents, Language language) {
        this.language = language;
        for (PolicyDocument document : documents) {
            titles.put(document.title().zh(), document.key());
            document.aliases().forEach(alias -> titles.put(alias, document.key()));
            document.docNumber().ifPresent(number -> numbers.put(number, document.key()));
            // A title with no letter or digit would mark every place its punctuation stands: it is not looked for.
            if (language != Language.ZH && document.title().en() != null
                    && LETTER_OR_NUMBER.matcher(document.title().en()).find()) {
                EnglishPhrase phrase = EnglishPhrase.of(document.title().en());
                if (phrase != null) {
                    englishTitles.add(phrase.initial(), Map.entry(phrase, document.key()));
                }
            }
        }
        englishTitles.finish(Comparator
                .comparingInt((Map.Entry<EnglishPhrase, String> e) -> -e.getKey().pattern().pattern().length())
                .thenComparing(Map.Entry::getValue));
    }

    /** Every citation in {@code text}, in text order, none overlapping another. */
    public List<Cited> in(String text) {
        boolean[] taken = new boolean[text.length()];
        List<Cited> found = new ArrayList<>();
        if (language == Language.ZH) {
            Matcher m = TITLE.matcher(text);
            while (m.find()) {
                add(found, taken, new Cited(m.start(), m.end(), titles.get(m.group(1).strip()), true));
            }
        }
        if (!englishTitles.isEmpty()) {
            englishTitles(text, found, taken);
        }
        DocumentNumbers.in(text, (start, end) -> add(found, taken, number(text.substring(start, end), start)));
        found.sort(Comparator.comparingInt(Cited::start));
        return found;
    }

    private void englishTitles(String text, List<Cited> found, boolean[] taken) {
        for (int i = 0; i < text.length(); i++) {
            List<Map.Entry<EnglishPhrase, String>> titles = englishTitles.startingWith(Character.toLowerCase(text.charAt(i)));
            if (titles == null || i > 0 && Character.isLetterOrDigit(text.charAt(i - 1)) || taken[i]) {
                continue;
            }
            for (Map.Entry<EnglishPhrase, String> title : titles) {
                int end = title.getKey().endAt(text, i);
                if (end >= 0) {
                    add(found, taken, new Cited(i, end, title.getValue(), true));
                    break;
                }
            }
        }
    }

    /**
     * The number found at {@code start}: a registered number where the text ends in one (the pattern may take a
     * verb before the issuer, as in 印发吉科发…), else the whole match, unregistered.
     */
    private Cited number(String written, int start) {
        String normal = BRACKETED_YEAR.matcher(written).replaceAll("〔$1〕");
        for (int from = 0; from + 2 < normal.length(); from++) {
            String key = numbers.get(normal.substring(from));
            if (key != null) {
                return new Cited(start + from, start + written.length(), key, false);
            }
        }
        return new Cited(start, start + written.length(), null, false);
    }

    private static void add(List<Cited> found, boolean[] taken, Cited cited) {
        if (TermFinder.free(taken, cited.start(), cited.end())) {
            java.util.Arrays.fill(taken, cited.start(), cited.end(), true);
            found.add(cited);
        }
    }
}
