package org.replyarchive.translation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.replyarchive.config.Language;
import org.replyarchive.content.TermForms;
import org.replyarchive.content.TextBlocks;
import org.replyarchive.model.Disclosure;
import org.replyarchive.model.GlossaryTerm;
import org.replyarchive.model.Reply;
import org.replyarchive.model.ReplyText;
import org.replyarchive.model.Site;
import org.replyarchive.model.TextSource;
import org.replyarchive.problem.Problem;
import org.replyarchive.problem.Severity;
import org.replyarchive.problem.SourcePosition;

/**
 * Checks that translations render glossary terms as the glossary does: block by block (block n of a translation
 * renders block n of the official text), every term the Chinese block holds must appear in the English block in
 * its glossary English or one of its declared variants, unless the translation lists the term in its
 * {@code terminology_exceptions}. A translation tool's memory would catch the same drift; this catches it on
 * every build, years after the translator left.
 */
public final class TerminologyChecker {

    private final TermOccurrences occurrences;
    /** Each glossary term's English forms, normalised once: a build meets the same terms in every reply. */
    private final Map<GlossaryTerm, List<String>> englishForms = new java.util.IdentityHashMap<>();
    private final TextSource texts;
    private final Severity severity;

    /** A checker of the glossary of {@code site}; {@code severity} is an error for {@code check}, a warning in builds. */
    public TerminologyChecker(Site site, TextSource texts, Severity severity) {
        this.occurrences = new TermOccurrences(site.glossary());
        site.glossary().forEach(term -> englishForms.put(term, TermForms.english(term)));
        this.texts = texts;
        this.severity = severity;
    }

    /** The problems of every reply whose full text is published in both languages. */
    public List<Problem> check(List<Reply> replies) {
        return replies.parallelStream().flatMap(reply -> check(reply).stream()).toList();
    }

    private List<Problem> check(Reply reply) {
        return check(reply, texts);
    }

    /**
     * The problems of {@code reply}, whose texts are read from {@code texts}: those the build already read to
     * render the reply's pages.
     */
    public List<Problem> check(Reply reply, TextSource texts) {
        List<Problem> problems = new ArrayList<>();
        ReplyText official = reply.texts().get(reply.officialLanguage());
        for (Map.Entry<Language, ReplyText> entry : reply.texts().entrySet()) {
            ReplyText translation = entry.getValue();
            if (entry.getKey() == reply.officialLanguage() || reply.disclosure() != Disclosure.FULL
                    || !official.isBody() || !translation.isBody()) {
                continue;
            }
            compare(texts, official, translation, problems);
        }
        return problems;
    }

    private void compare(TextSource texts, ReplyText official, ReplyText translation, List<Problem> problems) {
        List<TextBlocks.Block> chinese = TextBlocks.of(texts.markdown(official), official.firstBodyLine());
        List<TextBlocks.Block> english = TextBlocks.of(texts.markdown(translation), translation.firstBodyLine());
        if (chinese.size() != english.size()) {
            // Not an error: a translation may be partial while it is being written; it is only not checked.
            problems.add(Problem.warning(SourcePosition.ofFile(translation.path()), "the translation has "
                    + english.size() + " blocks, its official text " + official.path() + " " + chinese.size()
                    + ", so its terms were not checked", "give the translation one paragraph, heading or quote for"
                    + " each of the official text's, in the same order"));
            return;
        }
        for (int i = 0; i < chinese.size(); i++) {
            // Normalised only for a block whose Chinese holds a term: most blocks hold none.
            String rendered = null;
            for (GlossaryTerm term : occurrences.in(chinese.get(i).text())) {
                List<String> forms = formsOf(term);
                if (forms.isEmpty() || translation.termExceptions().contains(term.key())) {
                    continue;
                }
                if (rendered == null) {
                    rendered = TermForms.normalizeEnglish(english.get(i).text());
                }
                if (forms.stream().noneMatch(rendered::contains)) {
                    problems.add(missing(term, english.get(i), translation));
                }
            }
        }
    }

    private List<String> formsOf(GlossaryTerm term) {
        List<String> forms = englishForms.get(term);
        return forms != null ? forms : TermForms.english(term);
    }

    private Problem missing(GlossaryTerm term, TextBlocks.Block block, ReplyText translation) {
        String variants = term.englishVariants().isEmpty() ? ""
                : " (or a variant: '" + String.join("', '", term.englishVariants()) + "')";
        return problem(new SourcePosition(translation.path(), block.line(), 1), "block "
                + block.number() + " does not render the glossary term " + term.term().zh() + " as '"
                + term.term().en() + "'" + variants, "write '" + term.term().en() + "' as the glossary does, add the"
                + " rendering used to the term's 'variants: {en: […]}' in glossary.yaml, or list '" + term.key()
                + "' in this translation's terminology_exceptions");
    }

    private Problem problem(SourcePosition position, String message, String fix) {
        return severity == Severity.ERROR ? Problem.error(position, message, fix) : Problem.warning(position, message, fix);
    }
}
