package org.replyarchive.archive;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.replyarchive.check.FidelityChecker;
import org.replyarchive.config.Language;
import org.replyarchive.content.ContentLoader;
import org.replyarchive.model.GlossaryTerm;
import org.replyarchive.model.Reply;
import org.replyarchive.model.Site;
import org.replyarchive.problem.Problems;
import org.replyarchive.testing.BuiltSite;

/** The archive's own content ({@code content/}): valid, faithful to its sources, complete in both languages. */
class ArchiveContentTest {

    static final Path CONTENT = Path.of("..", "content");

    @TempDir
    static Path dir;

    static Problems problems = new Problems();
    static Site site;
    static BuiltSite built;

    @BeforeAll
    static void load() {
        site = new ContentLoader(problems).load(CONTENT);
        built = BuiltSite.build(CONTENT, dir, "/");
    }

    @Test
    void validationReportsNoProblemAtAll() {
        assertEquals(List.of(), problems.sorted());
        assertEquals(List.of(), built.result().warnings());
    }

    @Test
    void holdsTheFiveRealRepliesEachTranslated() {
        assertEquals(Set.of("2022/cppcc-12-5-135", "2022/cppcc-12-5-201", "2023/2023D51", "2023/2023W316",
                "2024/2024D10"), site.replies().stream().map(Reply::id).collect(Collectors.toSet()));
        for (Reply reply : site.replies()) {
            assertTrue(reply.isWrittenIn(Language.EN), reply.id() + " has a translation");
            assertTrue(reply.source().isPresent(), reply.id() + " names its source");
            assertTrue(reply.docNumber().matches("吉科发(人才|办)〔20\\d\\d〕\\d+号"), reply.docNumber());
        }
    }

    @Test
    void publishesNoPersonalDataAndNoInvisibleCharacters() {
        // Invisible characters would already fail validation above; personal data is the check goal's.
        assertEquals(List.of(), org.replyarchive.content.PersonalDataCheck.check(CONTENT, site));
    }

    @Test
    void everyReplyIsFaithfulToItsSource() {
        var fidelity = new FidelityChecker(CONTENT, site.settings().issuer().zh()).check(site.replies());
        assertEquals(List.of(), fidelity.stream().map(Object::toString).toList());
    }

    @Test
    void translationsRenderTheGlossaryTermsAndAreStampedWithTheirCurrentOfficialText() {
        var problems = org.replyarchive.translation.TranslationChecks.of(site,
                new org.replyarchive.content.BodyReader(CONTENT), org.replyarchive.problem.Severity.ERROR);
        assertEquals("", problems.stream().sorted().map(Object::toString).collect(Collectors.joining("\n")));
        for (Reply reply : site.replies()) {
            assertTrue(reply.texts().get(Language.EN).translatedFrom().isPresent(), reply.id() + " is stamped");
        }
    }

    @Test
    void translationsAreCompleteParagraphForParagraph() {
        for (Reply reply : site.replies()) {
            var texts = new org.replyarchive.content.BodyReader(CONTENT);
            List<String> zh = blockKinds(texts.markdown(reply.texts().get(Language.ZH)));
            List<String> en = blockKinds(texts.markdown(reply.texts().get(Language.EN)));
            assertEquals(zh, en, reply.id() + ": the translation has the same headings, quotes and paragraphs");
        }
    }

    /** The kind of each block: heading level, quote or paragraph. */
    private static List<String> blockKinds(String markdown) {
        return java.util.Arrays.stream(markdown.split("\n\\s*\n"))
                .map(String::strip)
                .filter(b -> !b.isEmpty())
                .map(b -> b.startsWith("###") ? "h3" : b.startsWith("##") ? "h2" : b.startsWith(">") ? "quote" : "p")
                .toList();
    }

    @Test
    void indexesListTheRepliesCorrectly() {
        assertAll(
                () -> assertEquals(2, built.page("zh/proposers/li-xiuyu/").select(".reply-card").size()),
                () -> assertEquals(2, built.page("en/proposers/li-xiuyu/").select(".reply-card").size()),
                () -> assertEquals(List.of("2024", "2023", "2022"), built.page("zh/years/").select(".group-list a").eachText()),
                () -> assertEquals(2, built.page("zh/years/2022/").select(".reply-card").size()),
                () -> assertEquals(2, built.page("zh/sessions/cppcc-13-1/").select(".reply-card").size()),
                () -> assertEquals(2, built.page("zh/sessions/cppcc-12-5/").select(".reply-card").size()),
                () -> assertEquals(3, built.page("zh/kinds/member/").select(".reply-card").size()),
                () -> assertEquals(2, built.page("zh/kinds/party-group/").select(".reply-card").size()),
                () -> assertEquals(5, built.page("zh/departments/jl-kjt/").select(".reply-card").size()),
                () -> assertTrue(built.page("zh/departments/jl-jyt/").select(".reply-card").size() >= 2));
    }

    @Test
    void everyTopicDepartmentAndProposerUsedHasAPageInBothLanguages() {
        for (Reply reply : site.replies()) {
            for (String lang : List.of("zh", "en")) {
                reply.topics().forEach(t -> assertTrue(built.exists(lang + "/topics/" + t.key() + "/index.html")));
                reply.handling().co().forEach(d -> assertTrue(built.exists(lang + "/departments/" + d.key() + "/index.html")));
                reply.proposal().proposers().forEach(p -> assertTrue(built.exists(lang + "/proposers/" + p.key() + "/index.html")));
            }
        }
    }

    @Test
    void glossaryExplainsAtLeastFortyTermsIncludingTheRequiredOnes() {
        Map<String, GlossaryTerm> byChinese = site.glossary().stream()
                .collect(Collectors.toMap(t -> t.term().zh(), t -> t, (a, b) -> a));
        assertTrue(site.glossary().size() >= 40, "terms: " + site.glossary().size());
        Set<String> required = new TreeSet<>(List.of("一主六双", "六新产业", "四新设施", "破茧成蝶", "揭榜挂帅", "免申即享",
                "专精特新", "科技小巨人", "双千工程", "带土移植", "科创专员", "飞地孵化", "三支一扶", "吉人回乡"));
        required.removeAll(byChinese.keySet());
        assertEquals(Set.of(), required, "required glossary terms missing");
        site.glossary().forEach(t -> assertTrue(t.definition().has(Language.EN) && !t.definition().en().isBlank(), t.key()));
    }

    @Test
    void freePagesExistInBothLanguages() {
        for (String page : List.of("about", "how-to-read")) {
            assertTrue(built.exists("zh/" + page + "/index.html"));
            assertTrue(built.exists("en/" + page + "/index.html"));
        }
    }
}
