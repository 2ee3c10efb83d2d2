package org.replyarchive.search;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What search knows of a reply page without reading its text: what a result shows and what filters apply to.
 * Made for every document of every build, from the model alone.
 *
 * @param url the page's site path
 * @param titleLang the language tag of the title when it is not the page's language, else null
 * @param fields the searchable text besides the body (titles, names, numbers, departments), which a phrase
 *     query is checked against when its terms are not all in the body
 */
public record DocumentMeta(
        String url,
        String displayTitle,
        String titleLang,
        LocalDate date,
        String dateText,
        String session,
        String sessionName,
        String kind,
        String kindLabel,
        String proposers,
        String fields,
        SearchFacets facets) {

    /** A document whose only searchable field is its title. */
    public DocumentMeta(String url, String displayTitle, String titleLang, LocalDate date, String dateText,
            String session, String sessionName, String kind, String kindLabel, String proposers) {
        this(url, displayTitle, titleLang, date, dateText, session, sessionName, kind, kindLabel, proposers,
                displayTitle, SearchFacets.NONE);
    }

    public DocumentMeta {
        Objects.requireNonNull(fields, "fields");
        Objects.requireNonNull(facets, "facets");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(displayTitle, "displayTitle");
        Objects.requireNonNull(date, "date");
    }
}
