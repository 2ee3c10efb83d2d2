package org.replyarchive.check;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.replyarchive.route.UrlScheme;

/**
 * Resolves references the way a browser does, against the page's address under the site's base path, and
 * tells whether the built site has what they lead to. Folder links ({@code x/}) need {@code x/index.html};
 * {@code x} without the slash is accepted when {@code x/index.html} exists, since static hosts redirect it.
 */
final class LinkTargets {

    /** A resolved reference: a path relative to the site root, and the decoded fragment if any. */
    sealed interface Target permits External, Internal, Invalid {}

    /** A reference that leaves the site (another host, {@code mailto:}, …); not checked. */
    record External() implements Target {}

    /** A reference into the site. {@code path} is relative to the site root: {@code zh/replies/2023/x/}. */
    record Internal(String path, String fragment) implements Target {}

    /** A reference that cannot lead into the site. */
    record Invalid(String kind, String detail, String fix) implements Target {}

    private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:");
    private static final String HOST = "http://site.invalid";

    private final Set<String> files;
    private final String basePath;
    private final String absoluteBase;

    /**
     * @param files every file of the site, relative to its root with {@code /} separators
     * @param baseUrl the site's base URL: absolute ({@code https://example.org/archive/}) or a path ({@code /})
     */
    LinkTargets(Set<String> files, String baseUrl) {
        this.files = Set.copyOf(files);
        boolean absolute = UrlScheme.isAbsolute(baseUrl);
        this.absoluteBase = absolute ? baseUrl : null;
        String path = absolute ? URI.create(baseUrl).getRawPath() : baseUrl;
        this.basePath = path == null || path.isEmpty() ? "/" : path.startsWith("/") ? path : "/" + path;
    }

    /** Resolves {@code reference} as written in the file {@code from} (relative to the site root). */
    Target resolve(String from, Optional<String> baseHref, String reference) {
        String ref = reference.strip();
        if (SCHEME.matcher(ref).find() || ref.startsWith("//")) {
            if (absoluteBase == null || !ref.regionMatches(true, 0, absoluteBase, 0, absoluteBase.length())) {
                return new External();
            }
            ref = basePath + ref.substring(absoluteBase.length());
        }
        try {
            URI page = new URI(HOST + encode(basePath + from));
            if (baseHref.isPresent()) {
                page = page.resolve(new URI(encode(baseHref.get())));
            }
            URI resolved = page.resolve(new URI(encode(ref)));
            if (!HOST.equals(resolved.getScheme() + "://" + resolved.getRawAuthority())) {
                return new External();
            }
            return inside(reference, resolved.getPath(), resolved.getFragment());
        } catch (URISyntaxException | IllegalArgumentException e) {
            return new Invalid("malformed link", "it is not a valid URL (" + e.getMessage() + ")",
                    "write a relative path such as ../x/, percent-encoding any character a URL may not hold");
        }
    }

    private Target inside(String reference, String path, String fragment) {
        String rel = path == null ? null : path.startsWith(basePath) ? path.substring(basePath.length())
                : (path + "/").equals(basePath) ? "" : null;
        if (rel == null || List.of(rel.split("/")).contains("..")) {
            String hint = reference.startsWith("/")
                    ? "links that start with '/' break when the site is served under a sub-path; link relative to the"
                            + " page instead"
                    : "remove one '../' for each level the link climbs above the site root";
            return new Invalid(reference.startsWith("/") ? "link outside the site" : "link above the site root",
                    "it leads to " + path + ", outside the site's base path " + basePath, hint);
        }
        return new Internal(rel, fragment);
    }

    /** The file of the site that a resolved path names, if the site has it. */
    Optional<String> fileOf(String path) {
        return UrlScheme.candidateFiles(path).stream().filter(files::contains).findFirst();
    }

    /** The relative reference from the page {@code from} to the site path {@code to}, as a link would say it. */
    static String relative(String from, String to) {
        List<String> fromDirs = new ArrayList<>(List.of(from.split("/", -1)));
        fromDirs.remove(fromDirs.size() - 1);
        List<String> toParts = List.of(to.split("/", -1));
        int common = 0;
        while (common < fromDirs.size() && common < toParts.size() - 1 && fromDirs.get(common).equals(toParts.get(common))) {
            common++;
        }
        String up = "../".repeat(fromDirs.size() - common);
        String rest = String.join("/", toParts.subList(common, toParts.size()));
        String result = up + rest;
        return result.isEmpty() ? "./" : result;
    }

    /** Percent-encodes what a URL may not hold as written (non-ASCII, spaces, …), leaving valid escapes as they are. */
    static String encode(String reference) {
        StringBuilder out = new StringBuilder(reference.length());
        byte[] bytes = reference.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < bytes.length; i++) {
            int b = bytes[i] & 0xff;
            boolean validEscape = b == '%' && i + 2 < bytes.length && isHex(bytes[i + 1]) && isHex(bytes[i + 2]);
            if (b > 0x20 && b < 0x7f && " \"<>\\^`{|}[]".indexOf(b) < 0 && (b != '%' || validEscape)) {
                out.append((char) b);
            } else {
                out.append('%').append(String.format(Locale.ROOT, "%02X", b));
            }
        }
        return out.toString();
    }

    private static boolean isHex(byte b) {
        return Character.digit(b, 16) >= 0;
    }
}
