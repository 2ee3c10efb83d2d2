package org.replyarchive.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.replyarchive.output.BuildCache;
import org.replyarchive.build.BuildListener;
import org.replyarchive.config.Language;
import org.replyarchive.feed.AtomWriter;
import org.replyarchive.feed.OpenDataWriter;
import org.replyarchive.feed.SitemapWriter;
import org.replyarchive.model.Site;
import org.replyarchive.output.OutputFile;
import org.replyarchive.output.StagingOutput;
import org.replyarchive.render.SitePlan;
import org.replyarchive.render.Theme;
import org.replyarchive.render.UiStrings;
import org.replyarchive.route.UrlScheme;

/**
 * The writing stage: the files that are not pages, made from the metadata alone. Each is compared with the
 * previous output's and taken over when equal, so an incremental build writes only what changed.
 */
final class OtherFiles {

    /** The name of these files in the build cache, which keeps them as a group. */
    private static final String GROUP = "other-files";

    private final UrlScheme urls;
    private final Theme theme;
    private final BuildListener listener;
    private final java.nio.file.Path contentDirectory;

    OtherFiles(UrlScheme urls, Theme theme, BuildListener listener, java.nio.file.Path contentDirectory) {
        this.urls = urls;
        this.theme = theme;
        this.listener = listener;
        this.contentDirectory = contentDirectory;
    }

    /** Writes the files; returns how many there are. */
    int write(Site site, List<Language> languages, SitePlan plan, UiStrings ui, StagingOutput staging,
            BuildCache cache, QuickKeys keys) {
        long started = System.nanoTime();
        // The theme's static files are the one input of these that the site's key does not name.
        FileGroup group = new FileGroup(cache, GROUP,
                cache.isEnabled() ? BuildCache.fingerprint(keys.site(), staticFingerprint()) : "", staging);
        Optional<Integer> unchanged = group.takeOver();
        if (unchanged.isPresent()) {
            listener.info(String.format(Locale.ROOT, "Writing: %,d files of open data, feeds, sitemap and assets"
                    + " unchanged since the last build, in %.2f s", unchanged.get(), seconds(started)));
            return unchanged.get();
        }
        List<OutputFile> files = otherFiles(site, languages, ui);
        files.parallelStream().forEach(group::put);
        files = null; // the rest is written a record, a part or a file at a time and need not share the heap
        new OpenDataWriter(urls, languages).write(site, group::stream);
        new SitemapWriter(urls).write(plan::forEachListed, group::put);
        SourceFiles.write(site, urls, contentDirectory, group::put);
        int count = group.finish();
        listener.info(String.format(Locale.ROOT, "Writing: %,d files of open data, feeds, sitemap and assets in %.2f s",
                count, seconds(started)));
        return count;
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    private String staticFingerprint() {
        List<String> parts = new ArrayList<>();
        // Latin-1 maps each byte to one char: the fingerprint of the text is that of the bytes.
        theme.files("static").forEach((path, bytes) -> parts.add(path + "\n"
                + new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1)));
        return BuildCache.fingerprint(parts.toArray(String[]::new));
    }

    /**
     * Feeds, the record of handling (statistics, list feeds and their OPML, open data schemas), the theme's
     * assets, and the marker of a built site (the open data, the sitemap and robots.txt, and the replies' sources
     * are written apart).
     */
    private List<OutputFile> otherFiles(Site site, List<Language> languages, UiStrings ui) {
        List<OutputFile> files = new ArrayList<>();
        AtomWriter atom = new AtomWriter(urls);
        languages.forEach(language -> files.add(atom.write(site, language)));
        files.addAll(HandlingFiles.write(site, languages, urls, ui));
        theme.files("static").forEach((path, bytes) -> files.add(new OutputFile(urls.asset(path), bytes)));
        files.add(OutputFile.text(StagingOutput.MARKER, StagingOutput.MARKER_TEXT));
        return files;
    }

}
