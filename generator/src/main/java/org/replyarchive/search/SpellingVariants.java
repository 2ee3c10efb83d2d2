package org.replyarchive.search;

/**
 * Folds British spellings to American ones by their regular endings (fibre → fiber, programme → program,
 * organise → organize, colour → color, catalogue → catalog, defence → defense), so that either finds the
 * other. Rules, not a word list, so that {@code search.js} mirrors them exactly; both sides fold, so a rule
 * that also touches a word with no variant is harmless as long as it makes no two words meet.
 */
final class SpellingVariants {

    /** The British endings {@link #izeForm} folds, in the order it tries them. */
    private static final String[] IZE_ENDINGS = {"isation", "ising", "ised", "ises", "ise", "yse", "ysed", "ysing"};
    /** Each ending with its first {@code s} made {@code z}. */
    private static final String[] ZE_ENDINGS = java.util.Arrays.stream(IZE_ENDINGS)
            .map(e -> e.replaceFirst("s", "z")).toArray(String[]::new);

    /** The length of the shortest word {@link #american} may change. */
    static final int SHORTEST_VARIANT = 5;

    private SpellingVariants() {}

    /** The American form of a lower-case word of letters. */
    static String american(String word) {
        int n = word.length();
        if (n < SHORTEST_VARIANT) {
            return word;
        }
        if (word.startsWith("programme")) {
            return "program" + word.substring(9);
        }
        if (n >= 6 && word.endsWith("our")) {
            return word.substring(0, n - 2) + "r";
        }
        if (word.endsWith("tre") || word.endsWith("bre")) {
            return word.substring(0, n - 2) + "er";
        }
        if (n >= 7 && word.endsWith("ogue")) {
            return word.substring(0, n - 2);
        }
        if (word.endsWith("fence") || word.endsWith("cence")) {
            return word.substring(0, n - 2) + "se";
        }
        return izeForm(word);
    }

    /** organise, organised, organising, organisation, analyse → the z forms. */
    private static String izeForm(String word) {
        for (int i = 0; i < IZE_ENDINGS.length; i++) {
            String ending = IZE_ENDINGS[i];
            if (word.endsWith(ending) && word.length() - ending.length() >= 3) {
                int at = word.length() - ending.length();
                return word.substring(0, at) + ZE_ENDINGS[i];
            }
        }
        return word;
    }
}
