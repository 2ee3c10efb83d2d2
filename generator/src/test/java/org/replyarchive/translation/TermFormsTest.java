package org.replyarchive.translation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.replyarchive.content.TermForms;
import org.replyarchive.model.GlossaryTerm;
import org.replyarchive.model.Localized;

class TermFormsTest {

    private static GlossaryTerm term(String zh, String en, List<String> aliases, List<String> variants) {
        return new GlossaryTerm("k", new Localized<>(zh, en), new Localized<>("定义", "Definition"), aliases, variants);
    }

    @Test
    void chineseFormsAreTheTermAndAliasesAlsoWithoutQuotationMarks() {
        assertEquals(List.of("“破茧成蝶”专项", "破茧成蝶专项", "“破茧成蝶”", "破茧成蝶"),
                TermForms.chinese(term("“破茧成蝶”专项", "x", List.of("“破茧成蝶”"), List.of())));
    }

    @Test
    void bookTitleMarksStayPartOfAForm() {
        assertEquals(List.of("《建议》"), TermForms.chinese(term("《建议》", "the Proposal", List.of(), List.of())));
    }

    @Test
    void englishFormsAreTheTermItsQuotedNameItsAbbreviationAndTheVariants() {
        assertEquals(List.of("specialised, refined, distinctive and innovative (srdi)",
                "specialised, refined, distinctive and innovative", "srdi", "little giant"),
                TermForms.english(term("专精特新", "\"specialised, refined, distinctive and innovative\" (SRDI)",
                        List.of(), List.of("Little Giants"))));
    }

    @Test
    void normalisingIgnoresCaseQuotesHyphensLineBreaksAndPlurals() {
        assertEquals("technology based sme and business incubator",
                TermForms.normalizeEnglish("Technology-based \"SMEs\" and\nbusiness   incubators"));
    }
}
