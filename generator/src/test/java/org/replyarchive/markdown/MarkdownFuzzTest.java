package org.replyarchive.markdown;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.code_intelligence.jazzer.mutation.annotation.NotNull;
import java.util.Locale;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * The renderer takes any Markdown and its HTML stays inert: only the elements Markdown makes, no event
 * handler, no address that runs code.
 */
class MarkdownFuzzTest {

    private static final MarkdownRenderer RENDERER = new MarkdownRenderer();
    private static final Set<String> ELEMENTS = Set.of("body", "p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote",
            "ul", "ol", "li", "a", "img", "em", "strong", "code", "pre", "hr", "br", "table", "thead", "tbody", "tr",
            "th", "td");

    @FuzzTest(maxDuration = "30s")
    void anyMarkdownRendersToInertHtml(@NotNull String markdown) {
        StringBuilder html = new StringBuilder();
        RENDERER.render(markdown).blocks().forEach(block -> html.append(block.html()));
        for (Element element : Jsoup.parseBodyFragment(html.toString()).body().getAllElements()) {
            assertTrue(ELEMENTS.contains(element.tagName()), "unexpected <" + element.tagName() + "> from " + markdown);
            element.attributes().forEach(attribute -> {
                assertFalse(attribute.getKey().toLowerCase(Locale.ROOT).startsWith("on"), attribute.getKey());
                String value = attribute.getValue().replaceAll("[\\x00-\\x20]", "").toLowerCase(Locale.ROOT);
                boolean isUrl = attribute.getKey().equals("href") || attribute.getKey().equals("src");
                assertFalse(isUrl && (value.startsWith("javascript:") || value.startsWith("vbscript:")
                        || value.startsWith("data:")), attribute.getKey() + "=" + attribute.getValue());
            });
        }
    }
}
