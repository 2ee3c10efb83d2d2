package org.replyarchive.markdown;

import java.util.Objects;
import java.util.function.Function;
import org.replyarchive.config.Language;

/**
 * How one text is marked: its language, and where its links lead — a glossary entry and a document's page by key,
 * as paths from the site's root ({@code termPath}, {@code documentPath}), each link starting with
 * {@code linksFrom}, the way from the page the text is shown on to the root. The renderer knows no output path;
 * the page that shows the text does.
 */
public record Marking(TextMarks marks, Language language, String linksFrom, Function<String, String> termPath,
        Function<String, String> documentPath) {

    public Marking {
        Objects.requireNonNull(marks, "marks");
        Objects.requireNonNull(linksFrom, "linksFrom");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(termPath, "termPath");
        Objects.requireNonNull(documentPath, "documentPath");
    }

    /** The address of glossary term {@code key} from the page. */
    String termHref(String key) {
        return linksFrom + termPath.apply(key);
    }

    /** The address of the page of policy document {@code key} from the page. */
    String documentHref(String key) {
        return linksFrom + documentPath.apply(key);
    }

    /** This marking for a page {@code otherLinksFrom} away from the root. */
    Marking from(String otherLinksFrom) {
        return new Marking(marks, language, otherLinksFrom, termPath, documentPath);
    }

    /**
     * The id of the element that describes term {@code key} on the page, which each mark of the term names:
     * by language, so that a page showing the text in both languages has one of each.
     */
    public static String descriptionId(Language language, String key) {
        return "gloss-" + language.code() + "-" + key;
    }
}
