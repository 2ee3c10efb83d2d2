package org.replyarchive.check;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the references (links and assets) and the anchor ids of one HTML, XML or CSS file, each reference
 * with the offset of its value in the text.
 *
 * <p>A small tokenizer rather than a full HTML parser: it walks tags and their attributes (quoted or not),
 * skips comments, doctypes and CDATA, does not look for tags inside {@code <script>} and {@code <style>}
 * (but reads {@code url(…)} in styles), and decodes the character references an attribute value may hold.
 * That is all the built site needs, and it keeps the engine free of an HTML library. What the tags mean is
 * {@link FoundReferences}'s business.
 */
final class ReferenceScanner {

    /** One reference: the attribute it stands in ({@code href}, {@code src}, {@code css}, …) and its value. */
    record Reference(String tag, String attribute, String value, int offset, boolean asset) {}

    /** What one file holds: its references, the ids a fragment may name, and its {@code <base href>}. */
    record Scan(List<Reference> references, Set<String> ids, Optional<String> base) {}


    private final String text;
    private final FoundReferences found;

    private ReferenceScanner(String text) {
        this.text = text;
        this.found = new FoundReferences(text);
    }

    /** Scans an HTML or XML document. */
    static Scan markup(String text) {
        ReferenceScanner scanner = new ReferenceScanner(text);
        scanner.scanMarkup();
        return scanner.found.scan();
    }

    /** Scans a style sheet. */
    static Scan css(String text) {
        ReferenceScanner scanner = new ReferenceScanner(text);
        scanner.found.css(0, text.length());
        return scanner.found.scan();
    }

    private void scanMarkup() {
        int i = 0;
        while ((i = text.indexOf('<', i)) >= 0) {
            if (text.startsWith("<!--", i)) {
                i = after("-->", i + 4);
            } else if (text.startsWith("<![CDATA[", i)) {
                i = after("]]>", i + 9);
            } else if (text.startsWith("<!", i) || text.startsWith("<?", i) || text.startsWith("</", i)) {
                i = after(">", i + 2);
            } else if (i + 1 < text.length() && Character.isLetter(text.charAt(i + 1))) {
                i = tag(i + 1);
            } else {
                i++;
            }
        }
    }

    /** Reads the tag whose name starts at {@code start}; returns where scanning goes on. */
    private int tag(int start) {
        int i = start;
        while (i < text.length() && isNameChar(text.charAt(i))) {
            i++;
        }
        String name = text.substring(start, i).toLowerCase(Locale.ROOT);
        Map<String, int[]> attributes = new LinkedHashMap<>();
        boolean selfClosing = false;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '>') {
                i++;
                break;
            } else if (c == '/' || Character.isWhitespace(c)) {
                selfClosing = c == '/';
                i++;
            } else {
                i = attribute(i, attributes);
            }
        }
        found.tag(name, attributes);
        return selfClosing ? i : rawText(name, i);
    }

    /** Reads one attribute into {@code attributes} as name → {value start, value end}; returns its end. */
    private int attribute(int start, Map<String, int[]> attributes) {
        int i = start;
        while (i < text.length() && "=>/ \t\n\r\f".indexOf(text.charAt(i)) < 0) {
            i++;
        }
        String name = text.substring(start, Math.max(i, start + 1)).toLowerCase(Locale.ROOT);
        i = Math.max(i, start + 1);
        int j = skipSpace(i);
        if (j >= text.length() || text.charAt(j) != '=') {
            attributes.putIfAbsent(name, new int[] {i, i});
            return i;
        }
        j = skipSpace(j + 1);
        if (j < text.length() && (text.charAt(j) == '"' || text.charAt(j) == '\'')) {
            int close = text.indexOf(text.charAt(j), j + 1);
            int end = close < 0 ? text.length() : close;
            attributes.putIfAbsent(name, new int[] {j + 1, end});
            return Math.min(text.length(), end + 1);
        }
        int end = j;
        while (end < text.length() && !Character.isWhitespace(text.charAt(end)) && text.charAt(end) != '>') {
            end++;
        }
        attributes.putIfAbsent(name, new int[] {j, end});
        return end;
    }

    /** Skips the content of elements whose text is not markup, reading the URLs of a style block. */
    private int rawText(String name, int from) {
        if (!name.equals("script") && !name.equals("style")) {
            if (name.equals("loc")) {
                int end = text.indexOf('<', from);
                String value = text.substring(from, end < 0 ? text.length() : end);
                int lead = value.length() - value.stripLeading().length();
                found.add(name, "loc", value.strip(), from + lead, false);
            }
            return from;
        }
        int end = from;
        while ((end = text.indexOf("</", end)) >= 0 && !text.regionMatches(true, end + 2, name, 0, name.length())) {
            end += 2;
        }
        end = end < 0 ? text.length() : end;
        if (name.equals("style")) {
            found.css(from, end);
        }
        return end;
    }

    private int after(String end, int from) {
        int at = text.indexOf(end, from);
        return at < 0 ? text.length() : at + end.length();
    }

    private int skipSpace(int i) {
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static boolean isNameChar(char c) {
        return Character.isLetterOrDigit(c) || c == '-' || c == ':' || c == '_';
    }
}
