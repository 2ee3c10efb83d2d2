package org.replyarchive.pipeline;

import java.util.List;
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
    static int write(Site site, List<Language> languages, UrlScheme urls, StagingOutput staging) {
        int files = 0;
        for (Language language : languages) {
            String issuer = site.settings().issuer().orOfficial(language);
            for (Reply reply : site.replies()) {
                String url = urls.absolute(urls.reply(language, reply));
                put(staging, new OutputFile(urls.citation(language, reply, "json"),
                        bytes(Citations.cslJson(reply, language, issuer, url))));
                put(staging, new OutputFile(urls.citation(language, reply, "bib"),
                        bytes(Citations.bibtex(reply, language, issuer, url))));
                files += 2;
            }
        }
        return files;
    }

    private static byte[] bytes(String text) {
        return text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    private static void put(StagingOutput staging, OutputFile file) {
        if (staging.previousHolds(file)) {
            staging.reuse(file.path());
        } else {
            staging.write(file);
        }
    }
}
