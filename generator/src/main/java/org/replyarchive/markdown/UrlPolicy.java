package org.replyarchive.markdown;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.renderer.html.UrlSanitizer;

/**
 * The addresses a link or image of a page may have: {@code http}, {@code https}, {@code mailto} (links only),
 * or a relative URL. Validation reports any other as an error at the link; the renderer also blanks it, so no
 * way round validation can put {@code javascript:} or {@code data:} into a page.
 */
public final class UrlPolicy implements UrlSanitizer {

    private static final Pattern SCHEME = Pattern.compile("^([a-z][a-z0-9+.-]*):.*", Pattern.DOTALL);
    private static final List<String> LINK_SCHEMES = List.of("http", "https", "mailto");
    private static final List<String> IMAGE_SCHEMES = List.of("http", "https");

    /** What is wrong with {@code url} ("the scheme 'data:'"), or null if a link may have it. */
    public static String refusal(String url) {
        return refusal(url, LINK_SCHEMES);
    }

    private static String refusal(String url, List<String> allowed) {
        // Browsers ignore tabs, line breaks and leading spaces in a URL, so "java\tscript:" is javascript:.
        String plain = url.replaceAll("[\\x00-\\x20\\x7F]", "").toLowerCase(Locale.ROOT);
        if (plain.startsWith("//") || plain.startsWith("\\\\") || plain.startsWith("/\\")) {
            return "no scheme but another host";
        }
        Matcher m = SCHEME.matcher(plain);
        if (m.matches() && !allowed.contains(m.group(1))) {
            return "the scheme '" + m.group(1) + ":'";
        }
        return null;
    }

    @Override
    public String sanitizeLinkUrl(String url) {
        return refusal(url, LINK_SCHEMES) == null ? url : "";
    }

    @Override
    public String sanitizeImageUrl(String url) {
        return refusal(url, IMAGE_SCHEMES) == null ? url : "";
    }
}
