package org.replyarchive.markdown;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.replyarchive.config.Language;
import org.replyarchive.model.GlossaryTerm;
import org.replyarchive.model.PolicyDocument;

/**
 * What a reply's text is marked with: the glossary's terms and the registered policy documents, with their
 * finders built once per build for each language and shared (they hold no state of a text).
 */
public final class TextMarks {

    /** No terms and no documents: texts are rendered as written. */
    public static final TextMarks NONE = new TextMarks(List.of(), List.of());

    private final Map<Language, TermFinder> terms = new EnumMap<>(Language.class);
    private final Map<Language, CitationFinder> citations = new EnumMap<>(Language.class);

    public TextMarks(List<GlossaryTerm> glossary, List<PolicyDocument> documents) {
        for (Language language : Language.values()) {
            terms.put(language, new TermFinder(glossary, language));
            citations.put(language, new CitationFinder(documents, language));
        }
    }

    TermFinder terms(Language language) {
        return terms.get(language);
    }

    /** The citations of documents in texts of {@code language}. */
    public CitationFinder citations(Language language) {
        return citations.get(language);
    }
}
