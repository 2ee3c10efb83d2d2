package org.replyarchive.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlWriter;
import org.replyarchive.config.Language;

/**
 * Finds {@code {sic:…|…}} marks in the text of a parsed document and renders them: the printed text, then a
 * note in the page's language with the likely reading ({@code 〔原文如此，疑为“150所”〕}, {@code [sic: 150所]}), its
 * words from the theme's UI string {@code sic_note}.
 */
final class SourceMarks {

    /** The note where no words are given: the reading in brackets. */
    private static final String WORDLESS = "[{reading}]";

    private final Map<Language, String> notes;

    /** Marks noted with {@code notes}, per language a text holding {@code {reading}}. */
    SourceMarks(Map<Language, String> notes) {
        this.notes = Map.copyOf(notes);
    }

    /** Replaces each mark written in a text node of {@code document} by a {@link SourceMark}. */
    static void find(Node document) {
        List<Text> texts = new ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Text text) {
                if (text.getLiteral().contains("{sic:")) {
                    texts.add(text);
                }
            }
        });
        texts.forEach(SourceMarks::split);
    }

    private static void split(Text text) {
        Matcher m = SourceMark.SYNTAX.matcher(text.getLiteral());
        int last = 0;
        while (m.find()) {
            if (m.start() > last) {
                text.insertBefore(new Text(text.getLiteral().substring(last, m.start())));
            }
            text.insertBefore(new SourceMark(m.group(1), m.group(2)));
            last = m.end();
        }
        if (last > 0) {
            if (last < text.getLiteral().length()) {
                text.insertBefore(new Text(text.getLiteral().substring(last)));
            }
            text.unlink();
        }
    }

    /** The renderer of marks in a page of {@code language}. */
    NodeRenderer renderer(HtmlNodeRendererContext context, Language language) {
        String note = language == null ? WORDLESS : notes.getOrDefault(language, WORDLESS);
        HtmlWriter html = context.getWriter();
        return new NodeRenderer() {
            @Override
            public Set<Class<? extends Node>> getNodeTypes() {
                return Set.of(SourceMark.class);
            }

            @Override
            public void render(Node node) {
                SourceMark mark = (SourceMark) node;
                html.tag("span", Map.of("class", "sic"));
                html.text(mark.printed());
                html.tag("/span");
                html.tag("span", Map.of("class", "sic-note"));
                html.text(note.replace("{reading}", mark.reading()));
                html.tag("/span");
            }
        };
    }
}
