package org.replyarchive.draft;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.replyarchive.model.ProposalKind;

class DraftNamesTest {

    @Test
    void aNumberWithLettersIsItsOwnSlugABareOneTakesTheSession() {
        assertEquals(Optional.of("2023D51"), DraftNames.slug(Optional.of("2023D51"), Optional.of("cppcc-13-1")));
        assertEquals(Optional.of("cppcc-12-5-135"), DraftNames.slug(Optional.of("135"), Optional.of("cppcc-12-5")));
        assertEquals(Optional.empty(), DraftNames.slug(Optional.of("135"), Optional.empty()));
        assertEquals(Optional.empty(), DraftNames.slug(Optional.empty(), Optional.of("cppcc-12-5")));
    }

    @Test
    void pathsOfAReplyAndItsSource() {
        assertEquals("replies/2023/2023D51.zh.md", DraftNames.replyPath(2023, "2023D51", "zh"));
        assertEquals("sources/2023D51.txt", DraftNames.sourcePath("2023D51"));
    }

    @Test
    void everyKindHasTheNameTitlesGiveItAndThatNameIsReadBack() {
        for (ProposalKind kind : ProposalKind.values()) {
            assertEquals(kind, KindNames.spellings().get(KindNames.titleName(kind)), kind.key());
        }
    }

    @Test
    void theKindHintListsEveryKindWithItsChineseName() {
        assertEquals("member, party-group, sector, committee or deputy (委员提案, 党派团体提案, 界别提案, 专委会提案,"
                + " 代表建议)", KindNames.hint());
    }

    @Test
    void aFieldLeftUnknownIsWrittenTodoWithItsHint() {
        ReplyFrontMatter scaffolded = new ReplyFrontMatter("replies/2023/a.zh.md");
        scaffolded.docNumber(Optional.empty());
        assertEquals("""
                ---
                doc_number: TODO  # the document number, e.g. 吉科发人才〔2023〕91号
                ---
                """, scaffolded.close());
    }
}
