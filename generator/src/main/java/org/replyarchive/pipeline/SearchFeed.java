package org.replyarchive.pipeline;

import org.replyarchive.search.DocumentText;

/** The search index of one language, as the render workers feed it: one document per reply page. */
interface SearchFeed {

    /** Whether the index can take document {@code id} over from the cached build without its text. */
    boolean hasCached(int id);

    /** The text of document {@code id}, whose page was just rendered; from any thread. */
    void add(int id, DocumentText text);

    /**
     * Document {@code id}'s page is unchanged: its cached data stands; {@code sameInputs} when the page's quick
     * key is the cached build's, so that nothing it was made from changed (its result header neither).
     */
    void keep(int id, boolean sameInputs);
}
