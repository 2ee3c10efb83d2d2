package org.replyarchive.markdown;

import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.CustomNode;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;

/**
 * The words of a Markdown node without markup, one block per line, for search: no quotation marks around
 * quotes, no link addresses, and table cells apart so that the words of neighbouring cells never run together.
 */
final class PlainText extends AbstractVisitor {

    private final StringBuilder text = new StringBuilder();

    static String of(Node node) {
        PlainText visitor = new PlainText();
        node.accept(visitor);
        return visitor.text.toString().strip();
    }

    @Override
    public void visit(Text node) {
        text.append(node.getLiteral());
    }

    @Override
    public void visit(Code node) {
        text.append(node.getLiteral());
    }

    @Override
    public void visit(SoftLineBreak node) {
        text.append(' ');
    }

    @Override
    public void visit(HardLineBreak node) {
        text.append('\n');
    }

    @Override
    public void visit(Paragraph node) {
        visitChildren(node);
        text.append('\n');
    }

    @Override
    public void visit(Heading node) {
        visitChildren(node);
        text.append('\n');
    }

    @Override
    public void visit(CustomNode node) {
        if (node instanceof SourceMark mark) {
            // Both, so that a search finds the reply by what was printed and by what was meant.
            text.append(mark.printed()).append(' ').append(mark.reading());
            return;
        }
        if (node instanceof TextMark mark) {
            text.append(mark.literal());
            return;
        }
        visitChildren(node);
        text.append(node instanceof TableCell ? ' ' : '\n');
    }

    @Override
    public void visit(CustomBlock node) {
        visitChildren(node);
        text.append('\n');
    }

    @Override
    public void visit(HtmlInline node) {
        text.append(node.getLiteral());
    }

    @Override
    public void visit(HtmlBlock node) {
        text.append(node.getLiteral()).append('\n');
    }
}
