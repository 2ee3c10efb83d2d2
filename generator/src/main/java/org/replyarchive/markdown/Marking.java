package org.replyarchive.markdown;

import java.util.Objects;
import java.util.function.Function;
import org.replyarchive.config.Language;

/**
 * How one text is marked: its language, and the address, from the page it is shown on, of a glossary entry and
 * of a document's page by key. The renderer knows no output path; the page that shows the text does.
 *
 * @param linksFrom what the addresses depend on beside the key (the way from the page to the site's root):
 *     two markings with the same marks, language and {@code linksFrom} give the same HTML, so a text shown on
 *     two such pages is rendered once
 */
public record Marking(TextMarks marks, Language language, String linksFrom, Function<String, String> termHref,
        Function<String, String> documentHref) {

    public Marking {
        Objects.requireNonNull(marks, "marks");
        Objects.requireNonNull(linksFrom, "linksFrom");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(termHref, "termHref");
        Objects.requireNonNull(documentHref, "documentHref");
    }

    /**
     * The id of the element that describes term {@code key} on the page, which each mark of the term names:
     * by language, so that a page showing the text in both languages has one of each.
     */
    public static String descriptionId(Language language, String key) {
        return "gloss-" + language.code() + "-" + key;
    }
}
