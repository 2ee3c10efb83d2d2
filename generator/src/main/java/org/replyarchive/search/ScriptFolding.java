package org.replyarchive.search;

import com.ibm.icu.lang.UCharacter;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Folds one code point to the form search compares: full-width Latin and digits to half-width, traditional
 * characters and variants to simplified (ICU4J's Traditional-Simplified transliterator, character by
 * character, kept as a table so that the browser can apply the very same one), then lower case. The table is written into
 * each index ({@link #tableText}), so {@code search.js} folds queries exactly as the build folded pages.
 */
final class ScriptFolding {

    private static final int FULL_WIDTH_FROM = 0xFF01;
    private static final int FULL_WIDTH_TO = 0xFF5E;
    private static final int FULL_WIDTH_OFFSET = 0xFEE0;
    private static final int IDEOGRAPHIC_SPACE = 0x3000;

    /** Where the table of traditional characters and their simplified ones is, beside this class. */
    static final String TABLE = "simplified.txt";
    /** Traditional → simplified, one code point to one; sorted so that the table file is always the same. */
    private static final Map<Integer, Integer> SIMPLIFIED = simplifiedTable();
    private static final Map<Integer, Integer> FAST = new HashMap<>(SIMPLIFIED);
    /**
     * The fold of every code point of the Basic Multilingual Plane, worked out once by {@link #compute}: the
     * tokeniser folds every character of every page, and a table spares it a boxed map lookup and ICU's case
     * mapping for each.
     */
    private static final int[] BMP = bmpTable();

    private ScriptFolding() {}

    static int fold(int cp) {
        return cp >= 0 && cp < BMP.length ? BMP[cp] : compute(cp);
    }

    private static int[] bmpTable() {
        int[] table = new int[Character.MIN_SUPPLEMENTARY_CODE_POINT];
        for (int cp = 0; cp < table.length; cp++) {
            table[cp] = compute(cp);
        }
        return table;
    }

    /** The fold of {@code cp}, computed: what {@link #fold} gives. */
    static int compute(int cp) {
        if (cp < 0x80) {
            return cp >= 'A' && cp <= 'Z' ? cp + 32 : cp;
        }
        if (cp >= FULL_WIDTH_FROM && cp <= FULL_WIDTH_TO) {
            return compute(cp - FULL_WIDTH_OFFSET);
        }
        if (cp == IDEOGRAPHIC_SPACE) {
            return ' ';
        }
        Integer simplified = FAST.get(cp);
        if (simplified != null) {
            return simplified;
        }
        // Simple case mapping, one code point to one: search.js takes the first code point of its mapping.
        return UCharacter.toLowerCase(cp);
    }

    /** The whole table: each traditional character followed by its simplified one, no separator. */
    static String tableText() {
        return tableText(null);
    }

    /**
     * The table for the browser, of the characters that fold to one the index holds: a query's other
     * characters find nothing folded or not, so they need not be downloaded.
     */
    static String tableText(java.util.BitSet indexed) {
        StringBuilder text = new StringBuilder(SIMPLIFIED.size() * 2);
        SIMPLIFIED.forEach((from, to) -> {
            if (indexed == null || indexed.get(to)) {
                text.appendCodePoint(from).appendCodePoint(to);
            }
        });
        return text.toString();
    }

    /**
     * Reads {@code simplified.txt}, one mapping a line: the traditional character, then the simplified one. The
     * file is ICU4J's transliterator worked out once (ScriptFoldingTest makes it again and compares), because
     * building that transliterator costs a third of a second of every build, before the first page is indexed.
     */
    private static Map<Integer, Integer> simplifiedTable() {
        Map<Integer, Integer> table = new TreeMap<>();
        try (InputStream in = ScriptFolding.class.getResourceAsStream(TABLE)) {
            if (in == null) {
                throw new IllegalStateException(TABLE + " is missing from the engine's jar");
            }
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                int[] pair = line.codePoints().toArray();
                if (pair.length != 2) {
                    throw new IllegalStateException(TABLE + " holds a line that is not two characters: " + line);
                }
                table.put(pair[0], pair[1]);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return java.util.Collections.unmodifiableMap(table);
    }
}
