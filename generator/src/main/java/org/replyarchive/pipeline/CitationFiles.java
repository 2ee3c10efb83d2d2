package org.replyarchive.pipeline;

import java.util.List;
import java.util.Optional;
import org.replyarchive.output.BuildCache;
import org.replyarchive.config.Language;
import org.replyarchive.feed.Citations;
import org.replyarchive.model.Reply;
import org.replyarchive.model.Site;
import org.replyarchive.output.OutputFile;
import org.replyarchive.output.StagingOutput;
import org.replyarchive.route.UrlScheme;

/**
 * Writes each reply's citation files beside its page — {@code cite.json} (CSL-JSON) and {@code cite.bib}
 * (BibTeX) — one at a time, taking over those whose bytes are unchanged, so they never pile up in memory.
 */
final class CitationFiles {

    private CitationFiles() {}

    /** Writes or takes over every citation file; returns how many there are. */
    static int write(Site site, List<Language> languages, UrlScheme urls, StagingOutput staging, BuildCache cache,
            QuickKeys keys) {
        FileGroup group = new FileGroup(cache, "citations", keys.site(), staging);
        Optional<Integer> unchanged = group.takeOver();
        if (unchanged.isPresent()) {
            return unchanged.get();
        }
        for (Language language : languages) {
            String issuer = site.settings().issuer().orOfficial(language);
            for (Reply reply : site.replies()) {
                String url = urls.absolute(urls.reply(language, reply));
                group.put(new OutputFile(urls.citation(language, reply, "json"),
                        bytes(Citations.cslJson(reply, language, issuer, url))));
                group.put(new OutputFile(urls.citation(language, reply, "bib"),
                        bytes(Citations.bibtex(reply, language, issuer, url))));
            }
        }
        return group.finish();
    }

    private static byte[] bytes(String text) {
        return text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }
}
