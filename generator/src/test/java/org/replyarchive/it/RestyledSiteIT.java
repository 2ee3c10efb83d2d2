package org.replyarchive.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.replyarchive.check.LinkChecker;
import org.replyarchive.testing.BuiltSite;

/**
 * The fixture site restyled by the {@code theme-restyled} site theme keeps every internal link and asset
 * working; {@link HtmlValidationIT} and {@link AccessibilityIT} check the same site's pages.
 */
class RestyledSiteIT {

    @TempDir
    Path dir;

    @Test
    void aRestyledSiteHasNoBrokenInternalLink() {
        BuiltSite site = BuiltSite.buildRestyledFixture(dir);
        assertTrue(site.text("en/index.html").contains("Restyled footer"), "the site theme is applied");
        LinkChecker.Report report = new LinkChecker("https://example.org/archive/").check(site.root());
        assertTrue(report.references() > 1000, "the check followed the site's links: " + report.references());
        assertEquals(List.of(), report.broken());
    }
}
