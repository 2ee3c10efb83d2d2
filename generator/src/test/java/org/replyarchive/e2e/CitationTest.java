package org.replyarchive.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.replyarchive.testing.BuiltSite;
import org.replyarchive.testing.CaseArchive;

/** Every reply page offers its citation in GB/T 7714 and plain English form, with CSL-JSON and BibTeX files. */
class CitationTest {

    private static final String URL = "https://example.org/archive/zh/replies/2023/2023C1/";

    @TempDir
    static Path dir;

    static BuiltSite site;

    @BeforeAll
    static void build() {
        site = BuiltSite.build(CaseArchive.write(dir), dir, "https://example.org/archive/");
    }

    @Test
    void thePageGivesBothFormsNamingIssuerNumberDateAndPermanentAddress() {
        Document zh = site.page("zh/replies/2023/2023C1/index.html");
        assertEquals("吉林省科学技术厅. 关于第2023C1号提案的答复: 吉科函〔2023〕1号[EB/OL]. (2023-05-10). " + URL + ".",
                zh.select(".citation__text").get(0).text());
        assertEquals("Department of Science and Technology of Jilin Province. “Reply to Proposal No. 2023C1.” "
                + "Document no. 吉科函〔2023〕1号, 10 May 2023. " + URL + ".", zh.select(".citation__text").get(1).text());
        assertEquals("cite.json", zh.select(".citation__downloads a").get(0).attr("href").replaceAll(".*/", ""));
    }

    @Test
    void theCslJsonAndBibtexFilesDescribeTheSameReply() throws Exception {
        JsonNode item = new ObjectMapper().readTree(site.text("en/replies/2023/2023C1/cite.json")).get(0);
        assertEquals("document", item.path("type").asText());
        assertEquals("Reply to Proposal No. 2023C1", item.path("title").asText());
        assertEquals("吉科函〔2023〕1号", item.path("number").asText());
        assertEquals("[[2023,5,10]]", item.path("issued").path("date-parts").toString());
        assertEquals("https://example.org/archive/en/replies/2023/2023C1/", item.path("URL").asText());
        assertEquals("""
                @misc{reply20232023C1,
                  author = {{吉林省科学技术厅}},
                  title = {{关于第2023C1号提案的答复}},
                  number = {吉科函〔2023〕1号},
                  date = {2023-05-10},
                  year = {2023},
                  url = {https://example.org/archive/zh/replies/2023/2023C1/},
                  langid = {zh-Hans}
                }
                """, site.text("zh/replies/2023/2023C1/cite.bib"));
    }
}
