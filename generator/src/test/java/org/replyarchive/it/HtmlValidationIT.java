package org.replyarchive.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nu.validator.validation.SimpleDocumentValidator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.replyarchive.testing.BuiltSite;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXParseException;

/**
 * Checks every page of the fixture site and of the site built from {@code content/} with the Nu HTML Checker,
 * in-process and offline (the schemas are inside the validator's jar).
 */
class HtmlValidationIT {

    @TempDir
    static Path dir;

    static BuiltSite fixture;
    static SimpleDocumentValidator validator;
    static final Collector collector = new Collector();

    @BeforeAll
    static void setUp() throws Exception {
        fixture = BuiltSite.buildFixture(dir.resolve("fixture"));
        validator = new SimpleDocumentValidator(true, false, false);
        validator.setUpMainSchema("http://s.validator.nu/html5-all.rnc", collector);
        validator.setUpValidatorAndParsers(collector, true, false);
    }

    @Test
    void theCheckerReportsErrorsItFinds() throws Exception {
        Path bad = dir.resolve("bad.html");
        Files.writeString(bad, "<!DOCTYPE html>\n<html lang=\"en\"><head><title>x</title></head>\n"
                + "<body><p id=\"a\">1</p><p id=\"a\">2</p><ul><p>3</p></ul></body></html>\n");
        collector.start("bad.html");
        validator.checkHtmlFile(bad.toFile(), true);
        assertEquals(2, collector.errors.size(), collector.errors::toString);
        assertTrue(collector.errors.get(0).startsWith("bad.html:3:"), collector.errors::toString);
    }

    @Test
    void everyPageOfTheFixtureSiteIsValidHtml() throws Exception {
        assertValid(fixture);
    }

    /** Timelines, case documents, citations, statistics charts (HTML with inline SVG), the data pages. */
    @Test
    void everyPageOfTheCaseArchiveIsValidHtml() throws Exception {
        BuiltSite cases = BuiltSite.build(org.replyarchive.testing.CaseArchive.write(dir.resolve("cases")),
                dir.resolve("cases"), "https://example.org/archive/");
        assertTrue(cases.text("en/statistics/index.html").contains("<svg"), "the statistics have charts");
        assertValid(cases);
    }

    @Test
    void everyPageOfTheRealArchiveIsValidHtml() throws Exception {
        assertValid(BuiltSite.build(Path.of("../content"), dir.resolve("content"), "/"));
    }

    @Test
    void everyPageOfTheRestyledFixtureSiteIsValidHtml() throws Exception {
        BuiltSite restyled = BuiltSite.buildRestyledFixture(dir.resolve("restyled"));
        assertTrue(restyled.text("en/index.html").contains("assets/site.css"), "the site theme is applied");
        assertValid(restyled);
        collector.start("assets/site.css");
        validator.checkCssFile(restyled.file("assets/site.css").toFile(), true);
        assertEquals(List.of(), collector.errors, "CSS errors in the site theme's stylesheet");
    }

    @Test
    void theStylesheetIsValidCss() throws Exception {
        collector.start("assets/css/site.css");
        validator.checkCssFile(fixture.file("assets/css/site.css").toFile(), true);
        assertEquals(List.of(), collector.errors, "CSS errors");
    }

    private static void assertValid(BuiltSite site) throws Exception {
        List<String> pages = site.htmlFiles();
        assertTrue(pages.size() > 10, "too few pages built: " + pages);
        List<String> errors = new ArrayList<>();
        for (String page : pages) {
            collector.start(page);
            validator.checkHtmlFile(site.file(page).toFile(), true);
            errors.addAll(collector.errors);
        }
        assertTrue(errors.isEmpty(), errors.size() + " Nu HTML Checker errors in " + pages.size() + " pages:\n"
                + String.join("\n", errors));
    }

    /** Collects the errors of the file being checked as {@code file:line:col message}. */
    static final class Collector implements ErrorHandler {
        private String file;
        private final List<String> errors = new ArrayList<>();

        void start(String file) {
            this.file = file;
            errors.clear();
        }

        @Override
        public void warning(SAXParseException e) {
            // Warnings (such as "consider adding a lang attribute") are advice, not errors; print them.
            System.out.println("Nu warning: " + format(e));
        }

        @Override
        public void error(SAXParseException e) {
            errors.add(format(e));
        }

        @Override
        public void fatalError(SAXParseException e) {
            errors.add(format(e) + " (fatal)");
        }

        private String format(SAXParseException e) {
            return file + ":" + e.getLineNumber() + ":" + e.getColumnNumber() + " " + e.getMessage();
        }
    }
}
