package org.replyarchive.content;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.replyarchive.model.GlossaryTerm;
import org.replyarchive.model.Topic;
import org.replyarchive.problem.Problems;
import org.replyarchive.problem.SourcePosition;

/**
 * A topic and a glossary term that name the same thing in Chinese must name it alike in English, or readers
 * meet two translations of one phrase: the browse page says one thing and the reply's text another.
 */
final class TopicGlossaryAgreement {

    private TopicGlossaryAgreement() {}

    static void check(Collection<Topic> topics, Map<String, SourcePosition> englishPositions,
            List<GlossaryTerm> glossary, Problems problems) {
        for (Topic topic : topics) {
            String english = topic.name().en();
            for (GlossaryTerm term : glossary) {
                if (english != null && TermForms.chinese(term).contains(topic.name().zh())
                        && !TermForms.english(term).contains(TermForms.normalizeEnglish(english))) {
                    problems.error(englishPositions.getOrDefault(topic.key(), SourcePosition.ofFile(
                            "registry/topics.yaml")), "topic '" + topic.key() + "' renders " + topic.name().zh()
                            + " as '" + english + "', the glossary term '" + term.key() + "' as '" + term.term().en()
                            + "'", "use one English name for both: write '" + term.term().en() + "' here, or add '"
                            + english + "' to the term's 'variants: {en: […]}' in glossary.yaml");
                }
            }
        }
    }
}
