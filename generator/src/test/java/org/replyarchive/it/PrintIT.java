package org.replyarchive.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.replyarchive.testing.BuiltSite;
import org.replyarchive.testing.StaticServer;

/**
 * A reply printed to PDF by Chromium (DevTools Page.printToPDF) in the layout of an official document: a bounded
 * number of A4 pages, "— n —" page numbers, the permanent address and a "printed from" line, and none of the
 * page's controls. The PDF's text is read with pdftotext (poppler-utils).
 */
class PrintIT {

    @TempDir
    static Path dir;

    static StaticServer server;
    static HeadlessChrome chrome;

    @BeforeAll
    static void start() {
        BuiltSite site = BuiltSite.build(Path.of("../content"), dir.resolve("site"), "https://example.org/archive/");
        server = StaticServer.start(site.root());
        chrome = HeadlessChrome.start();
    }

    @AfterAll
    static void stop() {
        if (chrome != null) {
            chrome.close();
        }
        if (server != null) {
            server.close();
        }
    }

    @Test
    void anEnglishReplyPrintsWithPageNumbersItsAddressAndNoControls() throws Exception {
        String text = print("en/replies/2023/2023D51/", "en");
        int pages = pageCount(text);
        // About 3,000 characters fit an A4 page at 12 pt; fewer means the layout has gone wrong.
        int bound = text.length() / 1500 + 2;
        assertTrue(pages >= 2 && pages <= bound, pages + " pages, at most " + bound);
        for (int n = 1; n <= pages; n++) {
            assertTrue(pageNumber(n).matcher(text).find(), "page number — " + n + " — is printed");
        }
        assertTrue(text.contains("Printed from the website"), "the source line");
        assertTrue(text.replaceAll("\\s+", "").contains("https://example.org/archive/en/replies/2023/2023D51/"),
                "the permanent address");
        assertTrue(text.contains("吉科发") || text.contains("2023〕91"), "the document number under the masthead");
        for (String control : new String[] {"Reading settings", "Search", "Skip to content", "Back to top",
                "Contents", "Details"}) {
            assertFalse(text.contains(control), "'" + control + "' is printed");
        }
        assertTrue(text.contains("Lead department"), "the record is printed in full, though folded on screen");
    }

    @Test
    void aChineseReplyPrintsOnABoundedNumberOfA4PagesWithPageNumbers() throws Exception {
        String text = print("zh/replies/2023/2023D51/", "zh");
        int pages = pageCount(text);
        // GB/T 9704 sets 22 lines of 28 characters (616) a page; pdftotext's layout pads lines with spaces.
        int bound = text.replaceAll("\\s+", "").length() / 500 + 2;
        assertTrue(pages >= 2 && pages <= bound, pages + " pages, at most " + bound);
        assertTrue(pageNumber(1).matcher(text).find() && pageNumber(pages).matcher(text).find(),
                "first and last page numbers");
        assertTrue(text.contains("打印自"), "the source line");
    }

    @Test
    void theReadersScreenSettingsLeaveThePrintAsItIs() throws Exception {
        int plain = pageCount(print("zh/replies/2023/2023D51/", "plain"));
        chrome.script("localStorage.setItem('reply-archive.reading', '{\"size\":\"200\",\"contrast\":\"high\"}')");
        try {
            assertEquals(plain, pageCount(print("zh/replies/2023/2023D51/", "large")), "200 % text is for the screen");
        } finally {
            chrome.script("localStorage.clear()");
        }
    }

    private static String print(String page, String name) throws IOException, InterruptedException {
        chrome.open(server.url(page));
        Map<String, Object> pdf = chrome.driver.executeCdpCommand("Page.printToPDF", Map.of(
                "paperWidth", 8.27, "paperHeight", 11.69, "preferCSSPageSize", true, "printBackground", true));
        Path file = dir.resolve(name + ".pdf");
        Files.write(file, Base64.getDecoder().decode((String) pdf.get("data")));
        Path out = dir.resolve(name + ".txt");
        Process pdftotext = new ProcessBuilder("pdftotext", "-layout", file.toString(), out.toString())
                .redirectErrorStream(true).start();
        assertTrue(pdftotext.waitFor(60, TimeUnit.SECONDS), "pdftotext finished");
        assertEquals(0, pdftotext.exitValue(), "pdftotext (poppler-utils) read the PDF; install it with "
                + "'apt-get install -y poppler-utils'");
        return Files.readString(out, StandardCharsets.UTF_8);
    }

    /** "— n —", however pdftotext spaces it. */
    private static Pattern pageNumber(int n) {
        return Pattern.compile("—\\s*" + n + "\\s*—");
    }

    /** Pages are separated by form feeds in pdftotext's output. */
    private static int pageCount(String text) {
        Matcher feeds = Pattern.compile("\f").matcher(text.strip());
        int pages = 1;
        while (feeds.find()) {
            pages++;
        }
        return pages;
    }
}
