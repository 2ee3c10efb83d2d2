package org.replyarchive.check;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the references (links and assets) and the anchor ids of one HTML, XML or CSS file, each reference
 * with the offset of its value in the text.
 *
 * <p>A small tokenizer rather than a full HTML parser: it walks tags and their attributes (quoted or not),
 * skips comments, doctypes and CDATA, does not look for tags inside {@code <script>} and {@code <style>}
 * (but reads {@code url(…)} in styles), and decodes the character references an attribute value may hold.
 * That is all the built site needs, and it keeps the engine free of an HTML library.
 */
final class ReferenceScanner {

    /** One reference: the attribute it stands in ({@code href}, {@code src}, {@code css}, …) and its value. */
    record Reference(String tag, String attribute, String value, int offset, boolean asset) {}

    /** What one file holds: its references, the ids a fragment may name, and its {@code <base href>}. */
    record Scan(List<Reference> references, Set<String> ids, Optional<String> base) {}

    private static final Pattern CSS_URL = Pattern.compile(
            "url\\(\\s*(?:\"([^\"]*)\"|'([^']*)'|([^)\"'\\s]*))\\s*\\)|@import\\s+(?:\"([^\"]*)\"|'([^']*)')");
    private static final Pattern REFRESH_URL = Pattern.compile("(?i)^\\s*\\d*\\s*[;,]?\\s*url\\s*=\\s*['\"]?([^'\"]*)");
    private static final Set<String> ASSET_RELS = Set.of("stylesheet", "icon", "preload", "manifest", "apple-touch-icon");
    private static final Pattern ENTITY = Pattern.compile("&(#[0-9]+|#[xX][0-9a-fA-F]+|amp|lt|gt|quot|apos);");

    private final String text;
    private final List<Reference> references = new ArrayList<>();
    private final Set<String> ids = new HashSet<>();
    private String base;

    private ReferenceScanner(String text) {
        this.text = text;
    }

    /** Scans an HTML or XML document. */
    static Scan markup(String text) {
        ReferenceScanner scanner = new ReferenceScanner(text);
        scanner.scanMarkup();
        return new Scan(List.copyOf(scanner.references), Set.copyOf(scanner.ids), Optional.ofNullable(scanner.base));
    }

    /** Scans a style sheet. */
    static Scan css(String text) {
        ReferenceScanner scanner = new ReferenceScanner(text);
        scanner.scanCss(0, text.length());
        return new Scan(List.copyOf(scanner.references), Set.of(), Optional.empty());
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
        emit(name, attributes);
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
                add(name, "loc", value.strip(), from + lead, false);
            }
            return from;
        }
        int end = from;
        while ((end = text.indexOf("</", end)) >= 0 && !text.regionMatches(true, end + 2, name, 0, name.length())) {
            end += 2;
        }
        end = end < 0 ? text.length() : end;
        if (name.equals("style")) {
            scanCss(from, end);
        }
        return end;
    }

    private void emit(String tag, Map<String, int[]> attributes) {
        String rel = value(attributes, "rel").toLowerCase(Locale.ROOT);
        boolean assetLink = tag.equals("link") && List.of(rel.split("\\s+")).stream().anyMatch(ASSET_RELS::contains);
        attributes.forEach((name, span) -> {
            String value = decode(text.substring(span[0], span[1]));
            switch (name) {
                case "id" -> ids.add(value);
                case "name" -> {
                    if (tag.equals("a")) {
                        ids.add(value);
                    }
                }
                case "href" -> {
                    if (tag.equals("base")) {
                        base = value;
                    } else {
                        add(tag, name, value, span[0], assetLink);
                    }
                }
                case "src", "poster" -> add(tag, name, value, span[0], true);
                case "action" -> add(tag, name, value, span[0], false);
                case "data" -> {
                    if (tag.equals("object")) {
                        add(tag, name, value, span[0], true);
                    }
                }
                case "srcset" -> srcset(tag, value, span[0]);
                case "content" -> refresh(tag, attributes, value, span[0]);
                default -> { }
            }
        });
    }

    private void srcset(String tag, String value, int offset) {
        for (String candidate : value.split(",")) {
            String url = candidate.strip().split("\\s+")[0];
            if (!url.isEmpty()) {
                add(tag, "srcset", url, offset, true);
            }
        }
    }

    private void refresh(String tag, Map<String, int[]> attributes, String value, int offset) {
        if (tag.equals("meta") && value(attributes, "http-equiv").equalsIgnoreCase("refresh")) {
            Matcher m = REFRESH_URL.matcher(value);
            if (m.find() && !m.group(1).isBlank()) {
                add(tag, "content", m.group(1).strip(), offset, false);
            }
        }
    }

    private void scanCss(int from, int to) {
        Matcher m = CSS_URL.matcher(text).region(from, to);
        while (m.find()) {
            for (int g = 1; g <= 5; g++) {
                if (m.group(g) != null && !m.group(g).isBlank()) {
                    add("style", "url", m.group(g).strip(), m.start(g), true);
                }
            }
        }
    }

    private void add(String tag, String attribute, String value, int offset, boolean asset) {
        if (!value.isBlank()) {
            references.add(new Reference(tag, attribute, value.strip(), offset, asset));
        }
    }

    private String value(Map<String, int[]> attributes, String name) {
        int[] span = attributes.get(name);
        return span == null ? "" : decode(text.substring(span[0], span[1]));
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

    /** Decodes the character references an attribute value may hold; others are left as written. */
    static String decode(String value) {
        if (value.indexOf('&') < 0) {
            return value;
        }
        Matcher m = ENTITY.matcher(value);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String entity = m.group(1);
            String replacement = switch (entity) {
                case "amp" -> "&";
                case "lt" -> "<";
                case "gt" -> ">";
                case "quot" -> "\"";
                case "apos" -> "'";
                default -> codePoint(entity);
            };
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String codePoint(String entity) {
        try {
            boolean hex = entity.charAt(1) == 'x' || entity.charAt(1) == 'X';
            int cp = Integer.parseInt(entity.substring(hex ? 2 : 1), hex ? 16 : 10);
            return Character.isValidCodePoint(cp) ? new String(Character.toChars(cp)) : "&" + entity + ";";
        } catch (NumberFormatException e) {
            return "&" + entity + ";";
        }
    }
}
