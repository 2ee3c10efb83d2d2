package org.replyarchive.check;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.replyarchive.config.Language;
import org.replyarchive.content.ContentLoader;
import org.replyarchive.model.Site;
import org.replyarchive.output.TemporaryFolder;
import org.replyarchive.problem.ContentProblemsException;
import org.replyarchive.problem.Problem;
import org.replyarchive.problem.Problems;
import org.replyarchive.route.UrlScheme;

/**
 * The content without the replies and pages that have errors, so that a check can still build the rest and
 * check its links and fidelity. A reply is left out with all its languages. When an error lies elsewhere
 * (settings, registries, glossary) nothing can be left out safely, and there is no partial content.
 */
final class PartialContent {

    private static final int ATTEMPTS = 4;

    /**
     * Content that loads.
     *
     * @param directory the folder it was copied to
     * @param site the content loaded
     * @param excluded the files left out, relative to the content folder
     */
    record Loaded(Path directory, Site site, Set<String> excluded) {

        /** Whether {@code sitePath} is a page of a reply or free page that was left out. */
        boolean isLeftOut(String sitePath) {
            UrlScheme urls = new UrlScheme("/");
            for (String file : excluded) {
                String[] parts = file.split("/");
                String name = parts[parts.length - 1].substring(0, parts[parts.length - 1].indexOf('.'));
                boolean reply = parts[0].equals("replies") && parts.length == 3;
                for (Language language : Language.values()) {
                    String page = reply ? urls.reply(language, Integer.parseInt(parts[1]), name)
                            : urls.page(language, name);
                    if (sitePath.startsWith(page)) {
                        return true;
                    }
                }
            }
            return false;
        }
    }

    private PartialContent() {}

    /** Copies {@code content} into {@code temp} without the files that {@code errors} name, until it loads. */
    static Optional<Loaded> load(Path content, List<Problem> errors, TemporaryFolder temp) {
        Set<String> excluded = new TreeSet<>();
        List<Problem> current = errors;
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Optional<Set<String>> more = filesOf(content, current);
            if (more.isEmpty() || !excluded.addAll(more.get())) {
                return Optional.empty();
            }
            Path copy = temp.copyInto("content", content, path -> !excluded.contains(path));
            try {
                Site site = new ContentLoader(new Problems()).load(copy);
                return Optional.of(new Loaded(copy, site, excluded));
            } catch (ContentProblemsException e) {
                current = e.errors();
            }
        }
        return Optional.empty();
    }

    /** The files to leave out for {@code errors}; empty when one lies outside replies and pages. */
    private static Optional<Set<String>> filesOf(Path content, List<Problem> errors) {
        Set<String> files = new TreeSet<>();
        for (Problem error : errors) {
            String path = error.position().path();
            boolean reply = path.startsWith("replies/") && path.endsWith(".md");
            if (!reply && !(path.startsWith("pages/") && path.endsWith(".md"))) {
                return Optional.empty();
            }
            files.add(path);
            if (reply) {
                files.addAll(languagesOf(content, path));
            }
        }
        return Optional.of(files);
    }

    /** The files of every language of the reply {@code path}: {@code replies/2023/x.zh.md} → {@code x.en.md}, …. */
    private static Set<String> languagesOf(Path content, String path) {
        int slash = path.lastIndexOf('/');
        int dot = path.indexOf('.', slash);
        Set<String> files = new TreeSet<>();
        for (Language language : Language.values()) {
            String sibling = path.substring(0, dot) + "." + language.code() + ".md";
            if (content.resolve(sibling).toFile().isFile()) {
                files.add(sibling);
            }
        }
        return files;
    }
}
