package org.replyarchive.markdown;

import org.commonmark.node.Heading;
import org.commonmark.node.Node;

/**
 * Gives each {@code ##} point of a text a permanent link to itself, so that a reader can cite "point 二" of a
 * reply by its address. The link has no text of its own (the theme's CSS draws its sign) and is named by its
 * heading, so search snippets and read-aloud, which read the text, do not see it.
 */
final class HeadingAnchors {

    private HeadingAnchors() {}

    /** {@code html}, the rendering of {@code block}, with the link added when it is a {@code ##} heading. */
    static String add(Node block, String html, String id) {
        if (!(block instanceof Heading heading) || heading.getLevel() != 2 || id == null) {
            return html;
        }
        int end = html.lastIndexOf("</h2>");
        if (end < 0) {
            return html;
        }
        // The id comes from HeadingIds, which makes it of letters, digits and hyphens only: safe in an attribute.
        return html.substring(0, end) + "<a class=\"heading-anchor\" href=\"#" + id + "\" aria-labelledby=\"" + id
                + "\"></a>" + html.substring(end);
    }
}
