package org.replyarchive.importer;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where the parts of a reply's text lie: the header (title, document number, salutation) before the body, and the
 * signature (issuer, date) after it. Works on the text's non-blank lines; stateless and thread-safe.
 */
final class ReplyLayout {

    private static final int MAX_TITLE_LINES = 4;
    private static final int MAX_DOC_NUMBER_LINES = 3;
    private static final int MAX_SALUTATION = 40;
    private static final int MAX_ISSUER = 30;
    private static final int SIGNATURE_LINES = 6;

    private static final Pattern TITLE_END = Pattern.compile("(?:答复|复函|答复意见)$");
    /** A document number in any bracket extraction or typing gives the year: 〔〕【】[]［］（）(). */
    private static final Pattern DOC_NUMBER = Pattern.compile(
            "^([\\p{IsHan}A-Za-z]{1,15}?)[〔【\\[［（(](\\d{4})[〕】\\]］）)](\\d{1,6})号");
    private static final Pattern DATE = Pattern.compile("(\\d{4}|[〇零一二三四五六七八九]{4})年"
            + "(\\d{1,2}|[一二三四五六七八九十]{1,3})月(\\d{1,2}|[一二三四五六七八九十]{1,3})日$");
    private static final Set<Character> CLAUSE_PUNCTUATION = Set.of('。', '，', '；', '！', '？', '、');

    private ReplyLayout() {}

    static boolean hasClausePunctuation(String text) {
        return text.chars().anyMatch(c -> CLAUSE_PUNCTUATION.contains((char) c));
    }

    /**
     * The lines before the body.
     *
     * @param bodyStart the index of the body's first line in the non-blank lines
     * @param bodyPrefix text left over on the document-number line that is not a salutation, which opens the body
     */
    record Header(String title, Optional<String> docNumber, Optional<String> salutation, int bodyStart,
            List<TextLine> bodyPrefix) {

        static Optional<Header> read(List<TextLine> lines) {
            Optional<DocNumber> before = DocNumber.read(lines, 0);
            int i = before.map(DocNumber::next).orElse(0);
            StringBuilder title = new StringBuilder(before.map(DocNumber::rest).orElse(""));
            int start = i;
            while (i < lines.size() && i - start < MAX_TITLE_LINES && !TITLE_END.matcher(title).find()) {
                title.append(lines.get(i++).compact());
            }
            if (!TITLE_END.matcher(title).find()) {
                return Optional.empty();
            }
            Optional<DocNumber> after = before.isPresent() ? Optional.empty() : DocNumber.read(lines, i);
            String rest = after.map(DocNumber::rest).orElse("");
            i = after.map(DocNumber::next).orElse(i);
            Optional<String> docNumber = before.or(() -> after).map(DocNumber::number);
            if (isSalutation(rest)) {
                return Optional.of(new Header(title.toString(), docNumber, Optional.of(rest), i, List.of()));
            }
            if (!rest.isEmpty()) {
                TextLine line = new TextLine(lines.get(i - 1).number(), rest);
                return Optional.of(new Header(title.toString(), docNumber, Optional.empty(), i, List.of(line)));
            }
            if (i < lines.size() && isSalutation(lines.get(i).compact())) {
                return Optional.of(new Header(title.toString(), docNumber, Optional.of(lines.get(i).compact()), i + 1,
                        List.of()));
            }
            return Optional.of(new Header(title.toString(), docNumber, Optional.empty(), i, List.of()));
        }

        private static boolean isSalutation(String text) {
            return (text.endsWith("：") || text.endsWith(":")) && text.length() <= MAX_SALUTATION
                    && !hasClausePunctuation(text.substring(0, text.length() - 1).replace("、", ""));
        }
    }

    /** A document number read from up to three lines; {@code rest} is what followed it on its last line. */
    record DocNumber(String number, int next, String rest) {

        static Optional<DocNumber> read(List<TextLine> lines, int from) {
            StringBuilder text = new StringBuilder();
            for (int k = from; k < lines.size() && k < from + MAX_DOC_NUMBER_LINES; k++) {
                text.append(lines.get(k).compact());
                Matcher m = DOC_NUMBER.matcher(text);
                if (m.find()) {
                    String number = m.group(1) + "〔" + m.group(2) + "〕" + m.group(3) + "号";
                    return Optional.of(new DocNumber(number, k + 1, text.substring(m.end())));
                }
            }
            return Optional.empty();
        }
    }

    /**
     * The issuer and date at the end of the text.
     *
     * @param start the index of the signature's first line in the non-blank lines: where the body ends
     */
    record Signature(Optional<String> issuer, Optional<LocalDate> date, int start, List<TextLine> leftOut) {

        static Signature read(List<TextLine> lines, int bodyStart) {
            int end = lines.size();
            for (int k = end - 1; k >= Math.max(bodyStart, end - SIGNATURE_LINES); k--) {
                String text = lines.get(k).compact();
                Matcher m = DATE.matcher(text);
                if (m.find() && m.start() <= MAX_ISSUER && !hasClausePunctuation(text)) {
                    Optional<LocalDate> date = date(m);
                    List<TextLine> leftOut = lines.subList(k + 1, end);
                    if (m.start() > 0) {
                        return new Signature(Optional.of(text.substring(0, m.start())), date, k, leftOut);
                    }
                    if (k - 1 >= bodyStart && isIssuer(lines.get(k - 1).compact())) {
                        return new Signature(Optional.of(lines.get(k - 1).compact()), date, k - 1, leftOut);
                    }
                    return new Signature(Optional.empty(), date, k, leftOut);
                }
            }
            if (end > bodyStart && isIssuer(lines.get(end - 1).compact())
                    && lines.get(end - 1).compact().matches(".*(?:厅|局|委|委员会|办公室|办|院|政府|中心)$")) {
                return new Signature(Optional.of(lines.get(end - 1).compact()), Optional.empty(), end - 1, List.of());
            }
            return new Signature(Optional.empty(), Optional.empty(), end, List.of());
        }

        private static boolean isIssuer(String text) {
            return text.length() <= MAX_ISSUER && !hasClausePunctuation(text) && !text.endsWith("：")
                    && !BodyReflow.markup(text).startsWith("#");
        }

        private static Optional<LocalDate> date(Matcher m) {
            OptionalInt year = ChineseNumerals.parse(m.group(1));
            OptionalInt month = ChineseNumerals.parse(m.group(2));
            OptionalInt day = ChineseNumerals.parse(m.group(3));
            if (year.isEmpty() || month.isEmpty() || day.isEmpty()) {
                return Optional.empty();
            }
            try {
                return Optional.of(LocalDate.of(year.getAsInt(), month.getAsInt(), day.getAsInt()));
            } catch (DateTimeException e) {
                return Optional.empty();
            }
        }
    }
}
