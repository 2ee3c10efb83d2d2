package org.replyarchive.build;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.replyarchive.config.Language;
import org.replyarchive.problem.Problem;

/**
 * What a successful build produced.
 *
 * @param output the folder the site was written to
 * @param replies the number of replies
 * @param pages the number of HTML pages written
 * @param rendered the number of those pages rendered by this build; the others were unchanged and taken over
 * @param files the number of files written in all
 * @param languages the languages built
 * @param warnings the problems that did not stop the build
 * @param nanos the wall time of the build
 */
public record BuildResult(
        Path output,
        int replies,
        int pages,
        int rendered,
        int files,
        List<Language> languages,
        List<Problem> warnings,
        long nanos) {

    public BuildResult {
        languages = List.copyOf(languages);
        warnings = List.copyOf(warnings);
    }

    public double seconds() {
        return nanos / 1e9;
    }

    public double pagesPerSecond() {
        return seconds() == 0 ? 0 : pages / seconds();
    }

    /** The one line a build ends with. */
    public String summary() {
        return String.format(Locale.ROOT,
                "Built %d replies: %d pages (%d files) in %s, %d warnings, %.2f s, %.0f pages/s, %d pages rendered",
                replies, pages, files, String.join("+", languages.stream().map(Language::code).toList()),
                warnings.size(), seconds(), pagesPerSecond(), rendered);
    }
}
