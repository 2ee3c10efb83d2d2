package org.replyarchive.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.replyarchive.testing.BuiltSite;
import org.replyarchive.testing.SiteFixture;

/**
 * A small site with registered documents, built whole: the documents' pages list the replies citing them, the
 * reply's text links them and its terms, an unregistered citation is told at its place, and a translated reply has
 * its side-by-side page, whose rows pair the texts' blocks.
 */
class ReadingAidsBuildTest {

    private static final String DOCUMENTS = """
            -- registry/documents.yaml --
            plan-223:
              title: {zh: 吉林省科技型中小微企业“破茧成蝶”专项行动方案, en: Chrysalis Action Plan}
              doc_number: 吉科发人才〔2022〕223号
            unused:
              title: {zh: 无人引用的文件, en: An uncited document}
            """;

    private static final String REPLY = SiteFixture.REPLY_ZH.replace("正文第一段。",
            "印发《吉林省科技型中小微企业“破茧成蝶”专项行动方案》（吉科发人才〔2022〕223号），实施破茧成蝶。"
                    + "另见《未登记的办法》。");

    private static final String TRANSLATION = SiteFixture.REPLY_EN.replaceAll("(?s)---\\n(?!.*---).*",
            "---\nChina Association for Promoting Democracy, Jilin Committee:\n\n## I. On talent\n\n"
                    + "> The Proposal suggests more training.\n\nIt issued the Chrysalis Action Plan (吉科发人才〔2022〕223号)"
                    + " and runs Chrysalis to Butterfly. See also the unregistered measures.\n");

    @TempDir
    Path dir;

    private BuiltSite build() {
        Path content = SiteFixture.write(dir.resolve("content"), DOCUMENTS
                + "-- replies/2023/2023D51.zh.md --\n" + REPLY + "-- replies/2023/2023D51.en.md --\n" + TRANSLATION);
        return BuiltSite.build(content, dir.resolve("site"), "/");
    }

    @Test
    void documentsArePagesListingTheRepliesThatCiteThem() {
        BuiltSite site = build();
        String page = site.text("zh/documents/plan-223/index.html");
        assertTrue(page.contains("href=\"../../../zh/replies/2023/2023D51/\""), "lists the reply citing it");
        assertTrue(site.text("zh/documents/unused/index.html").contains("档案中尚无答复引用该文件"));
        String index = site.text("en/documents/index.html");
        assertTrue(index.contains("Chrysalis Action Plan") && index.contains("Replies citing it: 1"), index);
        assertTrue(index.contains("Replies citing it: 0"));
    }

    @Test
    void theTextLinksItsDocumentAndMarksItsTermsOncePerPoint() {
        BuiltSite site = build();
        String zh = site.text("zh/replies/2023/2023D51/index.html");
        assertTrue(zh.contains("<a class=\"cited-document\" href=\"../../../../zh/documents/plan-223/\">《吉林省科技型中小微企业“破茧成蝶”专项行动方案》</a>"), zh);
        assertFalse(zh.contains(">吉科发人才〔2022〕223号</a>"), "the same document once in a point");
        assertTrue(zh.contains("实施<a class=\"term\" href=\"../../../../zh/glossary/#po-jian-cheng-die\""
                + " aria-describedby=\"gloss-zh-po-jian-cheng-die\">破茧成蝶</a>"), "not inside the title, but after it");
        assertTrue(zh.contains("<dd id=\"gloss-zh-po-jian-cheng-die\"><span class=\"terms__other\" lang=\"en\">"
                + "Chrysalis to Butterfly</span>：培育科技型企业成长的计划。</dd>"), "the note the mark names");
        String en = site.text("en/replies/2023/2023D51/index.html");
        assertTrue(en.contains(">Chrysalis Action Plan</a>") && en.contains(">Chrysalis to Butterfly</a>"), en);
    }

    @Test
    void anUnregisteredCitationIsAWarningAtItsPlace() {
        List<String> warnings = build().result().warnings().stream().map(Object::toString).toList();
        assertEquals(1, warnings.stream().filter(w -> w.contains("《未登记的办法》")).count(), warnings::toString);
        String warning = warnings.stream().filter(w -> w.contains("《未登记的办法》")).findFirst().orElseThrow();
        assertTrue(warning.startsWith("replies/2023/2023D51.zh.md:24:55: the title 《未登记的办法》 is cited but not in"), warning);
        assertTrue(warnings.stream().noneMatch(w -> w.contains("《建议》")), "the proposal is no policy document");
    }

    @Test
    void aTranslatedReplyIsReadSideBySideBlockBesideBlock() {
        BuiltSite site = build();
        String page = site.text("en/replies/2023/2023D51/side-by-side/index.html");
        assertEquals(4, page.split("<div class=\"parallel__row\">", -1).length - 1, "one row per block");
        assertTrue(page.contains("<div class=\"parallel__cell reply-body\" lang=\"zh-Hans\">\n<p>民进省委会：</p>"));
        assertTrue(page.contains("<div class=\"parallel__cell reply-body\" lang=\"en\">\n<p>China Association"));
        assertTrue(page.contains("href=\"../../../../../en/glossary/#po-jian-cheng-die\""), "links from its depth");
        assertTrue(site.text("zh/replies/2023/2023D51/index.html").contains("href=\"../../../../zh/replies/2023/2023D51/side-by-side/\""));
    }
}
