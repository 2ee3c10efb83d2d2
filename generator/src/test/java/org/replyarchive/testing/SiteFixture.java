package org.replyarchive.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A small content folder written inline, Hugo-style: a text block of {@code -- path --} headers, each followed
 * by the file's text. Files not given come from a minimal valid archive, so a test states only what it is
 * about.
 *
 * <pre>{@code
 * Path content = SiteFixture.write(tempDir, """
 *         -- replies/2023/x.zh.md --
 *         ---
 *         title: …
 *         ---
 *         正文
 *         """);
 * }</pre>
 */
public final class SiteFixture {

    private static final Pattern HEADER = Pattern.compile("(?m)^-- (\\S+) --\\n");

    /** The registries and settings every fixture starts from. */
    public static final Map<String, String> BASE = Map.of(
            "site.yaml", """
                    title: {zh: 测试档案, en: Test Archive}
                    description: {zh: 测试用的答复档案。, en: An archive for tests.}
                    languages: [zh, en]
                    issuer: {zh: 吉林省科学技术厅, en: Department of Science and Technology of Jilin Province}
                    """,
            "registry/sessions.yaml", """
                    cppcc-13-1:
                      body: cppcc
                      term: 13
                      meeting: 1
                      year: 2023
                      name: {zh: 省政协十三届一次会议, en: First Session of the 13th Provincial CPPCC Committee}
                    cppcc-13-2:
                      body: cppcc
                      term: 13
                      meeting: 2
                      year: 2024
                      name: {zh: 省政协十三届二次会议, en: Second Session of the 13th Provincial CPPCC Committee}
                    """,
            "registry/departments.yaml", """
                    jl-kjt:
                      name: {zh: 吉林省科学技术厅, en: Department of Science and Technology of Jilin Province}
                      short: {zh: 省科技厅, en: Science and Technology Department}
                    jl-jyt:
                      name: {zh: 吉林省教育厅, en: Education Department of Jilin Province}
                      short: {zh: 省教育厅, en: Education Department}
                    """,
            "registry/proposers.yaml", """
                    li-xiuyu:
                      kind: member
                      name: {zh: 李秀玉, en: Li Xiuyu}
                    caapd-jilin:
                      kind: party
                      name: {zh: 民进吉林省委会, en: "China Association for Promoting Democracy, Jilin Committee"}
                    """,
            "registry/topics.yaml", """
                    talent: {zh: 科技人才, en: Talent}
                    finance: {zh: 科技金融, en: Technology finance}
                    """,
            "glossary.yaml", """
                    po-jian-cheng-die:
                      term: {zh: 破茧成蝶, en: Chrysalis to Butterfly}
                      definition: {zh: 培育科技型企业成长的计划。, en: A programme that helps technology firms grow.}
                    """);

    /** A valid official reply file, for tests that vary one thing. */
    public static final String REPLY_ZH = """
            ---
            title: 关于对省政协十三届一次会议第2023D51号党派团体提案的答复
            doc_number: 吉科发人才〔2023〕91号
            date: 2023-05-17
            session: cppcc-13-1
            proposal:
              number: 2023D51
              kind: party-group
              title: 关于助推我省民营科技企业健康发展的建议
              proposers: [caapd-jilin]
            handling:
              lead: jl-kjt
              co: [jl-jyt]
            topics: [talent, finance]
            disclosure: full
            summary: 答复摘要。
            ---
            民进省委会：

            ## 一、关于“人才”的建议

            > 《建议》提出，加强人才培养。

            正文第一段。
            """;

    /** Its translation. */
    public static final String REPLY_EN = """
            ---
            title: Reply to Party and Group Proposal No. 2023D51
            proposal:
              title: Proposal on Promoting Private Technology Enterprises
            summary: A summary of the reply.
            ---
            China Association for Promoting Democracy, Jilin Committee:

            ## 1. On "talent"

            > The Proposal suggests training more talent.

            First paragraph.
            """;

    private SiteFixture() {}

    /** Writes the base archive plus {@code files} (which may replace base files) under {@code dir}/content. */
    public static Path write(Path dir, String files) {
        Map<String, String> all = new LinkedHashMap<>(BASE);
        all.putAll(parse(files));
        Path content = dir.resolve("content");
        all.forEach((path, text) -> writeFile(content.resolve(path), text.getBytes(StandardCharsets.UTF_8)));
        return content;
    }

    /** The files of a fixture text: path to content. */
    public static Map<String, String> parse(String files) {
        Map<String, String> parsed = new LinkedHashMap<>();
        Matcher m = HEADER.matcher(files);
        String path = null;
        int start = 0;
        while (m.find()) {
            if (path != null) {
                parsed.put(path, files.substring(start, m.start()));
            }
            path = m.group(1);
            start = m.end();
        }
        if (path != null) {
            parsed.put(path, files.substring(start));
        }
        return parsed;
    }

    public static void writeFile(Path file, byte[] bytes) {
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
