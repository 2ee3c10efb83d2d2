package org.replyarchive.render;

import java.util.Map;
import org.replyarchive.config.Language;
import org.replyarchive.model.Reply;

/**
 * A reply page to render: the one kind of page whose model needs a body, which the build reads, renders and
 * drops one page at a time, and whose text search indexes as the page is written.
 *
 * @param previous the reply before it in its session, or null
 * @param next the reply after it in its session, or null
 * @param alternates the page's versions by {@code hreflang} tag, itself included, for the sitemap
 */
public record ReplyPageJob(
        Reply reply, Language language, String path, Reply previous, Reply next, Map<String, String> alternates) {

    public ReplyPageJob {
        alternates = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(alternates));
    }

    /** The template every reply page is rendered with. */
    public static final String TEMPLATE = "reply.ftlh";
}
