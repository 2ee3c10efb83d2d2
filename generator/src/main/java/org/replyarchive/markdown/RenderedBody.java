package org.replyarchive.markdown;

import java.util.List;
import java.util.Objects;

/** A Markdown body rendered: its HTML, and the table of contents of its {@code ##}/{@code ###} headings. */
public record RenderedBody(String html, List<TocEntry> toc) {

    public RenderedBody {
        Objects.requireNonNull(html, "html");
        toc = List.copyOf(toc);
    }

    public static final RenderedBody EMPTY = new RenderedBody("", List.of());
}
