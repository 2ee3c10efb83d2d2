package org.replyarchive.check;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.replyarchive.check.ReferenceScanner.Reference;
import org.replyarchive.check.ReferenceScanner.Scan;

/**
 * What the tags of one file say: which attributes are links, which are assets ({@code src}, style sheets,
 * icons), which are anchor ids, and the {@code <base href>}. {@link ReferenceScanner} finds the tags; this
 * class knows what they mean. Per file; not thread-safe.
 */
final class FoundReferences {

    private static final Pattern CSS_URL = Pattern.compile(
            "url\\(\\s*(?:\"([^\"]*)\"|'([^']*)'|([^)\"'\\s]*))\\s*\\)|@import\\s+(?:\"([^\"]*)\"|'([^']*)')");
    private static final Pattern REFRESH_URL = Pattern.compile("(?i)^\\s*\\d*\\s*[;,]?\\s*url\\s*=\\s*['\"]?([^'\"]*)");
    private static final Set<String> ASSET_RELS = Set.of("stylesheet", "icon", "preload", "manifest", "apple-touch-icon");

    private final String text;
    private final List<Reference> references = new ArrayList<>();
    private final Set<String> ids = new HashSet<>();
    private String base;

    FoundReferences(String text) {
        this.text = text;
    }

    /** Everything taken so far. */
    Scan scan() {
        return new Scan(List.copyOf(references), Set.copyOf(ids), Optional.ofNullable(base));
    }

    /** Takes the references and ids of one tag, given as attribute name → {value start, value end}. */
    void tag(String tag, Map<String, int[]> attributes) {
        String rel = value(attributes, "rel").toLowerCase(Locale.ROOT);
        boolean assetLink = tag.equals("link") && List.of(rel.split("\\s+")).stream().anyMatch(ASSET_RELS::contains);
        attributes.forEach((name, span) -> {
            String value = CharacterReferences.decode(text.substring(span[0], span[1]));
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

    /** Takes the {@code url(…)}s and {@code @import}s of the style sheet text between {@code from} and {@code to}. */
    void css(int from, int to) {
        Matcher m = CSS_URL.matcher(text).region(from, to);
        while (m.find()) {
            for (int g = 1; g <= 5; g++) {
                if (m.group(g) != null && !m.group(g).isBlank()) {
                    add("style", "url", m.group(g).strip(), m.start(g), true);
                }
            }
        }
    }

    /** Takes one reference at {@code offset} of the text, unless its value is blank. */
    void add(String tag, String attribute, String value, int offset, boolean asset) {
        if (!value.isBlank()) {
            references.add(new Reference(tag, attribute, value.strip(), offset, asset));
        }
    }

    private String value(Map<String, int[]> attributes, String name) {
        int[] span = attributes.get(name);
        return span == null ? "" : CharacterReferences.decode(text.substring(span[0], span[1]));
    }
}
