package org.replyarchive.content;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import java.util.Optional;
import org.replyarchive.config.Language;
import org.replyarchive.model.GlossaryTerm;
import org.replyarchive.model.Localized;
import org.replyarchive.model.Page;
import org.replyarchive.model.PolicyDocument;
import org.replyarchive.model.Reply;
import org.replyarchive.model.Site;
import org.replyarchive.model.SiteSettings;
import org.replyarchive.problem.ContentProblemsException;
import org.replyarchive.problem.Problems;
import org.replyarchive.problem.SourcePosition;

/**
 * Loads and validates a whole content folder into a {@link Site}.
 *
 * <pre>{@code
 * Site site = new ContentLoader(problems).load(Path.of("content"));
 * }</pre>
 */
public final class ContentLoader {

    private final Problems problems;
    private final BodyDigests digests;

    /** A loader that adds every problem it finds to {@code problems} and reads every body. */
    public ContentLoader(Problems problems) {
        this(problems, BodyDigests.none());
    }

    /** A loader that reads only the front matter of the reply files whose bodies {@code digests} knows. */
    public ContentLoader(Problems problems, BodyDigests digests) {
        this.problems = problems;
        this.digests = digests;
    }

    /**
     * Reads everything under {@code contentDirectory}.
     *
     * @throws ContentProblemsException with every problem found, when any is an error
     */
    public Site load(Path contentDirectory) {
        requireFolder(contentDirectory, problems);
        Optional<SiteSettings> settings = SiteSettingsLoader.load(contentDirectory, problems);
        RegistryLoader registryLoader = new RegistryLoader(contentDirectory, problems);
        Registries registries = new Registries(registryLoader.sessions(), registryLoader.departments(),
                registryLoader.proposers(), registryLoader.topics(), registryLoader.invalid(),
                new HandlingRulesLoader(contentDirectory, problems).load());
        List<GlossaryTerm> glossary = registryLoader.glossary();
        List<PolicyDocument> documents = registryLoader.documents();
        TopicGlossaryAgreement.check(registries.topics().values(), registryLoader.topicEnglishPositions(), glossary,
                problems);
        // Without valid settings the build fails anyway; the replies are still checked, so every problem is told.
        Language official = settings.map(SiteSettings::officialLanguage).orElse(Localized.OFFICIAL);
        List<Reply> replies = new ReplyLoader(official, registries, glossaryKeys(glossary), contentDirectory, problems,
                digests).load(ContentScanner.replies(contentDirectory, problems), ContentScanner.documents(contentDirectory));
        List<Page> pages = new PageLoader(problems).load(ContentScanner.pages(contentDirectory, problems));
        problems.throwIfErrors();
        return new Site(settings.orElseThrow(), registries.sessions(), registries.departments(),
                registries.proposers(), registries.topics(), glossary, replies, pages, registries.handlingRules(), documents);
    }


    private static java.util.Set<String> glossaryKeys(List<GlossaryTerm> glossary) {
        return glossary.stream().map(GlossaryTerm::key).collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    /** Fails at once when there is no content folder: every other problem would follow from that one. */
    static void requireFolder(Path contentDirectory, Problems problems) {
        if (!Files.isDirectory(contentDirectory)) {
            problems.error(SourcePosition.ofFile(contentDirectory.toString()), "the content folder does not exist",
                    "point contentDirectory (-Dreply-archive.contentDirectory) at the folder holding site.yaml");
            problems.throwIfErrors();
        }
    }
}
