package org.replyarchive.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.AttributeProvider;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.text.TextContentRenderer;

/**
 * Renders Markdown bodies. Built once per build and shared: commonmark's parser and renderer are
 * thread-safe, and the per-document heading-id state lives in a fresh object per call.
 *
 * <pre>{@code
 * RenderedBody body = new MarkdownRenderer().render("## 一、关于…\n\n正文");
 * }</pre>
 */
public final class MarkdownRenderer {

    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());

    private final Parser parser = Parser.builder().extensions(EXTENSIONS).build();
    private final HtmlRenderer htmlRenderer = HtmlRenderer.builder()
            .extensions(EXTENSIONS)
            // Content comes from files anyone may edit: raw HTML is shown as text, never run.
            .escapeHtml(true)
            .sanitizeUrls(true)
            .attributeProviderFactory(context -> new DocumentAttributes())
            .build();
    private final TextContentRenderer textRenderer = TextContentRenderer.builder().build();

    /** Renders {@code markdown} to HTML with heading ids, and collects its table of contents. */
    public RenderedBody render(String markdown) {
        if (markdown.isBlank()) {
            return RenderedBody.EMPTY;
        }
        Node document = parser.parse(markdown);
        return new RenderedBody(htmlRenderer.render(document), tableOfContents(document));
    }

    /**
     * The words of {@code markdown} without markup, one block per line, for search: no quotation marks
     * around quotes, no link addresses.
     */
    public String plainText(String markdown) {
        StringBuilder text = new StringBuilder();
        parser.parse(markdown).accept(new AbstractVisitor() {
            @Override
            public void visit(org.commonmark.node.Text node) {
                text.append(node.getLiteral());
            }

            @Override
            public void visit(org.commonmark.node.Code node) {
                text.append(node.getLiteral());
            }

            @Override
            public void visit(org.commonmark.node.SoftLineBreak node) {
                text.append(' ');
            }

            @Override
            public void visit(org.commonmark.node.HardLineBreak node) {
                text.append('\n');
            }

            @Override
            public void visit(org.commonmark.node.Paragraph node) {
                visitChildren(node);
                text.append('\n');
            }

            @Override
            public void visit(Heading node) {
                visitChildren(node);
                text.append('\n');
            }

            @Override
            public void visit(org.commonmark.node.CustomNode node) {
                // Table cells and rows: words of neighbouring cells must not run together.
                visitChildren(node);
                text.append(node instanceof org.commonmark.ext.gfm.tables.TableCell ? ' ' : '\n');
            }

            @Override
            public void visit(org.commonmark.node.CustomBlock node) {
                visitChildren(node);
                text.append('\n');
            }

            @Override
            public void visit(org.commonmark.node.HtmlInline node) {
                text.append(node.getLiteral());
            }

            @Override
            public void visit(org.commonmark.node.HtmlBlock node) {
                text.append(node.getLiteral()).append('\n');
            }
        });
        return text.toString().strip();
    }

    private List<TocEntry> tableOfContents(Node document) {
        List<TocEntry> toc = new ArrayList<>();
        HeadingIds ids = new HeadingIds();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Heading heading) {
                String text = textRenderer.render(heading).strip();
                String id = ids.next(text);
                if (heading.getLevel() == 2 || heading.getLevel() == 3) {
                    toc.add(new TocEntry(heading.getLevel(), id, text));
                }
            }
        });
        return toc;
    }

    /**
     * Sets heading ids in document order, the same order {@link #tableOfContents} walks, so both give each
     * heading the same id; marks quoted proposal text with a class.
     */
    private final class DocumentAttributes implements AttributeProvider {
        private final HeadingIds ids = new HeadingIds();

        @Override
        public void setAttributes(Node node, String tagName, Map<String, String> attributes) {
            if (node instanceof Heading heading) {
                attributes.put("id", ids.next(textRenderer.render(heading).strip()));
            } else if (node instanceof BlockQuote) {
                attributes.put("class", "proposal-quote");
            }
        }
    }
}
