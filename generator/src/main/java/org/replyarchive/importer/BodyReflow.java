package org.replyarchive.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Joins the lines of an extracted body into paragraphs and marks their structure in Markdown.
 *
 * <p>Extraction breaks lines where the page ended and puts blank lines anywhere, so neither a line end nor a blank
 * line means a new paragraph. A new paragraph starts where the text says so: at an indented line (when the text
 * indents its paragraphs, as published replies do), at a heading ({@code 一、}, {@code （一）}) after a finished
 * sentence, or, in a text without indentation, at a heading or after a line that ends a sentence or falls well short
 * of the page's width. Spaces next to Chinese text are removed; a space between two Latin words or numbers is kept.
 */
final class BodyReflow {

    /** The half-width columns from which a line counts as indented. */
    private static final int INDENT = 2;
    private static final int SECTION_MAX = 100;
    private static final int SUBSECTION_MAX = 30;
    private static final int LABEL_MAX = 20;
    /** The width from which a text without indentation is taken as wrapped at a page's width. */
    private static final int WRAPPED_MIN = 20;

    private static final Pattern SECTION = Pattern.compile("^[一二三四五六七八九十]{1,3}、");
    private static final Pattern SUBSECTION = Pattern.compile("^[（(][一二三四五六七八九十]{1,3}[）)]");
    private static final Pattern QUOTED = Pattern.compile("^《(?:建议|提案|意见)》中?(?:提出|指出|建议|认为)");
    private static final Pattern SENTENCE_END = Pattern.compile("[。！？!?…][”’」』）)》]*$");
    private static final Pattern CLAUSE_END = Pattern.compile("[。；，、,;]$");
    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "[-—–－_·•]*\\d{1,3}[-—–－_·•]*|第\\d{1,3}页(?:[,，/]?共\\d{1,3}页)?|\\d{1,3}/\\d{1,3}");

    private BodyReflow() {}

    /** Whether {@code line} holds only a page number ({@code - 3 -}, {@code 第3页 共9页}, {@code 3/9}). */
    static boolean isPageNumber(TextLine line) {
        return PAGE_NUMBER.matcher(line.compact()).matches();
    }

    /** The paragraphs of {@code lines}, each on one line, spaces inside Chinese text removed. */
    static List<String> paragraphs(List<TextLine> lines) {
        List<TextLine> text = lines.stream().filter(line -> !line.isBlank()).toList();
        long indented = text.stream().filter(line -> line.indent() >= INDENT).count();
        boolean byIndent = indented >= 2 || indented == text.size();
        int width = text.stream().mapToInt(line -> line.compact().length()).max().orElse(0);
        List<String> paragraphs = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        String previous = null;
        for (TextLine line : text) {
            String cleaned = cleanSpaces(line.text());
            if (previous != null && startsParagraph(previous, line, cleaned, byIndent ? -1 : width)) {
                paragraphs.add(current.toString());
                current.setLength(0);
            }
            join(current, cleaned);
            previous = cleaned;
        }
        if (!current.isEmpty()) {
            paragraphs.add(current.toString());
        }
        return paragraphs;
    }

    /**
     * Whether {@code line} starts a paragraph after {@code previous}.
     *
     * @param width the widest line of a text that does not indent its paragraphs, or -1 for one that does
     */
    private static boolean startsParagraph(String previous, TextLine line, String cleaned, int width) {
        boolean heading = SECTION.matcher(cleaned).find() || SUBSECTION.matcher(cleaned).find();
        boolean sentenceEnded = SENTENCE_END.matcher(previous).find();
        if (width < 0) {
            return line.indent() >= INDENT || heading && sentenceEnded;
        }
        // In a text wrapped at a page width, a line well short of it is the last line of its paragraph.
        boolean shortLine = width >= WRAPPED_MIN && TextLine.compact(previous).length() * 10 < width * 7;
        return heading || sentenceEnded || shortLine || previous.endsWith("：") && previous.length() <= LABEL_MAX;
    }

    /** Appends a line to a paragraph; only two Latin letters or digits meeting at the break need a space. */
    private static void join(StringBuilder paragraph, String line) {
        if (!paragraph.isEmpty() && !line.isEmpty()
                && isLatinWordChar(paragraph.charAt(paragraph.length() - 1)) && isLatinWordChar(line.charAt(0))) {
            paragraph.append(' ');
        }
        paragraph.append(line);
    }

    /** Removes white space next to anything but ASCII; between two ASCII characters one space remains. */
    static String cleanSpaces(String line) {
        String text = line.strip();
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (!TextLine.isSpace(c)) {
                out.append(c);
                i++;
                continue;
            }
            int end = i;
            while (end < text.length() && TextLine.isSpace(text.charAt(end))) {
                end++;
            }
            boolean between = !out.isEmpty() && end < text.length();
            if (between && isAscii(out.charAt(out.length() - 1)) && isAscii(text.charAt(end))) {
                out.append(' ');
            }
            i = end;
        }
        return out.toString();
    }

    private static boolean isAscii(char c) {
        return c > ' ' && c < 0x7F;
    }

    private static boolean isLatinWordChar(char c) {
        return c < 0x7F && Character.isLetterOrDigit(c);
    }

    /**
     * The paragraphs as a Markdown body: {@code 一、…} as a {@code ##} heading, a short standalone {@code （一）…}
     * as a {@code ###} heading, {@code 《建议》提出…} quoted; a blank line between paragraphs.
     */
    static String markdown(List<String> paragraphs) {
        return paragraphs.stream().map(BodyReflow::markup).collect(Collectors.joining("\n\n", "", "\n"));
    }

    static String markup(String paragraph) {
        int length = paragraph.codePointCount(0, paragraph.length());
        if (SECTION.matcher(paragraph).find() && length <= SECTION_MAX) {
            return "## " + paragraph;
        }
        if (SUBSECTION.matcher(paragraph).find() && length <= SUBSECTION_MAX
                && !CLAUSE_END.matcher(paragraph).find()) {
            return "### " + paragraph;
        }
        if (QUOTED.matcher(paragraph).find()) {
            return "> " + paragraph;
        }
        return paragraph;
    }

    /** Whether a paragraph opens with {@code （一）}; gives the text after that marker, for co-handler matching. */
    static Optional<String> afterSubsectionMarker(String paragraph) {
        Matcher m = SUBSECTION.matcher(paragraph);
        return m.find() ? Optional.of(paragraph.substring(m.end())) : Optional.empty();
    }
}
