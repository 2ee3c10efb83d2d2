package org.replyarchive.route;

import java.net.URI;
import java.util.Objects;
import org.replyarchive.config.Language;
import org.replyarchive.model.Reply;

/**
 * Paths of the site, relative to its root and without a leading slash: folder paths end in {@code /} and are
 * written as {@code index.html} inside the folder.
 *
 * <pre>{@code
 * UrlScheme urls = new UrlScheme("https://example.org/archive/");
 * urls.reply(Language.EN, reply);         // "en/replies/2023/2023D51/"
 * urls.absolute("en/replies/2023/2023D51/"); // "https://example.org/archive/en/replies/2023/2023D51/"
 * }</pre>
 */
public final class UrlScheme {

    /** The file a folder path is served from. */
    public static final String INDEX_FILE = "index.html";

    private final String baseUrl;

    public UrlScheme(String baseUrl) {
        this.baseUrl = Objects.requireNonNull(baseUrl, "baseUrl must not be null");
    }

    /**
     * Whether {@code baseUrl} is an absolute address ({@code https://example.org/archive/}) rather than a path
     * ({@code /archive/}): only then can canonical links, feeds and the sitemap name the public address.
     */
    public static boolean isAbsolute(String baseUrl) {
        return baseUrl.regionMatches(true, 0, "http://", 0, 7) || baseUrl.regionMatches(true, 0, "https://", 0, 8);
    }

    /** Whether this scheme's base URL is absolute; see {@link #isAbsolute(String)}. */
    public boolean hasAbsoluteBase() {
        return isAbsolute(baseUrl);
    }

    public String entry() {
        return "";
    }

    public String home(Language language) {
        return language.code() + "/";
    }

    public String reply(Language language, Reply reply) {
        return reply(language, reply.year(), reply.slug());
    }

    /** The page of the reply {@code slug} of {@code year}: {@code en/replies/2023/2023D51/}. */
    public String reply(Language language, int year, String slug) {
        return language.code() + "/replies/" + year + "/" + slug + "/";
    }

    /** A reply's texts in both languages side by side: {@code en/replies/2023/2023D51/side-by-side/}. */
    public String sideBySide(Language language, Reply reply) {
        return reply(language, reply) + "side-by-side/";
    }

    /** A reply's citation in a reference manager's format: {@code en/replies/2023/2023D51/cite.bib}. */
    public String citation(Language language, Reply reply, String extension) {
        return reply(language, reply) + "cite." + extension;
    }

    /**
     * Where the provenance text of {@code reply} is published, beside its official page
     * ({@code zh/replies/2023/2023D51/source.txt}); empty when it has none or withholds its text, which the source
     * would disclose.
     */
    public java.util.Optional<String> replySource(Reply reply) {
        if (reply.source().isEmpty() || reply.disclosure() != org.replyarchive.model.Disclosure.FULL) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(reply(reply.officialLanguage(), reply) + "source.txt");
    }

    /** The list of all groups of a facet: {@code zh/years/}. */
    public String facet(Language language, Facet facet) {
        return language.code() + "/" + facet.segment() + "/";
    }

    /** One group's reply list, page 1 at the group's folder and page n at {@code page/n/}. */
    public String group(Language language, Facet facet, String key, int pageNumber) {
        String first = facet(language, facet) + key + "/";
        return pageNumber <= 1 ? first : first + "page/" + pageNumber + "/";
    }

    public String glossary(Language language) {
        return language.code() + "/glossary/";
    }

    /** The list of the policy documents the replies cite: {@code zh/documents/}. */
    public String documents(Language language) {
        return language.code() + "/documents/";
    }

    /** The page of one cited policy document: {@code zh/documents/jkf-rc-2022-245/}. */
    public String document(Language language, String key) {
        return documents(language) + key + "/";
    }

    public String page(Language language, String name) {
        return language.code() + "/" + name + "/";
    }

    public String search(Language language) {
        return language.code() + "/search/";
    }

    /** The folder of a language's search index: manifest, shards and documents. */
    public String searchIndex(Language language) {
        return language.code() + "/search/index/";
    }

    public String feed(Language language) {
        return language.code() + "/feed.xml";
    }

    /** The Atom feed of one group's replies: {@code zh/sessions/cppcc-13-1/feed.xml}. */
    public String groupFeed(Language language, Facet facet, String key) {
        return group(language, facet, key, 1) + "feed.xml";
    }

    /** The OPML list of every feed of a language. */
    public String feedList(Language language) {
        return language.code() + "/feeds.opml";
    }

    /** A language's statistics page: {@code en/statistics/}. */
    public String statistics(Language language) {
        return language.code() + "/statistics/";
    }

    /** A language's page documenting the open data: {@code en/data/}. */
    public String data(Language language) {
        return language.code() + "/data/";
    }

    /** The statistics as CSV, both languages in one file. */
    public String openDataStatistics() {
        return "data/statistics.csv";
    }

    /** The full texts of a language's replies, one JSON record a line: {@code data/replies.zh.jsonl}. */
    public String fullText(Language language) {
        return "data/replies." + language.code() + ".jsonl";
    }

    /** The JSON Schema of an open-data file: {@code data/schema/replies.jsonl.schema.json}. */
    public String schema(String name) {
        return "data/schema/" + name + ".schema.json";
    }

    public String openDataJson() {
        return "data/replies.json";
    }

    public String openDataCsv() {
        return "data/replies.csv";
    }

    public String sitemap() {
        return "sitemap.xml";
    }

    /** Part {@code number} (from 1) of a sitemap too long for one file, which {@link #sitemap()} then lists. */
    public String sitemapPart(int number) {
        return "sitemap-" + number + ".xml";
    }

    public String robots() {
        return "robots.txt";
    }

    /** The page a host serves for any path the site does not have. */
    public static String notFoundPage() {
        return "404.html";
    }

    /** A file of the theme's {@code static/} folder: {@code assets/css/site.css}. */
    public String asset(String path) {
        return "assets/" + path;
    }

    /**
     * The folder names the scheme uses under {@code /{lang}/}; a free page of the same name would take the
     * place of a built page.
     */
    public static java.util.Set<String> reservedPageNames() {
        java.util.Set<String> names = new java.util.TreeSet<>(java.util.List.of("replies", "glossary", "search", "statistics",
                "data", "documents"));
        for (Facet facet : Facet.values()) {
            names.add(facet.segment());
        }
        return names;
    }

    /** The file a path is written to: folders get {@code index.html}. */
    public static String outputFile(String path) {
        return isFolder(path) ? path + INDEX_FILE : path;
    }

    /**
     * The files a request for {@code path} may be served from, in order: a folder's {@code index.html}; else the
     * file itself, then the folder of that name (static hosts redirect {@code x} to {@code x/}).
     */
    public static java.util.List<String> candidateFiles(String path) {
        return isFolder(path) ? java.util.List.of(path + INDEX_FILE) : java.util.List.of(path, path + "/" + INDEX_FILE);
    }

    /** The path that links to {@code file}: {@code x/index.html} → {@code x/}; other files are their own path. */
    public static String linkPath(String file) {
        boolean index = file.equals(INDEX_FILE) || file.endsWith("/" + INDEX_FILE);
        return index ? file.substring(0, file.length() - INDEX_FILE.length()) : file;
    }

    private static boolean isFolder(String path) {
        return path.isEmpty() || path.endsWith("/");
    }

    /** The prefix that leads from the page at {@code path} back to the site root: {@code ../../}. */
    public static String rootFrom(String path) {
        int depth = (int) path.chars().filter(c -> c == '/').count();
        return "../".repeat(depth);
    }

    /** {@code path} joined to the base URL: absolute when the base URL is, else root-relative. */
    public String absolute(String path) {
        return baseUrl + path;
    }

    /** The path part of the base URL, e.g. {@code /archive/}, for pages served at unknown depths (404). */
    public String basePath() {
        String path = URI.create(baseUrl).getPath();
        return path == null || path.isEmpty() ? "/" : path;
    }

    public String baseUrl() {
        return baseUrl;
    }
}
