package org.replyarchive.pipeline;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.replyarchive.config.Language;
import org.replyarchive.index.CitedDocuments;
import org.replyarchive.markdown.CitationFinder;
import org.replyarchive.markdown.TextMarks;
import org.replyarchive.model.Reply;
import org.replyarchive.model.ReplyText;
import org.replyarchive.model.Site;
import org.replyarchive.model.TextSource;
import org.replyarchive.problem.Problem;
import org.replyarchive.problem.SourcePosition;

/**
 * Finds which policy documents each reply's published official text cites, reading the texts one at a time and
 * keeping only the documents' keys, so that a document's page can list its replies before any reply page is
 * written. Where the archive registers documents, a title or number it cites that the registry lacks is told as
 * a warning at its position; the proposal's own title (…建议) and the archive's own replies' numbers are not
 * policy documents. What each text cites is kept in the build's cache ({@link CitationCache}), so that an
 * incremental build reads only the texts that changed.
 */
final class CitationScan {

    private CitationScan() {}

    /**
     * Scans the official texts {@code cache} does not know, and takes the others' citations from it; the
     * archive's own reply numbers, which change as replies come and go, are left out as the cache is read.
     */
    static CitedDocuments of(Site site, TextMarks marks, TextSource texts, Consumer<Problem> warnings,
            CitationCache cache) {
        if (site.documents().isEmpty()) {
            return CitedDocuments.NONE;
        }
        Language official = site.settings().officialLanguage();
        CitationFinder finder = marks.citations(official);
        Set<String> replyNumbers = site.replies().stream().map(Reply::docNumber).collect(Collectors.toSet());
        Map<Reply, Collection<String>> found = new ConcurrentHashMap<>();
        site.replies().parallelStream().forEach(reply -> {
            ReplyText text = reply.texts().get(official);
            if (text == null) {
                return;
            }
            CitationCache.Found cited = cache.lookup(text).orElseGet(() -> {
                CitationCache.Found scanned = scan(finder, texts.markdown(text), text);
                cache.remember(text, scanned);
                return scanned;
            });
            found.put(reply, cited.keys());
            cited.unregistered().stream()
                    .filter(c -> isPolicyDocument(c.cited(), c.title(), replyNumbers))
                    .forEach(c -> warnings.accept(unregistered(c, text)));
        });
        cache.save();
        return CitedDocuments.of(site.replies(), reply -> found.getOrDefault(reply, List.of()));
    }

    /** The documents {@code markdown} cites by key, and in a body the citations the registry lacks. */
    private static CitationCache.Found scan(CitationFinder finder, String markdown, ReplyText text) {
        Set<String> keys = new LinkedHashSet<>();
        List<CitationCache.Candidate> candidates = new ArrayList<>();
        for (CitationFinder.Cited cited : finder.in(markdown)) {
            if (cited.key() != null) {
                keys.add(cited.key());
            } else if (text.isBody()) {
                SourcePosition at = SourcePosition.at(text.path(), markdown, cited.start(), text.firstBodyLine());
                candidates.add(new CitationCache.Candidate(at.line(), at.column(), cited.title(), cited.in(markdown)));
            }
        }
        return new CitationCache.Found(List.copyOf(keys), List.copyOf(candidates));
    }

    private static boolean isPolicyDocument(String cited, boolean title, Set<String> replyNumbers) {
        return title ? !cited.endsWith("建议》") : !replyNumbers.contains(cited);
    }

    private static Problem unregistered(CitationCache.Candidate cited, ReplyText text) {
        String what = cited.title() ? "the title " + cited.cited() : "the document number " + cited.cited();
        return Problem.warning(new SourcePosition(text.path(), cited.line(), cited.column()),
                what + " is cited but not in registry/documents.yaml, so it links to no page of the document",
                "register it there with its titles in both languages"
                        + (cited.title() ? "" : " and 'doc_number: " + cited.cited() + "'"));
    }
}
