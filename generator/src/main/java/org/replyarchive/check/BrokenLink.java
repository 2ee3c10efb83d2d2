package org.replyarchive.check;

import java.util.Objects;

/**
 * A link or asset reference of the built site that leads nowhere.
 *
 * @param page the file it stands in, relative to the site root: {@code zh/replies/2023/x/index.html}
 * @param line the 1-based line of the reference's value in that file
 * @param column the 1-based column of the reference's value in that file
 * @param kind what the reference is: {@code broken link}, {@code missing asset}, {@code broken anchor}, …
 * @param reference the reference as written: {@code ../y/}
 * @param detail why it leads nowhere: {@code there is no zh/replies/2023/y/index.html in the built site}
 * @param fix what would be right; may be empty
 * @param target the site path the reference resolves to ({@code zh/replies/2023/y/}); empty when it resolves
 *     to no path of the site
 */
public record BrokenLink(
        String page, int line, int column, String kind, String reference, String detail, String fix, String target) {

    public BrokenLink {
        Objects.requireNonNull(page, "page must not be null");
        Objects.requireNonNull(kind, "kind must not be null");
        Objects.requireNonNull(reference, "reference must not be null");
        Objects.requireNonNull(detail, "detail must not be null");
        Objects.requireNonNull(fix, "fix must not be null");
        Objects.requireNonNull(target, "target must not be null");
    }

    /** What is wrong, for a report that names the page in its position: {@code broken link '../y/': …}. */
    public String message() {
        return kind + " '" + reference + "': " + detail;
    }

    /** What is wrong, for a report positioned in the page's source: {@code broken link '../y/' in zh/…: …}. */
    public String messageNamingPage() {
        return kind + " '" + reference + "' in " + page + ": " + detail;
    }

    @Override
    public String toString() {
        return page + ":" + line + ":" + column + ": " + message() + (fix.isEmpty() ? "" : " — " + fix);
    }
}
