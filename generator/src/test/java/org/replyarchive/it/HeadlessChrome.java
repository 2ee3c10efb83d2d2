package org.replyarchive.it;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian Chromium driven by its chromedriver, for the browser tests: no Selenium Manager, no network, a
 * fresh profile that is deleted on {@link #close()}. Override the binaries with {@code -Dchromium.binary=} and
 * {@code -Dchromedriver.binary=}.
 */
final class HeadlessChrome implements AutoCloseable {

    static final Path CHROMIUM = Path.of(System.getProperty("chromium.binary", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(System.getProperty("chromedriver.binary", "/usr/bin/chromedriver"));
    static final Duration TIMEOUT = Duration.ofSeconds(15);
    /** Held so that its level stays set: Selenium's warning that it has no CDP module for this Chromium is harmless. */
    private static final Logger SELENIUM_LOG = Logger.getLogger("org.openqa.selenium");

    final ChromeDriver driver;
    private final Path profile;

    private HeadlessChrome(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    /** Starts a browser with a desktop-sized window. */
    static HeadlessChrome start() {
        for (Path binary : new Path[] {CHROMIUM, CHROMEDRIVER}) {
            if (!Files.isExecutable(binary)) {
                throw new IllegalStateException(binary + " is missing: install it with "
                        + "'apt-get install -y chromium chromium-driver' (Debian), or point -Dchromium.binary= and "
                        + "-Dchromedriver.binary= at a matching pair");
            }
        }
        SELENIUM_LOG.setLevel(Level.SEVERE);
        Path profile;
        try {
            profile = Files.createTempDirectory("reply-archive-chrome-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1280,900", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .withLogOutput(OutputStream.nullOutputStream())
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(TIMEOUT).scriptTimeout(Duration.ofSeconds(60));
        return new HeadlessChrome(driver, profile);
    }

    WebDriverWait waiting() {
        return new WebDriverWait(driver, TIMEOUT);
    }

    /** Opens {@code url} and waits until it has loaded. */
    void open(String url) {
        driver.get(url);
        waitForLoad();
    }

    /** Waits until the browser is at {@code url} and that page has loaded. */
    void waitForUrl(String url) {
        waiting().until(ExpectedConditions.urlToBe(url));
        waitForLoad();
    }

    void waitForLoad() {
        waiting().until((WebDriver d) -> "complete".equals(script("return document.readyState")));
    }

    Object script(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    /** Makes the viewport that of a phone, honouring the page's viewport meta, until {@link #desktop()}. */
    void phone(int width, int height) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", 2, "mobile", true));
    }

    void desktop() {
        driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    }

    /** Quits the browser and its chromedriver, then deletes the profile. */
    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            try (Stream<Path> walk = Files.walk(profile)) {
                walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException e) {
                // The profile is in the temporary folder; what cannot be deleted now is left to the system.
            }
        }
    }
}
