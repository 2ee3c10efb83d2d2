package org.replyarchive.markdown;

import java.util.ArrayList;
import java.util.IdentityHashMap;
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
import org.replyarchive.config.Language;

/**
 * Renders Markdown bodies. Built once per build and shared: commonmark's parser and renderers are
 * thread-safe, and the per-document state (heading ids) lives in a fresh object per call.
 *
 * <pre>{@code
 * RenderedBody body = new MarkdownRenderer().render("## 一、关于…\n\n正文");
 * }</pre>
 */
public final class MarkdownRenderer {

    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());

    private final Parser parser = Parser.builder().extensions(EXTENSIONS).build();
    private final TextContentRenderer textRenderer = TextContentRenderer.builder().build();
    private final SourceMarks marks;

    /** A renderer whose {@code {sic:…|…}} notes show the reading in brackets, with no words. */
    public MarkdownRenderer() {
        this(Map.of());
    }

    /**
     * A renderer whose {@code {sic:…|…}} notes are, per language, {@code sicNotes}' text with the likely reading in
     * place of {@code {reading}} (the theme's UI string {@code sic_note}).
     */
    public MarkdownRenderer(Map<Language, String> sicNotes) {
        this.marks = new SourceMarks(sicNotes);
    }

    /**
     * Renders {@code markdown} to HTML block by block, with heading ids, and collects its table of contents:
     * the ids are given in one walk of the document, so the contents and the headings always agree.
     */
    public RenderedBody render(String markdown) {
        return render(markdown, null);
    }

    /** Renders {@code markdown} for a page in {@code language}, whose words the notes of source marks take. */
    public RenderedBody render(String markdown, Language language) {
        return render(markdown, language, null);
    }

    /**
     * Renders {@code markdown} for a page in {@code language}, its glossary terms and cited documents marked as
     * {@code marking} says (none when null).
     */
    public RenderedBody render(String markdown, Language language, Marking marking) {
        return render(parse(markdown, language, marking == null ? null : marking.marks()), marking);
    }

    /**
     * Parses {@code markdown}, a text in {@code language}, gives its headings their ids and finds its glossary
     * terms and cited documents with {@code marks} (none when null): all of its rendering that does not depend
     * on the page it is shown on, so that a text shown on several pages is parsed once.
     */
    public ParsedText parse(String markdown, Language language, TextMarks marks) {
        if (markdown.isBlank()) {
            return new ParsedText(null, Map.of(), List.of(), List.of(List.of(), List.of()), List.of(), language,
                    marks != null);
        }
        Node document = parser.parse(markdown);
        SourceMarks.find(document);
        Map<Node, String> ids = new IdentityHashMap<>();
        List<TocEntry> toc = headings(document, ids);
        List<List<String>> marked = marks == null ? List.of(List.of(), List.of())
                : TextMarker.mark(document, marks, language);
        List<String> words = new ArrayList<>();
        for (Node block = document.getFirstChild(); block != null; block = block.getNext()) {
            words.add(PlainText.of(block));
        }
        return new ParsedText(document, ids, toc, marked, words, language, marks != null);
    }

    /**
     * Renders {@code text} once for every page whose links {@code marking} makes but for where the page stands:
     * the links start with a placeholder that {@link RenderedBody#linkedFrom} replaces by each page's way to the
     * root. (The reply page and the side-by-side views show the same texts at different depths.)
     */
    public RenderedBody renderForAnyPage(ParsedText text, Marking marking) {
        return render(text, marking.from(RenderedBody.LINKS_FROM));
    }

    /**
     * Renders {@code text} for a page, its marks linked as {@code marking} says: which must be given exactly
     * when the text was parsed with marks, and be in the text's language.
     */
    public RenderedBody render(ParsedText text, Marking marking) {
        if ((marking != null) != text.marked() || marking != null && marking.language() != text.language()) {
            throw new IllegalArgumentException("a text parsed " + (text.marked() ? "with" : "without")
                    + " marks in " + text.language() + " rendered with marking " + marking);
        }
        if (text.document() == null) {
            return RenderedBody.EMPTY;
        }
        HtmlRenderer html = htmlRenderer(text.ids(), text.language(), marking);
        List<RenderedBody.Block> blocks = new ArrayList<>();
        int i = 0;
        for (Node block = text.document().getFirstChild(); block != null; block = block.getNext()) {
            String rendered = HeadingAnchors.add(block, html.render(block), text.ids().get(block));
            blocks.add(new RenderedBody.Block(rendered, text.words().get(i++)));
        }
        return new RenderedBody(blocks, text.toc(), text.terms().get(0), text.terms().get(1));
    }

    /**
     * The words of {@code markdown} without markup, one block per line: what search and fidelity checks
     * read.
     */
    public String plainText(String markdown) {
        Node document = parser.parse(markdown);
        SourceMarks.find(document);
        return PlainText.of(document);
    }

    /** Gives every heading its id in document order, and lists the {@code ##} and {@code ###} ones. */
    private List<TocEntry> headings(Node document, Map<Node, String> ids) {
        List<TocEntry> toc = new ArrayList<>();
        HeadingIds unique = new HeadingIds();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Heading heading) {
                String text = textRenderer.render(heading).strip();
                String id = unique.next(text);
                ids.put(heading, id);
                if (heading.getLevel() == 2 || heading.getLevel() == 3) {
                    toc.add(new TocEntry(heading.getLevel(), id, text));
                }
            }
        });
        return toc;
    }

    /**
     * A renderer for one document, whose headings get the ids given to them; a renderer is cheap to build, and
     * holding the ids in it keeps each document's state out of the shared objects.
     */
    private HtmlRenderer htmlRenderer(Map<Node, String> ids, Language language, Marking marking) {
        HtmlRenderer.Builder builder = HtmlRenderer.builder()
                .extensions(EXTENSIONS)
                // Content comes from files anyone may edit: raw HTML is shown as text, never run.
                .escapeHtml(true)
                .sanitizeUrls(true)
                .urlSanitizer(new UrlPolicy())
                .attributeProviderFactory(context -> new DocumentAttributes(ids))
                .nodeRendererFactory(context -> marks.renderer(context, language));
        if (marking != null) {
            builder.nodeRendererFactory(context -> TextMarker.renderer(context, marking));
        }
        return builder.build();
    }

    /** Sets the heading ids given in {@link #headings}; marks quoted proposal text with a class. */
    private record DocumentAttributes(Map<Node, String> ids) implements AttributeProvider {
        @Override
        public void setAttributes(Node node, String tagName, Map<String, String> attributes) {
            if (node instanceof Heading) {
                attributes.put("id", ids.get(node));
            } else if (node instanceof BlockQuote) {
                attributes.put("class", "proposal-quote");
            }
        }
    }
}
