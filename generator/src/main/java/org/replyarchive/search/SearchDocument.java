package org.replyarchive.search;

import java.util.List;

/**
 * A page as the search index sees it: what is shown in a result, what filters apply to, and the text of each
 * field that is searched.
 *
 * @param url the page's site path
 * @param titleLang the language tag of the title when it is not the page's language, else null
 * @param date ISO date, for ordering ties
 * @param title the reply's title and the proposal's title: matches here rank first
 * @param meta proposers, numbers, session, departments
 * @param body the published text; empty for a title-only reply
 * @param docNumbers the document-number terms
 */
public record SearchDocument(
        String url,
        String displayTitle,
        String titleLang,
        String date,
        String dateText,
        int year,
        String session,
        String sessionName,
        String kind,
        String kindLabel,
        String proposers,
        String title,
        String meta,
        String body,
        List<String> docNumbers) {

    public SearchDocument {
        docNumbers = List.copyOf(docNumbers);
    }
}
