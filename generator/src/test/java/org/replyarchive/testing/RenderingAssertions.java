package org.replyarchive.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.replyarchive.markdown.MarkdownRenderer;

/**
 * Compares rendered Markdown with the whole expected HTML, commonmark-style: the source is appended to both
 * sides so a failing diff shows the input, and tabs are shown as {@code →} so that they can be seen.
 */
public final class RenderingAssertions {

    private static final MarkdownRenderer RENDERER = new MarkdownRenderer();

    private RenderingAssertions() {}

    public static void assertRendering(String markdown, String expectedHtml) {
        assertEquals(withSource(expectedHtml, markdown), withSource(RENDERER.render(markdown).html(), markdown));
    }

    private static String withSource(String html, String markdown) {
        return visible(html) + "\n\n--- from the Markdown ---\n" + visible(markdown);
    }

    private static String visible(String text) {
        return text.replace("\t", "→");
    }
}
