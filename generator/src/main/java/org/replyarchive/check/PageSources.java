package org.replyarchive.check;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.replyarchive.config.Language;
import org.replyarchive.model.Page;
import org.replyarchive.model.Reply;
import org.replyarchive.model.ReplyText;
import org.replyarchive.model.Site;
import org.replyarchive.model.TextSource;
import org.replyarchive.problem.Problem;
import org.replyarchive.problem.SourcePosition;
import org.replyarchive.route.UrlScheme;

/**
 * Knows which content file each built page was rendered from, so that a broken link written in a reply or
 * free page is reported at its line and column in that file. Links the theme wrote stay reported at their
 * place in the built page.
 */
final class PageSources {

    /** The Markdown a page's body came from, read only when a broken link on the page must be placed. */
    private record Source(String path, java.util.function.Supplier<String> markdown, int firstBodyLine) {}

    private final Map<String, Source> byPage;

    private PageSources(Map<String, Source> byPage) {
        this.byPage = Map.copyOf(byPage);
    }

    /**
     * The sources of the pages of {@code site} built in {@code languages} under
     * {@code urls}. A page in a language the file is not written in is traced to the official file, whose text
     * it may show.
     */
    static PageSources of(Site site, List<Language> languages, UrlScheme urls, TextSource texts) {
        Map<String, Source> byPage = new HashMap<>();
        Language official = site.settings().officialLanguage();
        for (Reply reply : site.replies()) {
            for (Language language : languages) {
                ReplyText text = reply.texts().getOrDefault(language, reply.texts().get(official));
                if (text != null) {
                    byPage.put(UrlScheme.outputFile(urls.reply(language, reply)),
                            new Source(text.path(), () -> texts.markdown(text), text.firstBodyLine()));
                }
            }
        }
        for (Page page : site.pages()) {
            for (Language language : languages) {
                Page.PageText text = page.texts().getOrDefault(language, page.texts().get(official));
                if (text != null) {
                    byPage.put(UrlScheme.outputFile(urls.page(language, page.name())),
                            new Source(text.path(), text::markdown, text.firstBodyLine()));
                }
            }
        }
        return new PageSources(byPage);
    }

    /**
     * The broken link as a problem: at its place in the content file when the page's Markdown writes it as a
     * link ({@code [..](ref)}, {@code <ref>} or {@code [..]: ref}), else at its place in the built page.
     */
    Problem toProblem(BrokenLink link) {
        Optional<SourcePosition> inSource = Optional.ofNullable(byPage.get(link.page()))
                .flatMap(source -> locate(source, link.reference()));
        return inSource.map(at -> Problem.error(at, link.messageNamingPage(), link.fix()))
                .orElseGet(() -> Problem.error(new SourcePosition(link.page(), link.line(), link.column()),
                        link.message(), link.fix()));
    }

    private static Optional<SourcePosition> locate(Source source, String reference) {
        String markdown = source.markdown().get();
        for (String written : List.of(reference, percentDecode(reference))) {
            for (String prefix : List.of("](", "<", "]: ", "]:")) {
                int at = markdown.indexOf(prefix + written);
                if (at >= 0) {
                    int offset = at + prefix.length();
                    return Optional.of(SourcePosition.at(source.path(), markdown, offset, source.firstBodyLine()));
                }
            }
        }
        return Optional.empty();
    }


    /** Undoes percent-encoding (UTF-8), leaving malformed escapes as written; {@code +} stays {@code +}. */
    static String percentDecode(String text) {
        if (text.indexOf('%') < 0) {
            return text;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            if (cp == '%' && i + 2 < text.length() && Character.digit(text.charAt(i + 1), 16) >= 0
                    && Character.digit(text.charAt(i + 2), 16) >= 0) {
                bytes.write(Integer.parseInt(text.substring(i + 1, i + 3), 16));
                i += 3;
            } else {
                byte[] own = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8);
                bytes.write(own, 0, own.length);
                i += Character.charCount(cp);
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
