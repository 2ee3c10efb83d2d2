package org.replyarchive.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.replyarchive.config.Language;
import org.replyarchive.model.GlossaryTerm;
import org.replyarchive.model.Localized;
import org.replyarchive.model.PolicyDocument;

class TextMarksTest {

    private static final List<GlossaryTerm> GLOSSARY = List.of(
            new GlossaryTerm("po-jian", Localized.of("破茧成蝶", "\"Chrysalis to Butterfly\" programme"),
                    Localized.of("专项行动。", "A campaign."), List.of("“破茧成蝶”专项行动")),
            new GlossaryTerm("zhuan-jing", Localized.of("专精特新", "specialised and sophisticated"),
                    Localized.of("定义。", "Definition."), List.of()),
            new GlossaryTerm("xiao-ju-ren", Localized.of("专精特新“小巨人”企业", "little giant enterprise"),
                    Localized.of("定义。", "Definition."), List.of()),
            new GlossaryTerm("jian-yi", Localized.of("《建议》", "\"the Proposal\""),
                    Localized.of("提案。", "The proposal."), List.of()),
            new GlossaryTerm("sme", Localized.of("科技型中小企业", "technology-based SMEs"),
                    Localized.of("企业。", "Enterprises."), List.of(), List.of("technology-based small and medium-sized enterprises")));

    private static final List<PolicyDocument> DOCUMENTS = List.of(new PolicyDocument("plan-245",
            Localized.of("吉林省科技人才助力企业创新跃升三年行动方案",
                    "Jilin Province Three-Year Action Plan for Science and Technology Talent"),
            Optional.of("吉科发人才〔2022〕245号"), List.of("科技人才三年行动方案")));

    private final MarkdownRenderer renderer = new MarkdownRenderer();
    private final TextMarks marks = new TextMarks(GLOSSARY, DOCUMENTS);

    private RenderedBody render(String markdown, Language language) {
        return renderer.render(markdown, language, new Marking(marks, language, "", key -> "g/#" + key, key -> "d/" + key + "/"));
    }

    private static List<String> marked(String html, String kind) {
        Matcher m = Pattern.compile("<a class=\"" + kind + "\"[^>]*>([^<]*)</a>").matcher(html);
        List<String> found = new java.util.ArrayList<>();
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    @Test
    void findsAnEnglishTitleThatStartsWithPunctuationButNoTitleOfPunctuationAlone() {
        TextMarks titled = new TextMarks(List.of(), List.of(
                new PolicyDocument("trial", Localized.of("试行办法", "(Trial) Measures on Science Parks"),
                        Optional.empty(), List.of()),
                new PolicyDocument("dots", Localized.of("省略", "…"), Optional.empty(), List.of())));
        String html = renderer.render("See the (Trial) Measures on Science Parks … and so on …", Language.EN,
                new Marking(titled, Language.EN, "", key -> "g/#" + key, key -> "d/" + key + "/")).html();
        assertEquals(List.of("(Trial) Measures on Science Parks"), marked(html, "cited-document"), html);
    }

    @Test
    void aTextRenderedForAnyPageLinksAsOneRenderedForThatPage() {
        String markdown = "依据吉科发人才〔2022〕245号，开展“破茧成蝶”专项行动，培育专精特新“小巨人”企业。\n\n## 一、关于\u0000的建议\n\n专精特新。";
        Marking marking = new Marking(marks, Language.ZH, "../../", key -> "g/#" + key, key -> "d/" + key + "/");
        ParsedText parsed = renderer.parse(markdown, Language.ZH, marks);
        RenderedBody forThatPage = renderer.render(parsed, marking);
        RenderedBody forAnyPage = renderer.renderForAnyPage(parsed, marking);
        assertTrue(forThatPage.html().contains("href=\"../../g/#po-jian\""), forThatPage.html());
        assertEquals(forThatPage, forAnyPage.linkedFrom("../../"));
        // The placeholder the links start with is in no rendered text: the parser replaces a NUL.
        assertFalse(forThatPage.html().contains("\u0000"), forThatPage.html());
        assertEquals(marked(forThatPage.html(), "term").size() + marked(forThatPage.html(), "cited-document").size(),
                forAnyPage.html().split("\u0000", -1).length - 1, "one placeholder per mark");
    }

    @Test
    void marksTheFirstOccurrenceOfATermInEachPoint() {
        RenderedBody body = render("""
                开展“破茧成蝶”专项行动，支持破茧成蝶企业。

                ## 一、关于破茧成蝶的建议

                实施破茧成蝶计划，再次破茧成蝶。

                ## 二、其他

                破茧成蝶。
                """, Language.ZH);
        assertEquals(List.of("“破茧成蝶”专项行动", "破茧成蝶", "破茧成蝶"), marked(body.html(), "term"));
        assertEquals(List.of("po-jian"), body.terms());
        assertTrue(body.html().contains("<a class=\"term\" href=\"g/#po-jian\" aria-describedby=\"gloss-zh-po-jian\">"));
    }

    @Test
    void theLongestChineseFormWinsWhereFormsOverlap() {
        RenderedBody body = render("培育专精特新“小巨人”企业，发展专精特新企业。", Language.ZH);
        assertEquals(List.of("专精特新“小巨人”企业", "专精特新"), marked(body.html(), "term"));
        assertEquals(List.of("xiao-ju-ren", "zhuan-jing"), body.terms());
    }

    @Test
    void nothingIsMarkedInHeadingsLinksCodeOrDocumentNumbersOrInsideATitle() {
        RenderedBody body = render("""
                ## 破茧成蝶

                [破茧成蝶](https://example.org/) 与 `破茧成蝶` 见吉破茧成蝶〔2022〕1号，《关于专精特新的通知》。
                """, Language.ZH);
        assertEquals(List.of(), marked(body.html(), "term"));
        assertEquals(List.of(), body.terms());
    }

    @Test
    void aTermThatIsAWholeTitleIsMarked() {
        RenderedBody body = render("《建议》提出，加强人才培养。", Language.ZH);
        assertEquals(List.of("《建议》"), marked(body.html(), "term"));
    }

    @Test
    void englishIsMatchedWithoutCaseOnWordBoundariesAcrossHyphensAndQuotes() {
        RenderedBody body = render("""
                It names Technology-Based SMEs and the "Chrysalis to Butterfly" Programme; \
                technology based smes again.

                ## I. Next

                Support for Technology Based Small and Medium-Sized Enterprises, and the "Chrysalis to Butterfly" \
                campaign; no match in nontechnology-based smesx.
                """, Language.EN);
        assertEquals(List.of("Technology-Based SMEs", "&quot;Chrysalis to Butterfly&quot; Programme",
                "Technology Based Small and Medium-Sized Enterprises", "Chrysalis to Butterfly"),
                marked(body.html(), "term"));
        assertEquals(List.of("sme", "po-jian"), body.terms());
    }

    @Test
    void aMarkDoesNotEndInsideAQuotation() {
        RenderedBody body = render("The Department studied the \"Proposal\" carefully.", Language.EN);
        assertEquals(List.of("the &quot;Proposal&quot;"), marked(body.html(), "term"));
    }

    @Test
    void citedDocumentsAreLinkedByTitleAliasAndNumberOncePerPoint() {
        RenderedBody body = render("""
                印发《吉林省科技人才助力企业创新跃升三年行动方案》（吉科发人才〔2022〕245号），落实《科技人才三年行动方案》。

                ## 一、要点

                依据吉科发人才【2022】245号。
                """, Language.ZH);
        assertEquals(List.of("《吉林省科技人才助力企业创新跃升三年行动方案》", "吉科发人才【2022】245号"),
                marked(body.html(), "cited-document"));
        assertEquals(List.of("plan-245"), body.documents());
        assertTrue(body.html().contains("href=\"d/plan-245/\""));
    }

    @Test
    void englishTextsCiteByEnglishTitleOrNumber() {
        RenderedBody body = render("It issued the jilin province three-year action plan for science and technology"
                + " talent (吉科发人才〔2022〕245号).", Language.EN);
        assertEquals(List.of("jilin province three-year action plan for science and technology talent"),
                marked(body.html(), "cited-document"));
    }

    @Test
    void marksLeaveTheTextForSearchAsItWas() {
        String markdown = "开展“破茧成蝶”专项行动，印发《科技人才三年行动方案》。\n\n| 专精特新 | 2 |\n| --- | --- |\n| 破茧成蝶 | 3 |\n";
        RenderedBody plain = renderer.render(markdown, Language.ZH);
        RenderedBody marked = render(markdown, Language.ZH);
        assertEquals(plain.blocks().stream().map(RenderedBody.Block::text).toList(),
                marked.blocks().stream().map(RenderedBody.Block::text).toList());
        assertFalse(plain.html().equals(marked.html()));
        assertEquals(plain.html().replaceAll("<[^>]+>", ""), marked.html().replaceAll("<[^>]+>", ""));
    }

    @Test
    void withoutMarkingNothingIsMarked() {
        assertEquals(List.of(), marked(renderer.render("破茧成蝶", Language.ZH).html(), "term"));
    }
}
