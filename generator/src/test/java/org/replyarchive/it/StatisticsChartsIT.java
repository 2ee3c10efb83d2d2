package org.replyarchive.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.replyarchive.testing.BuiltSite;
import org.replyarchive.testing.CaseArchive;
import org.replyarchive.testing.StaticServer;

/**
 * The statistics charts stay readable wherever the text is: drawn in the text colour on screen and with the
 * site's high-contrast setting, in the system colour of forced-colours mode, in black when printed, with the
 * table of the same figures shown beside them in every case.
 */
class StatisticsChartsIT {

    /** Each bar's, label's and value's fill, the text colour, the page's background and whether tables show. */
    private static final String LOOK = """
            const body = getComputedStyle(document.body);
            let bg = body.backgroundColor;
            if (bg === 'rgba(0, 0, 0, 0)') bg = getComputedStyle(document.documentElement).backgroundColor;
            const fills = [...document.querySelectorAll('.chart__bar, .chart__label, .chart__value')]
                .map(e => getComputedStyle(e).fill);
            const tables = [...document.querySelectorAll('.figure__table')]
                .map(t => getComputedStyle(t).display !== 'none' && getComputedStyle(t).visibility !== 'hidden');
            const probe = document.createElement('span');
            probe.style.color = 'CanvasText';
            document.body.append(probe);
            const canvasText = getComputedStyle(probe).color;
            probe.remove();
            return {fills: [...new Set(fills)], count: fills.length, text: getComputedStyle(document.querySelector('.figure h2')).color,
                background: bg, tables: tables, canvasText: canvasText};
            """;

    @TempDir
    static Path dir;

    static StaticServer server;
    static HeadlessChrome chrome;

    @BeforeAll
    static void start() {
        BuiltSite site = BuiltSite.build(CaseArchive.write(dir), dir, "https://example.org/archive/");
        server = StaticServer.start(site.root(), "/archive/");
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

    @AfterEach
    void screen() {
        chrome.driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "", "features", List.of()));
        chrome.script("localStorage.clear()");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> look(String page) {
        chrome.open(server.url(page));
        Map<String, Object> look = (Map<String, Object>) chrome.script(LOOK);
        assertTrue(((Number) look.get("count")).intValue() > 20, "the page has charts: " + look);
        assertTrue(((List<Boolean>) look.get("tables")).stream().allMatch(b -> b), "every table is shown: " + look);
        return look;
    }

    @Test
    void onScreenTheChartsAreDrawnInTheTextColour() {
        for (String page : List.of("zh/statistics/", "en/statistics/")) {
            Map<String, Object> look = look(page);
            assertEquals(List.of(look.get("text")), look.get("fills"), page);
        }
    }

    @Test
    void withTheSitesHighContrastSettingTheyFollowItsTextColourAndContrastWithTheBackground() {
        chrome.open(server.url("en/statistics/"));
        chrome.script("localStorage.setItem('reply-archive.reading', arguments[0])", "{\"contrast\":\"high\"}");
        Map<String, Object> look = look("en/statistics/");
        assertEquals(List.of(look.get("text")), look.get("fills"));
        assertTrue(luminance((String) look.get("background")) < 0.05, "the dark high-contrast scheme is on: " + look);
        double ratio = contrast((String) look.get("text"), (String) look.get("background"));
        assertTrue(ratio >= 7, "contrast " + ratio + " of " + look);
    }

    @Test
    void inForcedColoursModeTheyTakeTheSystemsTextColour() {
        chrome.driver.executeCdpCommand("Emulation.setEmulatedMedia",
                Map.of("features", List.of(Map.of("name", "forced-colors", "value", "active"))));
        Map<String, Object> look = look("en/statistics/");
        assertEquals(List.of(look.get("canvasText")), look.get("fills"), look.toString());
    }

    @Test
    void whenPrintedTheyAreBlack() {
        chrome.driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        Map<String, Object> look = look("zh/statistics/");
        assertEquals(List.of("rgb(0, 0, 0)"), look.get("fills"));
    }

    /** The WCAG contrast ratio of two CSS rgb() colours. */
    private static double contrast(String a, String b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(String rgb) {
        String[] parts = rgb.replaceAll("[^0-9,.]", "").split(",");
        double[] c = new double[3];
        for (int i = 0; i < 3; i++) {
            double v = Double.parseDouble(parts[i]) / 255;
            c[i] = v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
    }
}
