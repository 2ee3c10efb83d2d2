package org.replyarchive.markdown;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Makes anchor ids from heading texts, one document at a time: letters and digits of any script are kept
 * (so Chinese headings get readable ids), everything else becomes {@code -}, and a repeated id gets
 * {@code -2}, {@code -3}. The same headings always give the same ids.
 */
final class HeadingIds {

    private static final int MAX_CODE_POINTS = 48;

    private final Set<String> used = new HashSet<>();

    String next(String headingText) {
        String base = slug(headingText);
        String id = base;
        for (int n = 2; !used.add(id); n++) {
            id = base + "-" + n;
        }
        return id;
    }

    static String slug(String text) {
        StringBuilder slug = new StringBuilder();
        boolean pendingDash = false;
        int count = 0;
        for (int i = 0; i < text.length() && count < MAX_CODE_POINTS; ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetterOrDigit(cp)) {
                if (pendingDash && slug.length() > 0) {
                    slug.append('-');
                }
                pendingDash = false;
                slug.appendCodePoint(Character.toLowerCase(cp));
                count++;
            } else {
                pendingDash = true;
            }
        }
        String result = slug.toString().toLowerCase(Locale.ROOT);
        return result.isEmpty() ? "section" : result;
    }
}
