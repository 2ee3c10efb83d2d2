package org.replyarchive.content;

import java.util.List;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.replyarchive.problem.Problems;
import org.replyarchive.problem.SourcePosition;

/**
 * The addresses a link or image of a body may have: {@code http}, {@code https}, {@code mailto}, or a
 * relative URL. Anything else ({@code javascript:}, {@code data:}, {@code file:}, {@code //host}) could run
 * code or fetch from elsewhere in a reader's browser, so it is an error at the link, not silently rewritten.
 */
final class LinkPolicy {

    private static final Parser PARSER = Parser.builder().includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
            .extensions(List.of(org.commonmark.ext.gfm.tables.TablesExtension.create())).build();

    private LinkPolicy() {}

    /** Reports each link or image of {@code markdown} (starting at line {@code firstLine}) with another URL. */
    static void check(String markdown, String path, int firstLine, Problems problems) {
        if (cannotHoldLinks(markdown)) {
            return;
        }
        PARSER.parse(markdown).accept(new AbstractVisitor() {
            @Override
            public void visit(Link link) {
                checkUrl(link, link.getDestination(), "link");
                visitChildren(link);
            }

            @Override
            public void visit(Image image) {
                checkUrl(image, image.getDestination(), "image");
                visitChildren(image);
            }

            private void checkUrl(Node node, String url, String kind) {
                String refused = refusedScheme(url);
                if (refused == null) {
                    return;
                }
                List<SourceSpan> spans = node.getSourceSpans();
                SourcePosition at = spans.isEmpty() ? new SourcePosition(path, firstLine, 1)
                        : new SourcePosition(path, firstLine + spans.get(0).getLineIndex(),
                                spans.get(0).getColumnIndex() + 1);
                problems.error(at, "the " + kind + " address '" + shorten(url) + "' uses " + refused + ", which a"
                        + " page may not link to", "use an http:, https: or mailto: address, or a relative one such"
                        + " as ../about/");
            }
        });
    }

    /**
     * Whether {@code markdown} can hold no link or image at all, so that parsing it (most of what reading a
     * body costs) can be skipped: every link and image needs a {@code ]} (inline, reference, or a definition)
     * or a {@code <} (an autolink).
     */
    static boolean cannotHoldLinks(String markdown) {
        return markdown.indexOf(']') < 0 && markdown.indexOf('<') < 0;
    }

    /** What is wrong with {@code url} ("the scheme 'data:'"), or null if it is allowed. */
    static String refusedScheme(String url) {
        return org.replyarchive.markdown.UrlPolicy.refusal(url);
    }

    private static String shorten(String url) {
        return url.length() <= 40 ? url : url.substring(0, 40) + "…";
    }
}
