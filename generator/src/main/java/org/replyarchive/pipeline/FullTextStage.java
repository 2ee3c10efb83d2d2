package org.replyarchive.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.replyarchive.config.Language;
import org.replyarchive.markdown.MarkdownRenderer;
import org.replyarchive.model.Disclosure;
import org.replyarchive.model.Reply;
import org.replyarchive.model.ReplyText;
import org.replyarchive.model.Site;
import org.replyarchive.model.TextSource;
import org.replyarchive.output.BuildCache;
import org.replyarchive.output.StagingOutput;
import org.replyarchive.output.StreamedFile;
import org.replyarchive.route.UrlScheme;

/**
 * Writes {@code data/replies.<lang>.jsonl}, one line per reply, joining the lines the reply pages made as they
 * were rendered ({@link FullTextLines}): the file is never held in memory, and no body is read again. A line no
 * page made (its page was taken over from a build that kept no line) is made here from its texts. A file whose
 * lines are all unchanged since the cached build is taken over whole; one where some changed copies the runs of
 * unchanged lines from the previous file ({@link FullTextIndex}).
 */
final class FullTextStage {

    private final UrlScheme urls;
    private final FullTextLines lines;
    private final TextSource texts;
    private final MarkdownRenderer markdown;

    FullTextStage(UrlScheme urls, FullTextLines lines, TextSource texts, MarkdownRenderer markdown) {
        this.urls = urls;
        this.lines = lines;
        this.texts = texts;
        this.markdown = markdown;
    }

    /** Writes or takes over the file of each language; returns how many files there are. */
    int write(Site site, List<Language> languages, BuildCache cache, StagingOutput staging, QuickKeys quickKeys) {
        List<String> replyKeys = cache.isEnabled() ? site.replies().stream().map(quickKeys::reply).toList() : List.of();
        // The lines this build's files are made of; only these are kept for the next build.
        Set<String> used = new HashSet<>();
        for (Language language : languages) {
            String path = urls.fullText(language);
            Path indexFile = lines.indexFile(language);
            Optional<FullTextIndex> previous = cache.isEnabled()
                    ? cache.previousFingerprint(path).flatMap(fp -> FullTextIndex.read(indexFile, fp))
                    : Optional.empty();
            List<String> keys = keys(site, language, replyKeys, previous);
            used.addAll(keys);
            String fingerprint = BuildCache.fingerprint(keys.toArray(String[]::new));
            if (cache.isEnabled() && cache.isUnchanged(path, fingerprint)) {
                staging.reuse(path);
                continue;
            }
            long[] lengths = write(site, language, keys, staging, path, previous);
            if (cache.isEnabled()) {
                try {
                    new FullTextIndex(fingerprint, keys, lengths, replyKeys).write(indexFile);
                } catch (IOException e) {
                    throw new UncheckedIOException("Cannot keep the full texts' index in " + indexFile, e);
                }
            }
        }
        lines.retainOnly(used);
        return languages.size();
    }

    /** The key of each reply's line: the previous one where the reply's quick key is unchanged, else made. */
    private List<String> keys(Site site, Language language, List<String> replyKeys,
            Optional<FullTextIndex> previous) {
        List<String> before = previous.filter(p -> p.quickKeys().size() == site.replies().size())
                .map(FullTextIndex::quickKeys).orElse(List.of());
        List<String> keys = new ArrayList<>(site.replies().size());
        for (int i = 0; i < site.replies().size(); i++) {
            keys.add(!before.isEmpty() && before.get(i).equals(replyKeys.get(i))
                    ? previous.get().keys().get(i)
                    : lines.key(site.replies().get(i), language));
        }
        return keys;
    }

    /** Writes the file; returns the length of each line. */
    private long[] write(Site site, Language language, List<String> keys, StagingOutput staging, String path,
            Optional<FullTextIndex> previous) {
        Optional<Path> old = previous.flatMap(index -> staging.previousFile(path)
                .filter(file -> sizeIs(file, index.size())));
        Map<String, FullTextIndex.Run> runs = old.isPresent() ? previous.get().runs() : Map.of();
        long[] lengths = new long[keys.size()];
        try (StreamedFile file = StreamedFile.open(staging, path);
                FileChannel from = old.isPresent() ? FileChannel.open(old.get()) : null) {
            // Consecutive unchanged lines that stood together before are copied as one run.
            long runStart = -1;
            long runLength = 0;
            for (int i = 0; i < keys.size(); i++) {
                FullTextIndex.Run run = runs.get(keys.get(i));
                if (run != null) {
                    if (runStart + runLength != run.offset()) {
                        copy(file, from, runStart, runLength);
                        runStart = run.offset();
                        runLength = 0;
                    }
                    runLength += run.length();
                    lengths[i] = run.length();
                    continue;
                }
                copy(file, from, runStart, runLength);
                runStart = -1;
                runLength = 0;
                Reply reply = site.replies().get(i);
                long stored = lines.appendStored(keys.get(i), file);
                lengths[i] = stored >= 0 ? stored : file.line(made(reply, language));
            }
            copy(file, from, runStart, runLength);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the previous " + path, e);
        }
        return lengths;
    }

    private static void copy(StreamedFile file, FileChannel from, long offset, long length) {
        if (length > 0) {
            file.copy(from, offset, length);
        }
    }

    private static boolean sizeIs(Path file, long size) {
        try {
            return Files.size(file) == size;
        } catch (IOException e) {
            return false;
        }
    }

    private String made(Reply reply, Language language) {
        return lines.store(reply, language, text(reply, reply.texts().get(language), language),
                reply.documents().stream().map(d -> text(reply, d.texts().get(language), language)).toList());
    }

    /**
     * The plain text published in full, or null: a withheld or untranslated text has none. Rendered as the page
     * renders it, so that the line is the one the page would have made.
     */
    private String text(Reply reply, ReplyText text, Language language) {
        if (reply.disclosure() != Disclosure.FULL || text == null) {
            return null;
        }
        return markdown.render(texts.markdown(text), language).text();
    }
}
