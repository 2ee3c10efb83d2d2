package org.replyarchive.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.replyarchive.testing.SiteFixture;

class LinkCheckerTest {

    @TempDir
    Path dir;

    private Path site(Map<String, String> files) {
        Path root = dir.resolve("site");
        files.forEach((path, text) -> SiteFixture.writeFile(root.resolve(path), text.getBytes(StandardCharsets.UTF_8)));
        return root;
    }

    private List<String> check(String baseUrl, Map<String, String> files) {
        return new LinkChecker(baseUrl).check(site(files)).broken().stream().map(BrokenLink::toString).toList();
    }

    private static final Map<String, String> TARGETS = Map.of(
            "index.html", "<p>entry</p>",
            "zh/index.html", "<h1 id=\"top-title\">首页</h1>",
            "zh/replies/2023/y/index.html", "<h2 id=\"一、关于人才\">一</h2><a name=\"old\"></a>",
            "zh/中文/index.html", "<p>cjk</p>",
            "assets/css/site.css", "body { background: url(\"../img/bg.png\"); }\n@import 'print.css';\n",
            "assets/img/logo.png", "png");

    private List<String> checkPage(String baseUrl, String html) {
        Map<String, String> files = new java.util.HashMap<>(TARGETS);
        files.put("zh/replies/2023/x/index.html", html);
        return check(baseUrl, files).stream().filter(s -> s.startsWith("zh/replies/2023/x/")).toList();
    }

    @Test
    void linksThatLeadToFilesOfTheSiteAreFine() {
        assertEquals(List.of(), checkPage("/", """
                <!DOCTYPE html>
                <link rel="stylesheet" href="../../../../assets/css/site.css">
                <a href="../y/">y</a> <a href='../y/index.html'>y</a> <a href=../y>y without slash</a>
                <a href="../y/#%E4%B8%80%E3%80%81%E5%85%B3%E4%BA%8E%E4%BA%BA%E6%89%8D">heading</a>
                <a href="../y/#old">named anchor</a> <a href="#top">top</a> <a href="#self">self</a>
                <a href="../../../中文/">cjk</a> <a href="../../../%E4%B8%AD%E6%96%87/">encoded</a>
                <a href="../y/?q=1&amp;r=2">query</a>
                <img src="../../../../assets/img/logo.png" srcset="../../../../assets/img/logo.png 2x">
                <a href="https://elsewhere.example/x/">external</a> <a href="mailto:a@b.c">mail</a>
                <a href="//cdn.example/x.js">protocol-relative</a> <a href="tel:123">tel</a>
                <a href="/zh/">root-relative at the root</a>
                <!-- <a href="../commented-out/">x</a> -->
                <script>var s = '<a href="../in-script/">';</script>
                <p id="self">self</p>
                """));
    }

    @Test
    void everyBrokenReferenceIsReportedAtItsLineAndColumn() {
        assertEquals(List.of(
                "zh/replies/2023/x/index.html:2:10: broken link '../z/': there is no zh/replies/2023/z/index.html in"
                        + " the built site — did you mean '../y/'?",
                "zh/replies/2023/x/index.html:3:11: missing asset '../../../../assets/img/none.png': there is no"
                        + " assets/img/none.png in the built site — did you mean '../../../../assets/img/logo.png'?",
                "zh/replies/2023/x/index.html:4:10: broken anchor '../y/#一、关于人材': zh/replies/2023/y/index.html"
                        + " has no element with id '一、关于人材' — did you mean '#一、关于人才'?",
                "zh/replies/2023/x/index.html:5:10: broken anchor '#nowhere': zh/replies/2023/x/index.html has no"
                        + " element with id 'nowhere' — link an id the page has, or the page without '#nowhere'",
                "zh/replies/2023/x/index.html:6:10: link above the site root '../../../../../up/': it leads to"
                        + " /../up/, outside the site's base path / — remove one '../' for each level the link climbs"
                        + " above the site root"),
                checkPage("/", """
                        <p>
                        <a href="../z/">z</a>
                        <img src="../../../../assets/img/none.png">
                        <a href="../y/#一、关于人材">typo</a>
                        <a href="#nowhere">x</a>
                        <a href="../../../../../up/">up</a>
                        """));
    }

    @Test
    void underASubPathRootRelativeLinksBreakAndBaseUrlLinksAreChecked() {
        assertEquals(List.of(
                "zh/replies/2023/x/index.html:1:29: broken link 'https://example.org/archive/zh/replies/2023/w/':"
                        + " there is no zh/replies/2023/w/index.html in the built site — did you mean '../y/'?",
                "zh/replies/2023/x/index.html:2:10: link outside the site '/zh/': it leads to /zh/, outside the"
                        + " site's base path /archive/ — links that start with '/' break when the site is served under"
                        + " a sub-path; link relative to the page instead"),
                checkPage("https://example.org/archive/", """
                        <link rel="canonical" href="https://example.org/archive/zh/replies/2023/w/">
                        <a href="/zh/">home</a> <a href="https://example.org/archive/zh/replies/2023/y/">ok</a>
                        <a href="/archive/zh/">ok</a>
                        """));
    }

    @Test
    void styleSheetsRefreshesAndSitemapsAreRead() {
        Map<String, String> files = new java.util.HashMap<>(TARGETS);
        files.put("entry.html", "<meta http-equiv=\"refresh\" content=\"0; url=en/\">");
        files.put("sitemap.xml", "<urlset><url>\n<loc>https://example.org/archive/zh/</loc>"
                + "<xhtml:link rel=\"alternate\" hreflang=\"en\" href=\"https://example.org/archive/en/\"/></url>"
                + "</urlset>");
        assertEquals(List.of(
                "assets/css/site.css:1:25: missing asset '../img/bg.png': there is no assets/img/bg.png in the built"
                        + " site — did you mean '../img/logo.png'?",
                "assets/css/site.css:2:10: missing asset 'print.css': there is no assets/css/print.css in the built"
                        + " site — link a page or file of the built site; a relative link starts from the folder of"
                        + " assets/css/site.css",
                "entry.html:1:37: broken link 'en/': there is no en/index.html in the built site — did you mean"
                        + " 'zh/'?",
                "sitemap.xml:2:91: broken link 'https://example.org/archive/en/': there is no en/index.html in the"
                        + " built site — did you mean 'zh/'?"),
                check("https://example.org/archive/", files));
    }

    @Test
    void countsTheFilesAndReferencesItRead() {
        LinkChecker.Report report = new LinkChecker("/").check(site(TARGETS));
        assertEquals(5, report.files());
        assertEquals(2, report.references());
    }
}
