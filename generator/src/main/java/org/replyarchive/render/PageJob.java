package org.replyarchive.render;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.replyarchive.render.view.PageModel;

/**
 * A page to render: where it goes, with which template, and how to make its model. The model is made when
 * the page is rendered, on whichever thread renders it.
 *
 * @param alternates the page's versions by {@code hreflang} tag, itself included, for the sitemap; empty for
 *     pages that are not to be listed there (the 404 page)
 */
public record PageJob(String path, String template, Supplier<PageModel> model, Map<String, String> alternates) {

    public PageJob {
        alternates = Collections.unmodifiableMap(new LinkedHashMap<>(alternates));
    }

    /** What the page's cache fingerprint is made of: every value of its model (see {@link ModelFingerprint}). */
    public static String inputs(PageModel model) {
        return ModelFingerprint.of(model);
    }
}
