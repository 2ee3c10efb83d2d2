package org.replyarchive.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.replyarchive.config.Language;
import org.replyarchive.route.UrlScheme;
import org.replyarchive.testing.Models;

class OpenDataWriterTest {

    @Test
    void leavesPlainCellsUnquotedAndEndsRecordsWithCrLf() {
        assertEquals("2023/2023D51,吉科发人才〔2023〕91号,,talent;finance\r\n",
                OpenDataCsv.row(List.of("2023/2023D51", "吉科发人才〔2023〕91号", "", "talent;finance")));
    }

    @Test
    void quotesCellsHoldingACommaQuoteOrLineBreak() {
        assertEquals("\"China Association for Promoting Democracy, Jilin\",\"the \"\"Proposal\"\"\",\"a\nb\",\"c\rd\""
                + "\r\n",
                OpenDataCsv.row(List.of("China Association for Promoting Democracy, Jilin", "the \"Proposal\"",
                        "a\nb", "c\rd")));
    }

    @Test
    void cellsASpreadsheetWouldRunAsFormulasAreNeutralised() {
        assertEquals("\"'=HYPERLINK(\"\"x\"\")\",'+1,'-1,'@SUM(A1),'\tx,\"'\rx\",a=b,2023-05-17\r\n",
                OpenDataCsv.row(List.of("=HYPERLINK(x)".replace("x", "\"x\""), "+1", "-1", "@SUM(A1)", "\tx", "\rx",
                        "a=b", "2023-05-17")));
    }

    @Test
    void csvStartsWithAByteOrderMarkAndTheHeader() {
        Map<String, ByteArrayOutputStream> files = new LinkedHashMap<>();
        new OpenDataWriter(new UrlScheme("https://example.org/archive/"), List.of(Language.ZH, Language.EN))
                .write(Models.site(List.of(Models.reply("2023D51", "2023-05-17").title("答复", "Reply, \"final\"")
                        .build())), path -> files.computeIfAbsent(path, p -> new ByteArrayOutputStream()));

        assertEquals(List.of("data/replies.json", "data/replies.csv"), List.copyOf(files.keySet()));
        String[] records = files.get("data/replies.csv").toString(StandardCharsets.UTF_8).split("\r\n");
        assertEquals(2, records.length);
        assertTrue(records[0].startsWith("\uFEFFid,year,slug,date,doc_number,title_zh,title_en,session,"), records[0]);
        assertTrue(records[1].startsWith("2023/2023D51,2023,2023D51,2023-05-17,吉科发〔2023〕1号,答复,"
                + "\"Reply, \"\"final\"\"\",cppcc-13-1,"), records[1]);
        assertTrue(records[1].endsWith(",https://example.org/archive/zh/replies/2023/2023D51/,"
                + "https://example.org/archive/en/replies/2023/2023D51/"), records[1]);
    }
}
