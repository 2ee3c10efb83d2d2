package org.replyarchive.feed;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * The open data as CSV (RFC 4180, CRLF line ends), written by jackson-dataformat-csv. The file starts with a
 * byte-order mark so that spreadsheet programs read its Chinese as UTF-8.
 *
 * <p>A cell that starts with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return is written
 * with a {@code '} in front, as OWASP recommends against CSV injection: a spreadsheet would otherwise run it as
 * a formula, and the titles and summaries are text anyone may have written.
 */
final class OpenDataCsv {

    static final String BYTE_ORDER_MARK = "\uFEFF";

    // Strict checking quotes only the cells that need it (a comma, quote or line break), so plain cells stay
    // as they are and the bytes do not depend on a heuristic.
    private static final ObjectWriter WRITER = new CsvMapper()
            .enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING)
            .writer(CsvSchema.emptySchema().withLineSeparator("\r\n").withoutHeader());

    private OpenDataCsv() {}

    /** The file: the byte-order mark, the header, then one record per row. */
    static String write(List<String> header, List<List<String>> rows) {
        StringBuilder out = new StringBuilder(BYTE_ORDER_MARK).append(row(header));
        rows.forEach(row -> out.append(row(row)));
        return out.toString();
    }

    /** One record, its cells neutralised and quoted where they must be. */
    static String row(List<String> cells) {
        List<String> safe = new ArrayList<>(cells.size());
        cells.forEach(cell -> safe.add(neutralised(cell)));
        try {
            return WRITER.writeValueAsString(safe.toArray(String[]::new));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write open data as CSV", e);
        }
    }

    /** {@code cell} with a {@code '} in front when a spreadsheet would take it for a formula. */
    static String neutralised(String cell) {
        boolean formula = !cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0;
        return formula ? "'" + cell : cell;
    }
}
