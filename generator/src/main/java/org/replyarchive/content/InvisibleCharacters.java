package org.replyarchive.content;

import java.util.Locale;
import org.replyarchive.problem.Problems;
import org.replyarchive.problem.SourcePosition;

/**
 * Finds the characters that change how text is shown without being seen: bidirectional overrides, embeddings
 * and isolates, and zero-width characters. In published text they can make a name, number or sentence read
 * otherwise than what was approved (the "Trojan Source" trick), so each is an error at its own position. No
 * character of Chinese or English text is among them.
 */
final class InvisibleCharacters {

    private InvisibleCharacters() {}

    static boolean isInvisibleControl(int cp) {
        return (cp >= 0x202A && cp <= 0x202E) // LRE, RLE, PDF, LRO, RLO
                || (cp >= 0x2066 && cp <= 0x2069) // LRI, RLI, FSI, PDI
                || cp == 0x200E || cp == 0x200F || cp == 0x061C // LRM, RLM, ALM
                || (cp >= 0x200B && cp <= 0x200D) // zero-width space, non-joiner, joiner
                || cp == 0x2060 || cp == 0xFEFF; // word joiner, zero-width no-break space inside text
    }

    /** Reports each invisible control in {@code text}, whose first character stands at line, column. */
    static void checkText(String text, String path, int line, int column, Problems problems) {
        int atLine = line;
        int atColumn = column;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (cp == '\n') {
                atLine++;
                atColumn = 1;
            } else {
                if (isInvisibleControl(cp)) {
                    report(cp, new SourcePosition(path, atLine, atColumn), "", problems);
                }
                atColumn++;
            }
            i += Character.charCount(cp);
        }
    }

    /** Reports each invisible control in a YAML value at {@code at}, naming its place in the value. */
    static void checkValue(String value, SourcePosition at, Problems problems) {
        for (int i = 0, n = 1; i < value.length(); n++) {
            int cp = value.codePointAt(i);
            if (isInvisibleControl(cp)) {
                report(cp, at, " as character " + n + " of the value", problems);
            }
            i += Character.charCount(cp);
        }
    }

    private static void report(int cp, SourcePosition at, String where, Problems problems) {
        problems.error(at, "the text holds " + name(cp) + where + ", an invisible character that can make the"
                + " published text read otherwise than it was written", "delete it (retype the words around it if"
                + " unsure where it is)");
    }

    /** {@code U+202E RIGHT-TO-LEFT OVERRIDE}. */
    static String name(int cp) {
        String name = Character.getName(cp);
        return String.format(Locale.ROOT, "U+%04X", cp) + (name == null ? "" : " " + name);
    }
}
