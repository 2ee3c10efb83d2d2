package org.replyarchive.pipeline;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.replyarchive.config.BuildConfig;
import org.replyarchive.config.Language;
import org.replyarchive.index.CitedDocuments;
import org.replyarchive.model.CaseDocument;
import org.replyarchive.model.Reply;
import org.replyarchive.model.ReplyText;
import org.replyarchive.model.Site;
import org.replyarchive.output.BuildCache;

/**
 * What each file of the site depends on, named without building its model: the site's shape (everything but
 * the wording of texts, see {@link org.replyarchive.content.CachedLoading.Loaded#shape}), the theme and the
 * engine, the build's settings, what texts decide for other pages (which translations lag, which documents are
 * cited), and for a reply's own files the digests of its texts. A file whose key is the cached build's is
 * taken over without its model being built; after an edit of one text, that is every file but the reply's.
 * Any other change makes every key new, and each file is then judged by its full fingerprint.
 */
final class QuickKeys {

    /** The key of every file made from the site as a whole; empty when the build keeps no cache. */
    private final String site;
    /** Each reply's key, made once: its pages, side-by-side pages and full-text lines all ask for it. */
    private final Map<Reply, String> replies = new IdentityHashMap<>();

    private QuickKeys(String site, List<Reply> replies) {
        this.site = site;
        replies.forEach(reply -> this.replies.put(reply, make(reply)));
    }

    /**
     * The keys of a build whose site has {@code shape}; {@code themeFingerprint} names the templates and words,
     * {@code siteStylesheet} whether every page links the site theme's own stylesheet (its one static file that
     * pages show).
     */
    static QuickKeys of(String shape, String themeFingerprint, boolean siteStylesheet, BuildConfig config, Site site,
            CitedDocuments cited) {
        if (shape.isEmpty()) {
            return new QuickKeys("", List.of());
        }
        return new QuickKeys(BuildCache.fingerprint(shape, themeFingerprint, String.valueOf(siteStylesheet),
                config.toString(), lagging(site), citations(cited)), site.replies());
    }

    /** The key of the site's pages and files that show no text of a reply. */
    String site() {
        return site;
    }

    /**
     * The key of the files of {@code reply}: its page in each language, its side-by-side page, its lines of the
     * full-text files.
     */
    String reply(Reply reply) {
        String key = replies.get(reply);
        return key != null ? key : make(reply);
    }

    private String make(Reply reply) {
        StringBuilder digests = new StringBuilder(site).append(' ').append(reply.year()).append('/')
                .append(reply.slug());
        reply.texts().values().forEach(t -> digests.append(' ').append(t.digest()));
        for (CaseDocument document : reply.documents()) {
            document.texts().values().forEach(t -> digests.append(' ').append(t.digest()));
        }
        return BuildCache.fingerprint(digests.toString());
    }

    /** The translations that lag behind their official text: each shows a notice, and is listed as lagging. */
    private static String lagging(Site site) {
        StringBuilder lagging = new StringBuilder();
        for (Reply reply : site.replies()) {
            ReplyText official = reply.texts().get(reply.officialLanguage());
            for (Language language : reply.texts().keySet()) {
                if (reply.texts().get(language).isOutdatedAgainst(official)) {
                    lagging.append(reply.year()).append('/').append(reply.slug()).append('.')
                            .append(language.code()).append(' ');
                }
            }
        }
        return lagging.toString();
    }

    /** Which replies cite each policy document, as the documents' pages list them. */
    private static String citations(CitedDocuments cited) {
        StringBuilder citations = new StringBuilder();
        cited.replies().forEach((key, replies) -> {
            citations.append(key).append(':');
            replies.forEach(r -> citations.append(' ').append(r.year()).append('/').append(r.slug()));
            citations.append('\n');
        });
        return citations.toString();
    }
}
