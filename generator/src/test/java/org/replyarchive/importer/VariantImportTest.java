package org.replyarchive.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.replyarchive.build.BuildListener;
import org.replyarchive.check.FidelityChecker;
import org.replyarchive.content.ContentLoader;
import org.replyarchive.model.Site;
import org.replyarchive.problem.ContentProblemsException;
import org.replyarchive.problem.Problem;
import org.replyarchive.problem.Problems;

/** Imports made-up replies that vary one thing at a time from a reply shaped like the real ones. */
class VariantImportTest {

    /** A member's proposal as a PDF's text comes out: broken lines, blank lines, number run into the salutation. */
    static final String REPLY = """
               关于对省政协十三届一次会议第 2023W77 号委员
            
            提案的答复\s
            
              吉科发人才〔2023〕95\s
            
            号李秀玉委员：\s
            
              您在省政协十三届一次会议上提出的《关于加快科技成果转化的建
            议》收悉，经认真研究办理，现答复如下：（协办：教育厅、省人社厅）\s
            
              一、关于“成果转化”的建议\s
            
              《建议》提出，支持高校院所与企业共建平台，推动科技成果在省
            
            内转化。\s
            
              省科技厅 2022 年支持 R&D 投入 1.02 亿元，落地转化成果 1205 项
            。下一步将继续加大支持力度。\s
            
              感谢您对科技工作的关心和支持。\s
            
              吉林省科学技术厅\s
            
              2023 年 6 月 1 日\s
            """;

    /** The draft of {@link #REPLY}. */
    static final String DRAFT = """
            ---
            title: 关于对省政协十三届一次会议第2023W77号委员提案的答复
            doc_number: 吉科发人才〔2023〕95号
            date: 2023-06-01
            session: cppcc-13-1
            proposal:
              number: 2023W77
              kind: member
              title: 关于加快科技成果转化的建议
              proposers: [li-xiuyu]
            handling:
              lead: jl-kjt
              co: [jl-jyt, jl-rst]
            topics: [TODO]  # keys of registry/topics.yaml
            disclosure: full
            summary: TODO  # one or two sentences, at most 200 characters
            source: sources/2023W77.txt
            ---

            李秀玉委员：

            您在省政协十三届一次会议上提出的《关于加快科技成果转化的建议》收悉，经认真研究办理，现答复如下：（协办：教育厅、省人社厅）

            ## 一、关于“成果转化”的建议

            > 《建议》提出，支持高校院所与企业共建平台，推动科技成果在省内转化。

            省科技厅2022年支持R&D投入1.02亿元，落地转化成果1205项。下一步将继续加大支持力度。

            感谢您对科技工作的关心和支持。
            """;

    static final String DRAFT_PATH = "replies/2023/2023W77.zh.md";

    @TempDir
    Path dir;

    private Path content;

    private Path content() {
        if (content == null) {
            content = ImportFixtures.archive(dir);
        }
        return content;
    }

    /** Imports {@code bytes} as the file {@code name}, overwriting what an earlier import of the test wrote. */
    private ImportResult importBytes(String name, byte[] bytes, String encoding) {
        Path file = ImportFixtures.write(dir.resolve("in").resolve(name), bytes);
        return ReplyTextImporter.importText(ImportConfig.builder(file, content()).encoding(encoding).force(true)
                .build(), BuildListener.SILENT);
    }

    private ImportResult importText(String text) {
        return importBytes("reply.txt", text.getBytes(StandardCharsets.UTF_8), null);
    }

    private String draft(String path) {
        return ImportFixtures.read(content().resolve(path));
    }

    private JsonNode frontMatter(String path) {
        return ImportFixtures.frontMatter(draft(path));
    }

    private static List<String> texts(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).toList();
    }

    private List<String> refusal(String name, byte[] bytes) {
        ContentProblemsException e = assertThrows(ContentProblemsException.class,
                () -> importBytes(name, bytes, null));
        assertEquals("Nothing imported: 1 problem", e.getMessage());
        assertFalse(Files.exists(content().resolve("replies")), "nothing is written");
        return e.errors().stream().map(Problem::toString).toList();
    }

    @Test
    void aReplyShapedLikeTheRealOnesGivesAFullDraft() {
        ImportResult result = importText(REPLY);
        assertEquals(DRAFT, draft(DRAFT_PATH));
        assertEquals(List.of("topics", "summary"), result.drafts().get(0).toFill());
        assertEquals("UTF-8", result.drafts().get(0).encoding());
    }

    @Test
    void aTextCopiedFromWordWithOneParagraphPerLineGivesTheSameDraft() {
        importText("""
                关于对省政协十三届一次会议第2023W77号委员提案的答复
                吉科发人才〔2023〕95号
                李秀玉委员：
                您在省政协十三届一次会议上提出的《关于加快科技成果转化的建议》收悉，经认真研究办理，现答复如下：（协办：教育厅、省人社厅）
                一、关于“成果转化”的建议
                《建议》提出，支持高校院所与企业共建平台，推动科技成果在省内转化。
                省科技厅2022年支持R&D投入1.02亿元，落地转化成果1205项。下一步将继续加大支持力度。
                感谢您对科技工作的关心和支持。
                吉林省科学技术厅
                2023年6月1日
                """);
        assertEquals(DRAFT, draft(DRAFT_PATH));
    }

    @Test
    void gbkTextIsDetectedAndGivesTheSameDraft() {
        importText(REPLY);
        String utf8 = draft(DRAFT_PATH);
        ImportResult result = importBytes("gbk.txt", REPLY.getBytes(Charset.forName("GBK")), null);
        assertEquals("GB18030", result.drafts().get(0).encoding());
        assertEquals(utf8, draft(DRAFT_PATH));
        assertEquals(REPLY, draft("sources/2023W77.txt"), "the source is kept as UTF-8");
    }

    @Test
    void aNamedEncodingIsUsed() {
        ImportResult result = importBytes("gbk.txt", REPLY.getBytes(Charset.forName("GBK")), "GBK");
        assertEquals("GBK", result.drafts().get(0).encoding());
        assertEquals("吉科发人才〔2023〕95号", frontMatter(DRAFT_PATH).at("/doc_number").asText());
    }

    @Test
    void aWrongNamedEncodingIsRefusedWhereTheFirstBadByteIs() {
        ContentProblemsException e = assertThrows(ContentProblemsException.class,
                () -> importBytes("gbk.txt", REPLY.getBytes(Charset.forName("GBK")), "UTF-8"));
        assertEquals(List.of("gbk.txt:1:4: the file is not valid UTF-8 text — name the encoding it is written in"
                + " with -Dreply-archive.encoding=…, or leave that out to detect UTF-8 and GB18030"),
                e.errors().stream().map(Problem::toString).toList());
    }

    @Test
    void crlfLineEndsGiveTheSameDraft() {
        importText(REPLY);
        String lf = draft(DRAFT_PATH);
        importBytes("crlf.txt", REPLY.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8), null);
        assertEquals(lf, draft(DRAFT_PATH));
    }

    @Test
    void aByteOrderMarkIsDroppedAndGivesTheSameDraft() {
        importText(REPLY);
        String plain = draft(DRAFT_PATH);
        ImportResult result = importBytes("bom.txt", ("\uFEFF" + REPLY).getBytes(StandardCharsets.UTF_8), null);
        assertEquals(plain, draft(DRAFT_PATH));
        assertEquals(REPLY, draft("sources/2023W77.txt"));
        assertEquals("UTF-8", result.drafts().get(0).encoding());
    }

    @ParameterizedTest
    @ValueSource(strings = {"〔2023〕", "【2023】", "[2023]", "［2023］", "（2023）", "[ 2023 ]"})
    void everyBracketOfTheDocumentNumberBecomesTheRightOne(String year) {
        importText(REPLY.replace("〔2023〕", year));
        assertEquals("吉科发人才〔2023〕95号", frontMatter(DRAFT_PATH).at("/doc_number").asText());
    }

    @Test
    void aDeputysSuggestionIsMatchedToTheCongressAndTheDeputy() {
        ImportFixtures.write(content().resolve("registry/sessions.yaml"), ImportFixtures.read(
                content().resolve("registry/sessions.yaml")) + """

                npc-14-1:
                  body: npc
                  term: 14
                  meeting: 1
                  year: 2023
                  name: {zh: 省十四届人大一次会议, en: First Session of the 14th Jilin Provincial People's Congress}
                """);
        ImportFixtures.write(content().resolve("registry/proposers.yaml"), ImportFixtures.read(
                content().resolve("registry/proposers.yaml")) + """

                wang-xiaoming:
                  kind: deputy
                  name: {zh: 王小明, en: Wang Xiaoming}
                """);
        importText(deputy());
        JsonNode fm = frontMatter("replies/2023/npc-14-1-1234.zh.md");
        assertEquals("npc-14-1", fm.at("/session").asText());
        assertEquals("1234", fm.at("/proposal/number").asText());
        assertEquals("deputy", fm.at("/proposal/kind").asText());
        assertEquals(List.of("wang-xiaoming"), texts(fm.at("/proposal/proposers")));
        assertTrue(draft("replies/2023/npc-14-1-1234.zh.md").contains("  number: \"1234\"\n"));
    }

    @Test
    void anUnregisteredSessionIsProposedAndAnUnknownDeputyLeftTodo() {
        ImportResult result = importText(deputy());
        String draft = draft("replies/2023/npc-14-1-1234.zh.md");
        assertTrue(draft.contains("\nsession: npc-14-1  # new: add it to registry/sessions.yaml\n"), draft);
        assertTrue(draft.contains("\n  proposers: [TODO]  # 王小明代表: not in registry/proposers.yaml\n"), draft);
        assertEquals(List.of("session", "proposal.proposers", "topics", "summary"), result.drafts().get(0).toFill());
        assertEquals(List.of(
                "replies/2023/npc-14-1-1234.zh.md:5:10: session 'npc-14-1' (省十四届人大一次会议) is not in"
                        + " registry/sessions.yaml yet — add it there: npc-14-1: {body: npc, term: 14, meeting: 1,"
                        + " year: 2023, name: {zh: 省十四届人大一次会议, en: TODO}}",
                "replies/2023/npc-14-1-1234.zh.md:10:15: 'proposers' is still TODO — 王小明代表 is not in"
                        + " registry/proposers.yaml: add it there (kind: member, party, group or deputy; name: {zh: …,"
                        + " en: …}; aliases: [王小明代表]), then write its key"),
                result.drafts().get(0).notes().stream().map(Problem::toString).limit(2).toList());
    }

    private static String deputy() {
        return REPLY.replace("省政协十三届一次会议第 2023W77 号委员", "省十四届人大一次会议第 1234 号代表")
                .replace("提案的答复", "建议的答复")
                .replace("号李秀玉委员：", "号王小明代表：")
                .replace("您在省政协十三届一次会议上", "您在省十四届人大一次会议上");
    }

    @Test
    void aReplyWithoutCoHandlersHasNone() {
        importText(REPLY.replace("（协办：教育厅、省人社厅）", ""));
        assertEquals(List.of(), texts(frontMatter(DRAFT_PATH).at("/handling/co")));
        assertTrue(draft(DRAFT_PATH).contains("\n  co: []\n"));
    }

    @Test
    void departmentsAnsweringInNumberedParagraphsAreTheCoHandlersWhenNoneAreNamed() {
        importText(REPLY.replace("（协办：教育厅、省人社厅）", "").replace("  省科技厅 2022 年",
                "  （一）省科技厅 2022 年").replace("  感谢您", "  （二）省发改委高度重视企业技术创新工作。\n  （三）省卫健委支持医药企业。\n  感谢您"));
        String draft = draft(DRAFT_PATH);
        assertTrue(draft.contains("\n  co: [jl-fgw, TODO]  # 省卫健委: not in registry/departments.yaml\n"), draft);
    }

    @Test
    void anUnknownCoHandlerIsLeftTodo() {
        ImportResult result = importText(REPLY.replace("教育厅、省人社厅", "教育厅、省卫健委"));
        assertTrue(draft(DRAFT_PATH).contains("\n  co: [jl-jyt, TODO]  # 省卫健委: not in registry/departments.yaml\n"));
        assertEquals(List.of("handling.co", "topics", "summary"), result.drafts().get(0).toFill());
    }

    @Test
    void aFileThatIsNotAReplyIsRefused() {
        assertEquals(List.of("minutes.txt:1:1: this is not the text of a reply: none of its first lines is a title"
                + " ending in 答复 (it begins «会议纪要») — import the text of a published reply, which begins with a"
                + " title such as 关于对省政协十三届一次会议第2023D51号党派团体提案的答复"),
                refusal("minutes.txt", "会议纪要\n\n  今天讨论了科技成果转化工作。\n  下次会议另行通知。\n"
                        .getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void anEmptyFileIsRefused() {
        List<String> expected = List.of("empty.txt:1:1: the file is empty — import a file that holds the text of a"
                + " reply, copied out of its PDF or Word file");
        assertEquals(expected, refusal("empty.txt", new byte[0]));
        assertEquals(expected, refusal("empty.txt", " \n\u3000\n\n".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aPdfIsRefusedWithAHint() {
        assertEquals(List.of("reply.pdf.txt:1:1: the file is a PDF, not its text — copy the reply's text into a .txt"
                + " file first, e.g. with pdftotext -layout"),
                refusal("reply.pdf.txt", "%PDF-1.7\n%âãÏÓ\n".getBytes(StandardCharsets.ISO_8859_1)));
    }

    @Test
    void reimportingRefusesWithoutForceAndOverwritesWithIt() {
        Path file = ImportFixtures.write(dir.resolve("in/reply.txt"), REPLY);
        ImportConfig config = ImportConfig.builder(file, content()).build();
        ReplyTextImporter.importText(config, BuildListener.SILENT);
        ImportFixtures.write(content().resolve(DRAFT_PATH), "edited by hand\n");
        ContentProblemsException e = assertThrows(ContentProblemsException.class,
                () -> ReplyTextImporter.importText(config, BuildListener.SILENT));
        assertEquals(List.of(
                "replies/2023/2023W77.zh.md:1:1: the file already exists, so reply.txt was not imported — pass"
                        + " -Dreply-archive.force=true to overwrite it, or move the file away first",
                "sources/2023W77.txt:1:1: the file already exists, so reply.txt was not imported — pass"
                        + " -Dreply-archive.force=true to overwrite it, or move the file away first"),
                e.errors().stream().map(Problem::toString).toList());
        assertEquals("edited by hand\n", draft(DRAFT_PATH));

        ReplyTextImporter.importText(ImportConfig.builder(file, content()).force(true).build(), BuildListener.SILENT);
        assertTrue(draft(DRAFT_PATH).startsWith("---\ntitle: 关于对省政协十三届一次会议第2023W77号委员提案的答复\n"));
    }

    @Test
    void aFolderImportsEachTextAndSaysWhatItWrote() {
        ImportFixtures.write(dir.resolve("in/a.txt"), REPLY);
        ImportFixtures.write(dir.resolve("in/b.txt"), REPLY.replace("2023W77", "2023W78"));
        ImportFixtures.write(dir.resolve("in/notes.md"), "not imported");
        ImportFixtures.RecordingListener listener = new ImportFixtures.RecordingListener();
        ImportResult result = ReplyTextImporter.importText(
                ImportConfig.builder(dir.resolve("in"), content()).build(), listener);
        assertEquals(List.of("replies/2023/2023W77.zh.md", "replies/2023/2023W78.zh.md"),
                result.drafts().stream().map(ImportResult.ImportedDraft::draft).toList());
        assertEquals(List.of(
                "Wrote replies/2023/2023W77.zh.md from in/a.txt — to fill in: topics, summary",
                "Wrote sources/2023W77.txt — the imported text (read as UTF-8), the draft's source for the fidelity"
                        + " check",
                "WARNING replies/2023/2023W77.zh.md:14:10: 'topics' is still TODO — choose one or more keys of"
                        + " registry/topics.yaml",
                "WARNING replies/2023/2023W77.zh.md:16:10: 'summary' is still TODO — one or two sentences, at most"
                        + " 200 characters"),
                listener.lines.subList(0, 4));
        assertEquals("Imported 2 replies; fill in the TODO fields of 2 drafts (the build refuses them until then)",
                listener.lines.get(listener.lines.size() - 1));
    }

    @Test
    void pageNumbersAndPageBreaksAreRemovedAndTheDraftStaysFaithful() {
        String paged = REPLY.replace("  省科技厅 2022 年支持 R&D 投入 1.02 亿元，落地转化成果 1205 项",
                "  省科技厅 2022 年支持 R&D 投入 1.02 亿元，\n\n- 2 -\n\f\n落地转化成果 1205 项");
        importText(paged);
        String draft = draft(DRAFT_PATH);
        assertTrue(draft.contains("\n省科技厅2022年支持R&D投入1.02亿元，落地转化成果1205项。下一步将继续加大支持力度。\n"), draft);
        assertFalse(draft("sources/2023W77.txt").contains("- 2 -"));
        ImportFixtures.write(content().resolve(DRAFT_PATH), ImportFixtures.completed(draft, "[talent]"));
        Site site = new ContentLoader(new Problems()).load(content());
        assertEquals(List.of(), new FidelityChecker(content(), "吉林省科学技术厅").check(site.replies()));
    }

    @Test
    void validationRefusesADraftUntilItsTodosAreFilledIn() {
        importText(REPLY.replace("号委员", "号").replace("号李秀玉委员：", "号科技工作者联谊会："));
        ContentProblemsException e = assertThrows(ContentProblemsException.class,
                () -> new ContentLoader(new Problems()).load(content()));
        String fix = " — write the value the import could not determine in place of TODO, from the reply's text or"
                + " the registries (the comment on its line says what is wanted)";
        assertEquals(List.of(
                "replies/2023/2023W77.zh.md:8:9: 'kind' is still TODO" + fix,
                "replies/2023/2023W77.zh.md:10:15: 'proposers' is still TODO" + fix,
                "replies/2023/2023W77.zh.md:14:10: 'topics' is still TODO" + fix,
                "replies/2023/2023W77.zh.md:16:10: 'summary' is still TODO" + fix),
                e.errors().stream().map(Problem::toString).toList());
    }

    @Test
    void aMissingInputIsRefused() {
        ContentProblemsException e = assertThrows(ContentProblemsException.class, () -> ReplyTextImporter.importText(
                ImportConfig.builder(dir.resolve("nowhere.txt"), content()).build(), BuildListener.SILENT));
        assertTrue(e.errors().get(0).toString().endsWith("nowhere.txt:1:1: there is no file or folder to import"
                + " here — point from (-Dreply-archive.from) at a .txt file holding a reply's text, or at a folder"
                + " of them"), e.errors().get(0).toString());
    }
}
