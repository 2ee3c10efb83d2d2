package org.replyarchive.content;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.replyarchive.config.Language;
import org.replyarchive.problem.Problems;
import org.replyarchive.problem.SourcePosition;

/**
 * Finds the reply and page files of a content folder and checks their names: {@code replies/<year>/<slug>.<lang>.md}
 * and {@code pages/<name>.<lang>.md}.
 */
final class ContentScanner {

    private static final Pattern REPLY = Pattern.compile("replies/([^/]+)/([^/]+)\\.([^./]+)\\.md");
    /** A case's other document: {@code replies/2023/2023D51.interim.zh.md}, {@code 2023D51.co-jl-jyt.zh.md}. */
    static final Pattern DOCUMENT = Pattern.compile(
            "replies/((?:19|20)\\d{2})/([A-Za-z0-9-]+)\\.(interim|second|follow-up|co-[a-z0-9][a-z0-9-]*)\\.([a-z]+)\\.md");
    private static final Pattern PAGE = Pattern.compile("pages/([^/]+)\\.([^./]+)\\.md");
    private static final Pattern YEAR = Pattern.compile("(19|20)\\d{2}");
    private static final Pattern SLUG = Pattern.compile("[A-Za-z0-9-]+");
    private static final Pattern PAGE_NAME = Pattern.compile("[a-z0-9-]+");

    /** A content file with the parts of its name. {@code group} is the year of a reply, empty for a page. */
    record Found(Path file, String path, String group, String name, Language language) {}

    private ContentScanner() {}

    static List<Found> replies(Path contentDirectory, Problems problems) {
        return scan(contentDirectory, "replies", REPLY, problems, true);
    }

    /** A case document's file: {@code found.name()} is the slug of its reply, {@code suffix} the document's. */
    record FoundDocument(Found found, String suffix) {}

    /** The case documents under {@code replies/}, which {@link #replies} leaves out. */
    static List<FoundDocument> documents(Path contentDirectory) {
        Path dir = contentDirectory.resolve("replies");
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        // What cannot be read is reported by replies(), which walks the same folder.
        return documents(contentDirectory, ContentWalk.regularFiles(contentDirectory, dir, new Problems()));
    }

    /** The case documents among {@code files}, files under {@code replies/}. */
    static List<FoundDocument> documents(Path contentDirectory, List<Path> files) {
        List<FoundDocument> found = new ArrayList<>();
        for (Path file : files) {
            Matcher m = DOCUMENT.matcher(contentDirectory.relativize(file).toString().replace('\\', '/'));
            if (m.matches() && Language.fromCode(m.group(4)).isPresent()) {
                found.add(new FoundDocument(new Found(file, m.group(), m.group(1), m.group(2),
                        Language.fromCode(m.group(4)).orElseThrow()), m.group(3)));
            }
        }
        return found;
    }

    static List<Found> pages(Path contentDirectory, Problems problems) {
        return scan(contentDirectory, "pages", PAGE, problems, false);
    }

    private static List<Found> scan(Path root, String folder, Pattern pattern, Problems problems, boolean replies) {
        Path dir = root.resolve(folder);
        if (!Files.isDirectory(dir)) {
            ContentPaths.brokenLink(dir).ifPresent(why -> problems.error(SourcePosition.ofFile(folder),
                    "the folder " + why, ContentPaths.BROKEN_FIX));
            return List.of();
        }
        return scan(root, folder, ContentWalk.regularFiles(root, dir, problems), pattern, problems, replies);
    }

    /** The replies among {@code files}, files under {@code replies/}, with the problems of their names. */
    static List<Found> replies(Path contentDirectory, List<Path> files, Problems problems) {
        return scan(contentDirectory, "replies", files, REPLY, problems, true);
    }

    private static List<Found> scan(Path root, String folder, List<Path> files, Pattern pattern, Problems problems,
            boolean replies) {
        List<Found> found = new ArrayList<>();
        for (Path file : files) {
            String path = root.relativize(file).toString().replace('\\', '/');
            if (!path.endsWith(".md")) {
                problems.warning(SourcePosition.ofFile(path), "not a Markdown file, so it is ignored",
                        "only *.md files are read under " + folder + "/");
                continue;
            }
            Matcher m = pattern.matcher(path);
            if (replies && DOCUMENT.matcher(path).matches()
                    && Language.fromCode(path.replaceAll(".*\\.([^.]+)\\.md$", "$1")).isPresent()) {
                continue; // read with its case by documents()
            }
            if (!m.matches()) {
                problems.error(SourcePosition.ofFile(path), "the file is not where " + folder + " belong",
                        replies ? "name it replies/<year>/<slug>.<language>.md, e.g. replies/2023/2023D51.zh.md"
                                : "name it pages/<name>.<language>.md, e.g. pages/about.en.md");
                continue;
            }
            String group = replies ? m.group(1) : "";
            String name = replies ? m.group(2) : m.group(1);
            String lang = replies ? m.group(3) : m.group(2);
            if (checkName(path, group, name, lang, replies, problems)) {
                found.add(new Found(file, path, group, name, Language.fromCode(lang).orElseThrow()));
            }
        }
        return found;
    }

    private static boolean checkName(
            String path, String group, String name, String lang, boolean replies, Problems problems) {
        SourcePosition at = SourcePosition.ofFile(path);
        boolean ok = true;
        if (replies && !YEAR.matcher(group).matches()) {
            problems.error(at, "the folder '" + group + "' is not a year",
                    "put the reply under replies/<year>/, e.g. replies/2023/");
            ok = false;
        }
        if (replies && !SLUG.matcher(name).matches()) {
            problems.error(at, "the slug '" + name + "' may contain only letters, digits and '-'",
                    "rename the file, e.g. to " + suggestSlug(name) + "." + lang + ".md");
            ok = false;
        }
        if (!replies && org.replyarchive.route.UrlScheme.reservedPageNames().contains(name)) {
            problems.error(at, "the page name '" + name + "' is the name of a built part of the site, so the page"
                    + " would replace it", "rename the file, e.g. to about-" + name + "." + lang + ".md (reserved: "
                    + String.join(", ", org.replyarchive.route.UrlScheme.reservedPageNames()) + ")");
            ok = false;
        }
        if (!replies && !PAGE_NAME.matcher(name).matches()) {
            problems.error(at, "the page name '" + name + "' may contain only a-z, digits and '-'",
                    "rename the file, e.g. to " + suggestSlug(name).toLowerCase(Locale.ROOT) + "." + lang + ".md");
            ok = false;
        }
        if (Language.fromCode(lang).isEmpty()) {
            problems.error(at, "'" + lang + "' in the file name is not a language of the archive",
                    "end the name with ." + Language.knownCodes().replace(", ", ".md or .") + ".md");
            ok = false;
        }
        return ok;
    }

    private static String suggestSlug(String name) {
        String slug = name.replaceAll("[^A-Za-z0-9-]+", "-").replaceAll("^-+|-+$", "");
        return slug.isEmpty() ? "reply-1" : slug;
    }
}
