package org.replyarchive.check;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.replyarchive.content.BodyReader;
import org.replyarchive.markdown.SourceMark;
import org.replyarchive.model.Disclosure;
import org.replyarchive.model.Reply;
import org.replyarchive.model.ReplyText;
import org.replyarchive.problem.Problem;
import org.replyarchive.problem.SourcePosition;
import org.replyarchive.render.DateText;

/**
 * Compares the official text of each reply that names a {@code source:} with that source, character by
 * character once markup and white space are removed. The body must stand in the source in one piece, and
 * what follows it there may only be the issuer and the date, which the site renders from the front matter.
 * An editor's mark on an error of the official text ({@code {sic:as printed|likely reading}}) is compared by
 * its printed part only: marking a typo keeps the text faithful. Reports the first divergence of each reply.
 */
public final class FidelityChecker {

    private static final Pattern MARKUP_AT_LINE_START = Pattern.compile("^\\s*(#{1,6}\\s+|>\\s?)+");
    private static final int CONTEXT = 12;

    private final Path contentDirectory;
    private final String issuer;

    /** A checker for the replies of {@code contentDirectory}, whose signatures name {@code issuer}. */
    public FidelityChecker(Path contentDirectory, String issuer) {
        this.contentDirectory = contentDirectory;
        this.issuer = issuer;
    }

    /** The problems of every reply that has a source and publishes its full text. */
    public List<Problem> check(List<Reply> replies) {
        List<Problem> problems = new ArrayList<>();
        for (Reply reply : replies) {
            if (reply.source().isPresent() && reply.disclosure() == Disclosure.FULL) {
                problems.addAll(check(reply, reply.texts().get(reply.officialLanguage()), reply.source().get().path()));
            }
        }
        return problems;
    }

    private List<Problem> check(Reply reply, ReplyText text, String source) {
        Normalized body = Normalized.ofMarkdown(new BodyReader(contentDirectory).markdown(text), text.firstBodyLine());
        java.util.Optional<String> read = read(source);
        if (read.isEmpty()) {
            return List.of(Problem.error(org.replyarchive.problem.SourcePosition.ofFile(text.path()), "the source file "
                    + source + " is not valid UTF-8, so the body cannot be compared with it", "save the source as"
                    + " UTF-8 (GB18030/GBK files must be converted, e.g. iconv -f GB18030 -t UTF-8)"));
        }
        String sourceText = normalize(read.get());
        if (body.text().isEmpty()) {
            return List.of();
        }
        String opening = body.text().substring(0, Math.min(CONTEXT, body.text().length()));
        int start = sourceText.indexOf(opening);
        if (start < 0) {
            return List.of(Problem.error(body.positionOf(text.path(), 0), "the body's opening «" + opening
                    + "» is not in the source " + source, "start the body where the source's salutation starts"));
        }
        for (int i = 0; i < body.text().length(); i++) {
            int j = start + i;
            if (j >= sourceText.length() || sourceText.charAt(j) != body.text().charAt(i)) {
                return List.of(Problem.error(body.positionOf(text.path(), i), "the text departs from its source "
                        + source + ": here «" + excerpt(body.text(), i) + "», in the source «"
                        + excerpt(sourceText, j) + "»", "restore the source's wording; repair only line breaks and"
                        + " spaces that the extraction broke"));
            }
        }
        String rest = sourceText.substring(start + body.text().length());
        String signature = normalize(issuer + DateText.format(reply.date(), reply.officialLanguage()));
        if (!rest.equals(signature)) {
            return List.of(Problem.error(body.positionOf(text.path(), body.text().length() - 1), "the body ends"
                    + " before its source " + source + " does: «" + excerpt(rest, 0) + "» follows in the source",
                    "add the missing text; only the issuer and date («" + signature + "») may follow the body"));
        }
        return List.of();
    }

    /** The source's text; empty if it is not UTF-8 (an export in GBK, say), which is the user's to fix. */
    private java.util.Optional<String> read(String source) {
        try {
            return java.util.Optional.of(StandardCharsets.UTF_8.newDecoder()
                    .decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(contentDirectory.resolve(source)))).toString());
        } catch (java.nio.charset.CharacterCodingException e) {
            return java.util.Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the source " + source, e);
        }
    }

    private static String excerpt(String text, int at) {
        if (at >= text.length()) {
            return "(end)";
        }
        return text.substring(at, Math.min(text.length(), at + CONTEXT)) + (at + CONTEXT < text.length() ? "…" : "");
    }

    /** Removes every kind of white space, including the ideographic space U+3000 and no-break spaces. */
    static String normalize(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().filter(cp -> !Character.isWhitespace(cp) && !Character.isSpaceChar(cp) && cp != '\uFEFF')
                .forEach(out::appendCodePoint);
        return out.toString();
    }

    /** Markdown reduced to its text, remembering the file line and column of each character kept. */
    private record Normalized(String text, int[] lines, int[] columns) {

        static Normalized ofMarkdown(String markdown, int firstLine) {
            StringBuilder text = new StringBuilder();
            List<int[]> positions = new ArrayList<>();
            String[] lines = markdown.split("\n", -1);
            for (int l = 0; l < lines.length; l++) {
                String line = lines[l];
                int offset = 0;
                java.util.regex.Matcher markup = MARKUP_AT_LINE_START.matcher(line);
                if (markup.find()) {
                    offset = markup.end();
                }
                java.util.regex.Matcher mark = SourceMark.SYNTAX.matcher(line);
                boolean marked = mark.find(offset);
                for (int c = offset; c < line.length(); c++) {
                    if (marked && c == mark.start()) {
                        // An editor's mark keeps the text as printed; only that part is compared with the source.
                        for (int p = mark.start(1); p < mark.end(1); p++) {
                            keep(line.charAt(p), firstLine + l, p + 1, text, positions);
                        }
                        c = mark.end() - 1;
                        marked = mark.find();
                        continue;
                    }
                    char ch = line.charAt(c);
                    boolean emphasis = ch == '*' && (c + 1 < line.length() && line.charAt(c + 1) == '*'
                            || c > 0 && line.charAt(c - 1) == '*');
                    if (!emphasis) {
                        keep(ch, firstLine + l, c + 1, text, positions);
                    }
                }
            }
            int[] lineOf = positions.stream().mapToInt(p -> p[0]).toArray();
            int[] columnOf = positions.stream().mapToInt(p -> p[1]).toArray();
            return new Normalized(text.toString(), lineOf, columnOf);
        }

        private static void keep(char ch, int line, int column, StringBuilder text, List<int[]> positions) {
            if (!Character.isWhitespace(ch) && !Character.isSpaceChar(ch)) {
                text.append(ch);
                positions.add(new int[] {line, column});
            }
        }

        SourcePosition positionOf(String path, int index) {
            int i = Math.max(0, Math.min(index, lines.length - 1));
            return lines.length == 0 ? SourcePosition.ofFile(path) : new SourcePosition(path, lines[i], columns[i]);
        }
    }
}
