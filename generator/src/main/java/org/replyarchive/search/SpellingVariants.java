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

    private SpellingVariants() {}

    /** The American form of a lower-case word of letters. */
    static String american(String word) {
        return american((CharSequence) word).toString();
    }

    /**
     * The American form of a lower-case word of letters: {@code word} itself, the same object, when it has no
     * British ending (most words), so that the tokeniser makes no String for it.
     */
    static CharSequence american(CharSequence word) {
        int n = word.length();
        if (n < 5) {
            return word;
        }
        if (startsWith(word, "programme")) {
            return "program" + word.subSequence(9, n);
        }
        if (n >= 6 && endsWith(word, "our")) {
            return word.subSequence(0, n - 2) + "r";
        }
        if (endsWith(word, "tre") || endsWith(word, "bre")) {
            return word.subSequence(0, n - 2) + "er";
        }
        if (n >= 7 && endsWith(word, "ogue")) {
            return word.subSequence(0, n - 2).toString();
        }
        if (endsWith(word, "fence") || endsWith(word, "cence")) {
            return word.subSequence(0, n - 2) + "se";
        }
        return izeForm(word);
    }

    /** organise, organised, organising, organisation, analyse → the z forms. */
    private static CharSequence izeForm(CharSequence word) {
        for (int i = 0; i < IZE_ENDINGS.length; i++) {
            String ending = IZE_ENDINGS[i];
            if (endsWith(word, ending) && word.length() - ending.length() >= 3) {
                int at = word.length() - ending.length();
                return word.subSequence(0, at) + ZE_ENDINGS[i];
            }
        }
        return word;
    }

    private static boolean startsWith(CharSequence word, String prefix) {
        return word.length() >= prefix.length() && regionEquals(word, 0, prefix);
    }

    private static boolean endsWith(CharSequence word, String suffix) {
        return word.length() >= suffix.length() && regionEquals(word, word.length() - suffix.length(), suffix);
    }

    private static boolean regionEquals(CharSequence word, int from, String part) {
        for (int i = 0; i < part.length(); i++) {
            if (word.charAt(from + i) != part.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
