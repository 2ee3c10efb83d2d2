package org.replyarchive.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SourcePositionTest {

    @Test
    void anOffsetBecomesLineAndColumnCountedByCharacter() {
        String text = "第一行\n𠀀x[link](y)\n";
        int offset = text.indexOf("(y)") + 1;
        assertEquals("a.md:2:10", SourcePosition.at("a.md", text, offset, 1).toString());
    }

    @Test
    void aTextBelowItsFrontMatterCountsFromItsFirstLine() {
        assertEquals("a.md:12:3", SourcePosition.at("a.md", "x\nab", 4, 11).toString());
    }

    @Test
    void afterIsThePositionAtTheEndAndIgnoresCarriageReturnsAndTheByteOrderMark() {
        assertEquals("a.md:2:2", SourcePosition.after("a.md", "\uFEFFab\r\nc").toString());
        assertEquals("a.md:1:1", SourcePosition.at("a.md", "abc", 0, 1).toString());
    }
}
