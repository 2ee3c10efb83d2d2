package org.replyarchive.check;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.replyarchive.build.BuildListener;
import org.replyarchive.pipeline.BuildPipeline;
import org.replyarchive.config.BuildConfig;
import org.replyarchive.config.Language;
import org.replyarchive.content.ContentLoader;
import org.replyarchive.model.Disclosure;
import org.replyarchive.model.Site;
import org.replyarchive.output.TemporaryFolder;
import org.replyarchive.problem.ContentProblemsException;
import org.replyarchive.problem.Problem;
import org.replyarchive.problem.Problems;
import org.replyarchive.problem.Severity;
import org.replyarchive.translation.TranslationChecks;
import org.replyarchive.route.UrlScheme;

/**
 * Runs every check at once: validation of the content, a build into a temporary folder, the links and asset
 * references of that build, the fidelity of each reply to its {@code source:}, and the terminology and currency of
 * each translation ({@link TranslationChecks}). The configured output
 * folder is never touched.
 *
 * <p>When some replies or pages have errors, the rest is still built and checked without them, so one run
 * reports every problem; links that lead to a page left out that way are not reported.
 */
public final class SiteChecker {

    private final BuildConfig config;
    private final BuildListener listener;

    /** A checker of the content, theme, base URL and languages of {@code config}; its output folder is unused. */
    public SiteChecker(BuildConfig config, BuildListener listener) {
        this.config = Objects.requireNonNull(config, "config must not be null");
        this.listener = Objects.requireNonNull(listener, "listener must not be null");
    }

    /** Checks everything and returns every problem found; throws only when the environment fails (I/O). */
    public CheckResult check() {
        try (TemporaryFolder temp = TemporaryFolder.create("reply-archive-check-")) {
            List<Problem> problems = new ArrayList<>();
            List<String> notes = new ArrayList<>();
            Optional<PartialContent.Loaded> loaded = load(temp, problems, notes);
            if (loaded.isEmpty()) {
                return new CheckResult(problems, 0, 0, 0, notes);
            }
            PartialContent.Loaded content = loaded.get();
            List<Problem> fidelity = new FidelityChecker(content.directory(), officialIssuer(content.site()))
                    .check(content.site().replies());
            problems.addAll(fidelity);
            problems.addAll(org.replyarchive.content.PersonalDataCheck.check(content.directory(), content.site()));
            problems.addAll(TranslationChecks.of(content.site(),
                    new org.replyarchive.content.BodyReader(content.directory()), Severity.ERROR));
            int sources = (int) content.site().replies().stream().filter(r -> r.source().isPresent() && r.disclosure() == Disclosure.FULL).count();
            LinkChecker.Report links = checkLinks(content, temp.path().resolve("site"), problems, notes);
            return new CheckResult(problems, links.files(), links.references(), sources, notes);
        }
    }

    /** Validates the content; on errors, loads what can be loaded without the files that have them. */
    private Optional<PartialContent.Loaded> load(TemporaryFolder temp, List<Problem> problems, List<String> notes) {
        Problems validation = new Problems();
        try {
            Site site = new ContentLoader(validation).load(config.contentDirectory());
            problems.addAll(validation.sorted());
            return Optional.of(new PartialContent.Loaded(config.contentDirectory(), site, Set.of()));
        } catch (ContentProblemsException e) {
            problems.addAll(e.problems());
            Optional<PartialContent.Loaded> partial = PartialContent.load(config.contentDirectory(), e.errors(), temp);
            partial.ifPresentOrElse(
                    p -> notes.add("Links and fidelity were checked without the " + p.excluded().size()
                            + " files that have errors: " + String.join(", ", p.excluded())),
                    () -> notes.add("Links and fidelity were not checked: the content does not load even without"
                            + " the replies and pages that have errors; fix the problems above first"));
            return partial;
        }
    }

    /** The issuer as the signatures of the official texts name it. */
    private static String officialIssuer(Site site) {
        return site.settings().issuer().get(site.settings().officialLanguage());
    }

    private LinkChecker.Report checkLinks(
            PartialContent.Loaded content, Path site, List<Problem> problems, List<String> notes) {
        BuildConfig.Builder build = BuildConfig.builder(content.directory(), site)
                .baseUrl(config.baseUrl())
                .languages(config.languages());
        config.themeDirectory().ifPresent(build::themeDirectory);
        try {
            new BuildPipeline(build.build(), infoOnly(listener)).run();
        } catch (ContentProblemsException e) {
            e.problems().stream().filter(p -> !problems.contains(p)).forEach(problems::add);
            notes.add("Links were not checked: the site could not be built");
            return new LinkChecker.Report(List.of(), 0, 0);
        }
        LinkChecker.Report report = new LinkChecker(config.baseUrl()).check(site);
        List<Language> languages = content.site().settings().languagesToBuild(config.languages());
        PageSources sources = PageSources.of(content.site(), languages, new UrlScheme(config.baseUrl()),
                new org.replyarchive.content.BodyReader(config.contentDirectory()));
        report.broken().stream()
                .filter(link -> !content.isLeftOut(link.target()))
                .map(sources::toProblem)
                .forEach(problems::add);
        return report;
    }

    /** The listener without warnings: the check reports those itself, once, from its own validation. */
    private static BuildListener infoOnly(BuildListener listener) {
        return new BuildListener() {
            @Override
            public void info(String message) {
                listener.info("Check build: " + message);
            }

            @Override
            public void warning(Problem problem) {}
        };
    }
}
