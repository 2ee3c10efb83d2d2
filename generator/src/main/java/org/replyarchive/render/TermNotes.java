package org.replyarchive.render;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.replyarchive.config.Language;
import org.replyarchive.markdown.Marking;
import org.replyarchive.markdown.TextMarks;
import org.replyarchive.model.GlossaryTerm;
import org.replyarchive.model.Site;
import org.replyarchive.render.view.Parts.TermNote;
import org.replyarchive.route.UrlScheme;

/**
 * How the text of a page is marked (see {@link Marking}), and the notes on the terms marked in it: the other
 * language's term and the first sentence of the definition, which is what a reader needs while reading; the
 * whole definition is one link away, in the glossary.
 */
final class TermNotes {

    private final TextMarks marks;
    private final List<GlossaryTerm> glossaryTerms;
    private final List<List<String>> documents;
    private final Map<String, GlossaryTerm> glossary;
    private final UrlScheme urls;
    private final List<Language> languages;

    TermNotes(Site site, UrlScheme urls, List<Language> languages) {
        this.marks = new TextMarks(site.glossary(), site.documents());
        this.glossaryTerms = site.glossary();
        this.documents = site.documents().stream().map(d -> List.of(d.key(), d.title().zh(),
                String.valueOf(d.title().en()), d.docNumber().orElse(""), String.join("\n", d.aliases()))).toList();
        this.glossary = site.glossary().stream().collect(Collectors.toMap(GlossaryTerm::key, Function.identity()));
        this.urls = urls;
        this.languages = List.copyOf(languages);
    }

    /** The marking of a text in {@code language} shown on the page at {@code pagePath}. */
    Marking marking(Language language, String pagePath) {
        return new Marking(marks, language, UrlScheme.rootFrom(pagePath), key -> urls.glossary(language) + "#" + key,
                key -> urls.document(language, key));
    }

    /** The notes of {@code keys}, terms marked in a text in {@code language}; their addresses from the site root. */
    List<TermNote> notes(List<String> keys, Language language) {
        Language other = languages.stream().filter(l -> l != language).findFirst().orElse(language);
        return keys.stream().map(glossary::get).map(term -> new TermNote(Marking.descriptionId(language, term.key()),
                term.term().orOfficial(language), term.term().has(language) ? language.htmlLang()
                        : Language.ZH.htmlLang(), urls.glossary(language) + "#" + term.key(),
                other == language ? null : term.term().get(other), other.htmlLang(),
                firstSentence(term.definition().orOfficial(language)))).toList();
    }

    /** What the marks of every text depend on beside the text: the glossary and the documents registry. */
    String fingerprint() {
        return ModelFingerprint.of(glossaryTerms, documents);
    }

    /** The text up to its first full stop (。 or a full stop before a space), or all of it. */
    static String firstSentence(String text) {
        int chinese = text.indexOf('。');
        int english = text.indexOf(". ");
        int end = chinese < 0 ? english : english < 0 ? chinese : Math.min(chinese, english);
        return end < 0 ? text : text.substring(0, end + 1);
    }
}
