package org.replyarchive.render.view;

/**
 * How to cite a reply, as {@code partials/citation.ftlh} shows it.
 *
 * @param gbt7714 the GB/T 7714-2015 form, with the official (Chinese) title
 * @param plain the plain form in the page's language
 * @param cslJson the site path of the reply's CSL-JSON file
 * @param bibtex the site path of its BibTeX file
 */
public record CitationView(String gbt7714, String plain, String cslJson, String bibtex) {}
