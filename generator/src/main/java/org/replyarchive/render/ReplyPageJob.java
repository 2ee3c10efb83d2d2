package org.replyarchive.render;

import org.replyarchive.config.Language;
import org.replyarchive.model.Reply;

/**
 * A reply page to render: the one kind of page whose model needs a body, which the build reads, renders and
 * drops one page at a time, and whose text search indexes as the page is written. Its versions in other
 * languages, for the sitemap, are the plan's to tell ({@link SitePlan.ReplyPlaces}).
 *
 * @param previous the reply before it in its session, or null
 * @param next the reply after it in its session, or null
 */
public record ReplyPageJob(Reply reply, Language language, String path, Reply previous, Reply next) {

    /** The template every reply page is rendered with. */
    public static final String TEMPLATE = "reply.ftlh";
}
