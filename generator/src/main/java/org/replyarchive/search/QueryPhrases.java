package org.replyarchive.search;

import java.util.ArrayList;
import java.util.List;

/**
 * A query's phrases, each normalised: what stands in double quotes ({@code "…"} or {@code “…”}) is one
 * phrase, and outside quotes each space-separated piece is one. A reply matches when it holds every phrase
 * (the phrases are ANDed), each as contiguous normalised text; {@code search.js} parses the same way.
 */
public final class QueryPhrases {

    private QueryPhrases() {}

    public static List<String> of(String query) {
        List<String> phrases = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < query.length(); i++) {
            char c = query.charAt(i);
            if (c == '"' || c == '“' || c == '”' || c == '＂') {
                add(phrases, current);
                quoted = !quoted;
            } else if (!quoted && isSpace(c)) {
                add(phrases, current);
            } else {
                current.append(c);
            }
        }
        add(phrases, current);
        return phrases;
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\u000b' || c == '\u00a0'
                || c == '\u3000' || c == '\ufeff' || (c >= '\u2000' && c <= '\u200a');
    }

    private static void add(List<String> phrases, StringBuilder text) {
        String normalized = SearchNormalizer.normalize(text.toString());
        if (!normalized.isEmpty()) {
            phrases.add(normalized);
        }
        text.setLength(0);
    }
}
