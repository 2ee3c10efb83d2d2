package org.replyarchive.scaffold;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.replyarchive.content.ContentLoader;
import org.replyarchive.problem.ContentProblemsException;
import org.replyarchive.problem.Problem;
import org.replyarchive.problem.Problems;
import org.replyarchive.testing.SiteFixture;

class ReplyScaffolderTest {

    @TempDir
    Path dir;

    private static ScaffoldRequest request(Path content, String session, String number, String kind,
            String proposer, String date) {
        return new ScaffoldRequest(content, session, number, kind, Optional.ofNullable(proposer), Optional.empty(),
                Optional.ofNullable(date));
    }

    @Test
    void scaffoldsTheReplyWithWhatTheRegistriesTellAndTodoElsewhere() throws IOException {
        Path content = SiteFixture.write(dir, "");
        ScaffoldResult result = ReplyScaffolder.scaffold(
                request(content, "cppcc-13-1", "2023D51", "party-group", null, null));
        assertEquals(content.resolve("replies/2023/2023D51.zh.md"), result.file());
        assertEquals("""
                ---
                title: 关于对省政协十三届一次会议第2023D51号党派团体提案的答复
                doc_number: TODO  # the document number, e.g. 吉科发人才〔2023〕91号
                date: TODO  # the date under the signature, as YYYY-MM-DD, in 2023
                session: cppcc-13-1
                proposal:
                  number: 2023D51
                  kind: party-group
                  title: TODO  # the proposal's title, from 《…》 in the opening sentence, without 《》
                  proposers: [TODO]  # keys of registry/proposers.yaml
                handling:
                  lead: jl-kjt
                  co: [TODO]  # keys of the 协办 departments, or [] when there are none
                topics: [TODO]  # keys of registry/topics.yaml
                disclosure: TODO  # full, summary or title-only
                summary: TODO  # one or two sentences, at most 200 characters
                ---

                TODO：

                TODO
                """, Files.readString(result.file(), StandardCharsets.UTF_8));
        assertEquals("Created replies/2023/2023D51.zh.md — fill in the TODO values: doc_number, date, proposal.title,"
                + " proposal.proposers, handling.co, topics, disclosure, summary", result.summary());
    }

    @Test
    void aKnownProposerAndDateAreFilledInAndABareNumberGetsTheSessionInItsSlug() throws IOException {
        Path content = SiteFixture.write(dir, "-- sources/cppcc-13-2-135.txt --\n李秀玉委员：\n");
        ScaffoldResult result = ReplyScaffolder.scaffold(
                request(content, "cppcc-13-2", "135", "member", "李秀玉", "2024-06-03"));
        assertEquals("replies/2024/cppcc-13-2-135.zh.md", result.path());
        String text = Files.readString(result.file(), StandardCharsets.UTF_8);
        assertTrue(text.startsWith("""
                ---
                title: 关于对省政协十三届二次会议第135号委员提案的答复
                doc_number: TODO  # the document number, e.g. 吉科发人才〔2023〕91号
                date: 2024-06-03
                session: cppcc-13-2
                proposal:
                  number: "135"
                  kind: member
                  title: TODO  # the proposal's title, from 《…》 in the opening sentence, without 《》
                  proposers: [li-xiuyu]
                """), text);
        assertTrue(text.endsWith("""
                source: sources/cppcc-13-2-135.txt
                ---

                李秀玉委员：

                TODO
                """), text);
    }

    @Test
    void neverOverwritesAFile() throws IOException {
        Path content = SiteFixture.write(dir, "-- replies/2023/2023D51.zh.md --\n" + SiteFixture.REPLY_ZH);
        ContentProblemsException e = assertThrows(ContentProblemsException.class, () -> ReplyScaffolder.scaffold(
                request(content, "cppcc-13-1", "2023D51", "party-group", "caapd-jilin", null)));
        assertEquals("Reply not created: 1 problem", e.getMessage());
        assertEquals(List.of("replies/2023/2023D51.zh.md:1:1: the file exists already and is never overwritten —"
                + " edit it, or check the session and number"), e.problems().stream().map(Problem::toString).toList());
        assertEquals(SiteFixture.REPLY_ZH, Files.readString(content.resolve("replies/2023/2023D51.zh.md")));
    }

    @Test
    void reportsEveryWrongValueAtOnce() {
        Path content = SiteFixture.write(dir, "");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ReplyScaffolder.scaffold(
                request(content, "cppcc-13-3", "第51号", "party", "li-xiuyo", "2023-02-30")));
        assertEquals("""
                session: 'cppcc-13-3' is not a key of registry/sessions.yaml — did you mean 'cppcc-13-1'?
                number: '第51号' is not a proposal number — give it as printed, letters and digits only, e.g. 2023D51 or 135
                kind: 'party' is not a proposal kind — known: committee, deputy, member, party-group, sector
                proposer: 'li-xiuyo' is not a key, name or alias of registry/proposers.yaml — did you mean 'li-xiuyu'? (a new proposer goes there first)
                date: '2023-02-30' is not a real date — write YYYY-MM-DD, e.g. 2023-05-17""", e.getMessage());
        assertTrue(Files.notExists(content.resolve("replies")));
    }

    @Test
    void scaffoldsWhileOtherRepliesAreUnfinished() {
        Path content = SiteFixture.write(dir, "-- replies/2023/wip.zh.md --\n---\ntitle: TODO\n---\n");
        ScaffoldResult result = ReplyScaffolder.scaffold(
                request(content, "cppcc-13-1", "2023D52", "party-group", "民进吉林省委会", "2023-05-17"));
        assertEquals("replies/2023/2023D52.zh.md", result.path());
    }

    @Test
    void aScaffoldedReplyOnceCompletedLoads() throws IOException {
        Path content = SiteFixture.write(dir, "");
        ScaffoldResult result = ReplyScaffolder.scaffold(
                request(content, "cppcc-13-1", "2023D51", "party-group", "caapd-jilin", "2023-05-17"));
        String text = Files.readString(result.file(), StandardCharsets.UTF_8)
                .replace("doc_number: TODO", "doc_number: 吉科发人才〔2023〕91号  #")
                .replace("title: TODO", "title: 关于助推我省民营科技企业健康发展的建议  #")
                .replace("co: [TODO]", "co: []  #")
                .replace("topics: [TODO]", "topics: [talent]  #")
                .replace("disclosure: TODO", "disclosure: full  #")
                .replace("summary: TODO", "summary: 摘要。  #")
                .replace("\nTODO\n", "\n正文。\n");
        Files.writeString(result.file(), text, StandardCharsets.UTF_8);
        Problems problems = new Problems();
        new ContentLoader(problems).load(content);
        assertEquals(List.of(), problems.sorted().stream().map(Problem::toString).toList());
    }

    @Test
    void brokenRegistriesAreReportedWithTheirPositions() {
        Path content = SiteFixture.write(dir, "-- registry/sessions.yaml --\ncppcc-13-1: [oops]\n");
        ContentProblemsException e = assertThrows(ContentProblemsException.class, () -> ReplyScaffolder.scaffold(
                request(content, "cppcc-13-1", "2023D51", "party-group", null, null)));
        assertTrue(e.getMessage().startsWith("Reply not created: the settings or registries have errors"), e.getMessage());
        assertTrue(e.errors().get(0).position().path().equals("registry/sessions.yaml"), e.errors().toString());
    }
}
