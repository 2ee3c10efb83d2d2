package org.replyarchive.markdown;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Heading;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlWriter;
import org.replyarchive.config.Language;

/**
 * Marks the glossary terms and cited documents of one parsed text: the first occurrence of each in every
 * {@code ##} point (and in the text before the first), never inside a heading, link, code, 《…》 title or 文号.
 *
 * <p>Per point rather than per page: a reader often arrives at a point by its permanent link or from a search
 * result, and should find the terms of what they read explained there, not only in a point above; marking every
 * occurrence would make a paragraph a row of links.
 */
final class TextMarker {

    private final TextMarks marks;
    private final Language language;
    private final Set<String> terms = new LinkedHashSet<>();
    private final Set<String> documents = new LinkedHashSet<>();
    private final Set<String> termsInPoint = new HashSet<>();
    private final Set<String> documentsInPoint = new HashSet<>();

    private TextMarker(TextMarks marks, Language language) {
        this.marks = marks;
        this.language = language;
    }

    /**
     * Marks {@code document}, a text in {@code language}, with what {@code marks} finds; returns the keys of the
     * terms and documents marked, in order of first mark.
     */
    static List<List<String>> mark(Node document, TextMarks marks, Language language) {
        TextMarker marker = new TextMarker(marks, language);
        for (Node block = document.getFirstChild(); block != null; block = block.getNext()) {
            if (block instanceof Heading heading) {
                if (heading.getLevel() <= 2) {
                    marker.termsInPoint.clear();
                    marker.documentsInPoint.clear();
                }
                continue;
            }
            texts(block).forEach(marker::split);
        }
        return List.of(List.copyOf(marker.terms), List.copyOf(marker.documents));
    }

    /** The text nodes of {@code block} outside links and images, whose words are already a link's. */
    private static List<Text> texts(Node block) {
        List<Text> texts = new ArrayList<>();
        block.accept(new AbstractVisitor() {
            @Override
            public void visit(Text text) {
                texts.add(text);
            }

            @Override
            public void visit(Link link) {}

            @Override
            public void visit(Image image) {}

            @Override
            public void visit(Heading heading) {}
        });
        return texts;
    }

    private record Span(int start, int end, TextMark.Kind kind, String key) {}

    private void split(Text text) {
        String literal = text.getLiteral();
        boolean[] taken = new boolean[literal.length()];
        List<Span> spans = new ArrayList<>();
        List<CitationFinder.Cited> unregisteredTitles = new ArrayList<>();
        for (CitationFinder.Cited cited : marks.citations(language).in(literal)) {
            if (cited.key() == null && cited.title()) {
                // Not a link: a term may be the whole title (《建议》, the proposal itself), never a part of it.
                unregisteredTitles.add(cited);
                continue;
            }
            java.util.Arrays.fill(taken, cited.start(), cited.end(), true);
            if (cited.key() != null && documentsInPoint.add(cited.key())) {
                documents.add(cited.key());
                spans.add(new Span(cited.start(), cited.end(), TextMark.Kind.DOCUMENT, cited.key()));
            }
        }
        for (TermFinder.Found found : marks.terms(language).in(literal, taken)) {
            if (insidePart(found, unregisteredTitles)) {
                continue;
            }
            if (termsInPoint.add(found.key())) {
                terms.add(found.key());
                spans.add(new Span(found.start(), found.end(), TextMark.Kind.TERM, found.key()));
            }
        }
        if (spans.isEmpty()) {
            return;
        }
        spans.sort(Comparator.comparingInt(Span::start));
        int last = 0;
        for (Span span : spans) {
            if (span.start() > last) {
                text.insertBefore(new Text(literal.substring(last, span.start())));
            }
            text.insertBefore(new TextMark(span.kind(), span.key(), literal.substring(span.start(), span.end())));
            last = span.end();
        }
        if (last < literal.length()) {
            text.insertBefore(new Text(literal.substring(last)));
        }
        text.unlink();
    }

    private static boolean insidePart(TermFinder.Found found, List<CitationFinder.Cited> titles) {
        return titles.stream().anyMatch(t -> found.start() < t.end() && found.end() > t.start()
                && (found.start() != t.start() || found.end() != t.end()));
    }

    /** The renderer of the marks of a text marked with {@code marking}. */
    static NodeRenderer renderer(HtmlNodeRendererContext context, Marking marking) {
        HtmlWriter html = context.getWriter();
        return new NodeRenderer() {
            @Override
            public Set<Class<? extends Node>> getNodeTypes() {
                return Set.of(TextMark.class);
            }

            @Override
            public void render(Node node) {
                TextMark mark = (TextMark) node;
                // In a fixed order: the same text gives the same bytes in every run.
                Map<String, String> attributes = new LinkedHashMap<>();
                if (mark.kind() == TextMark.Kind.TERM) {
                    attributes.put("class", "term");
                    attributes.put("href", marking.termHref(mark.key()));
                    attributes.put("aria-describedby", Marking.descriptionId(marking.language(), mark.key()));
                } else {
                    attributes.put("class", "cited-document");
                    attributes.put("href", marking.documentHref(mark.key()));
                }
                html.tag("a", attributes);
                html.text(mark.literal());
                html.tag("/a");
            }
        };
    }
}
