package org.replyarchive.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.ibm.icu.text.Transliterator;
import com.ibm.icu.text.UnicodeSetIterator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ScriptFoldingTest {

    /**
     * The table the engine ships is what ICU4J's Traditional-Simplified transliterator gives, character by
     * character, for every character it changes into exactly one other. After an ICU4J upgrade that changes it,
     * the table wanted is written to {@code target/simplified.txt}: copy it over the engine's.
     */
    @Test
    void theShippedTableIsWhatIcuGivesOneCharacterToOne() throws IOException {
        Transliterator simplify = Transliterator.getInstance("Traditional-Simplified");
        StringBuilder wanted = new StringBuilder();
        for (UnicodeSetIterator it = new UnicodeSetIterator(simplify.getSourceSet()); it.next(); ) {
            if (it.codepoint == UnicodeSetIterator.IS_STRING) {
                continue;
            }
            String from = new String(Character.toChars(it.codepoint));
            String to = simplify.transliterate(from);
            if (!to.equals(from) && to.codePointCount(0, to.length()) == 1) {
                wanted.append(from).append(to).append('\n');
            }
        }
        String shipped;
        try (var in = ScriptFolding.class.getResourceAsStream(ScriptFolding.TABLE)) {
            shipped = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        if (!shipped.equals(wanted.toString())) {
            Files.writeString(Path.of("target", ScriptFolding.TABLE), wanted);
        }
        assertEquals(wanted.toString(), shipped, "copy target/" + ScriptFolding.TABLE
                + " to src/main/resources/org/replyarchive/search/");
        assertEquals('国', ScriptFolding.fold('國'));
        assertEquals('门', ScriptFolding.fold('門'));
    }
}
