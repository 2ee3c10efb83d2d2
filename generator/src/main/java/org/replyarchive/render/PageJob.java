package org.replyarchive.render;

import java.util.Map;
import java.util.function.Supplier;

/**
 * A page to render: where it goes, with which template, and how to make its model. The model is made when
 * the page is rendered, on whichever thread renders it.
 *
 * @param inputs a text that changes whenever the page's output would, cheaper to make than the model; null to
 *     use the model's own text form
 * @param alternates the page's versions by {@code hreflang} tag, itself included, for the sitemap; empty for
 *     pages that are not to be listed there (the 404 page)
 */
public record PageJob(
        String path,
        String template,
        Supplier<Map<String, Object>> model,
        Supplier<String> inputs,
        Map<String, String> alternates) {

    public PageJob {
        alternates = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(alternates));
    }
}
