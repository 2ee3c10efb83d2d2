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
 * policy documents.
 */
final class CitationScan {

    private CitationScan() {}

    static CitedDocuments of(Site site, TextMarks marks, TextSource texts, Consumer<Problem> warnings) {
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
            String markdown = texts.markdown(text);
            Set<String> keys = new LinkedHashSet<>();
            List<Problem> problems = new ArrayList<>();
            for (CitationFinder.Cited cited : finder.in(markdown)) {
                if (cited.key() != null) {
                    keys.add(cited.key());
                } else if (text.isBody() && isPolicyDocument(cited.in(markdown), cited.title(), replyNumbers)) {
                    problems.add(unregistered(cited, markdown, text));
                }
            }
            found.put(reply, keys);
            problems.forEach(warnings);
        });
        return CitedDocuments.of(site.replies(), reply -> found.getOrDefault(reply, List.of()));
    }

    private static boolean isPolicyDocument(String cited, boolean title, Set<String> replyNumbers) {
        return title ? !cited.endsWith("建议》") : !replyNumbers.contains(cited);
    }

    private static Problem unregistered(CitationFinder.Cited cited, String markdown, ReplyText text) {
        String what = cited.title() ? "the title " + cited.in(markdown) : "the document number " + cited.in(markdown);
        return Problem.warning(SourcePosition.at(text.path(), markdown, cited.start(), text.firstBodyLine()),
                what + " is cited but not in registry/documents.yaml, so it links to no page of the document",
                "register it there with its titles in both languages"
                        + (cited.title() ? "" : " and 'doc_number: " + cited.in(markdown) + "'"));
    }
}
