package org.replyarchive.render.view;

import org.replyarchive.render.view.Parts.DateView;

/**
 * A case document other than the reply, as {@code partials/documents.ftlh} shows it.
 *
 * @param id unique in the page, for anchors: the document's file suffix ({@code interim}, {@code co-jl-jyt})
 * @param heading its own title, else the name of its kind ("Interim reply", "Co-handling opinion of …")
 * @param html its rendered text, with its heading ids prefixed by {@code id}; empty when nothing is published
 * @param lang the official language's tag when the text is shown untranslated, else null
 */
public record DocumentView(String id, String heading, String headingLang, String docNumber, DateView date,
        String html, String lang) {}
