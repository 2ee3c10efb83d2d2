package org.replyarchive.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.replyarchive.build.BuildListener;
import org.replyarchive.config.BuildConfig;
import org.replyarchive.testing.SiteFixture;

/** The serve goal's engine, answered over loopback while its content is edited. */
@Timeout(value = 90, unit = TimeUnit.SECONDS)
class DevServerTest {

    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final String PAGE = "zh/replies/2023/x/";

    @TempDir
    Path dir;

    private Path content;
    private Path reply;
    private DevServer server;
    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    @BeforeEach
    void start() {
        content = SiteFixture.write(dir, "-- replies/2023/x.zh.md --\n" + SiteFixture.REPLY_ZH);
        reply = content.resolve("replies/2023/x.zh.md");
        BuildConfig config = BuildConfig.builder(content, dir.resolve("target/serve")).build();
        server = DevServer.start(config, new ServeOptions("127.0.0.1", 0, Duration.ofMillis(100)), BuildListener.SILENT);
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void servesTheBuiltSiteOnLoopbackWithTheReloadScript() {
        assertEquals("127.0.0.1", server.url().getHost());
        HttpResponse<String> page = get(PAGE);
        assertEquals(200, page.statusCode());
        assertEquals("text/html; charset=utf-8", page.headers().firstValue("Content-Type").orElseThrow());
        assertTrue(page.body().contains("正文第一段。"), page.body());
        assertTrue(page.body().contains(PageDecorator.EVENTS_PATH), "the live-reload script is served");
        assertFalse(page.body().contains(PageDecorator.OVERLAY_ID));
        assertEquals(301, get("zh/replies/2023/x").statusCode());
        assertEquals(404, get("zh/replies/2023/nothing/").statusCode());
        assertEquals(200, get("assets/css/site.css").statusCode());
    }

    @Test
    void neverWritesTheReloadScriptIntoTheSite() throws IOException {
        String onDisk = Files.readString(dir.resolve("target/serve").resolve(PAGE).resolve("index.html"));
        assertTrue(onDisk.contains("正文第一段。"));
        assertFalse(onDisk.contains("__reply-archive"));
    }

    @Test
    void servesAnEditedReplyChangedAfterTheRebuild() throws IOException {
        edit(text -> text.replace("正文第一段。", "修改后的正文。"));
        String page = awaitPage(body -> body.contains("修改后的正文。"));
        assertFalse(page.contains("正文第一段。"));
        assertTrue(server.lastBuildSucceeded());
    }

    @Test
    void aBrokenEditShowsTheErrorsOverTheLastGoodPageUntilItIsFixed() throws IOException {
        edit(text -> text.replace("date: 2023-05-17", "date: 2023-02-30").replace("正文第一段。", "未发布的正文。"));
        String page = awaitPage(body -> body.contains(PageDecorator.OVERLAY_ID));
        assertTrue(page.contains("<strong>replies/2023/x.zh.md:4:7</strong>: &#39;date&#39; is not a real date:"
                + " &#39;2023-02-30&#39;"), page);
        assertTrue(page.contains("正文第一段。"), "the last good page stays served");
        assertFalse(page.contains("未发布的正文。"));
        assertFalse(server.lastBuildSucceeded());
        assertTrue(get("zh/").body().contains(PageDecorator.OVERLAY_ID), "every page shows the errors");

        edit(text -> text.replace("date: 2023-02-30", "date: 2023-05-17"));
        String fixed = awaitPage(body -> !body.contains(PageDecorator.OVERLAY_ID));
        assertTrue(fixed.contains("未发布的正文。"), fixed);
    }

    @Test
    void pagesHearOfEachRebuildOnTheEventStream() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(server.url().resolve(PageDecorator.EVENTS_PATH))
                .timeout(WAIT).build();
        HttpResponse<InputStream> events = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
        assertEquals("text/event-stream; charset=utf-8", events.headers().firstValue("Content-Type").orElseThrow());
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(events.body(), StandardCharsets.UTF_8))) {
            String first = nextData(lines);
            edit(text -> text.replace("正文第一段。", "又改了。"));
            String next = nextData(lines);
            assertEquals(Long.parseLong(first) + 1, Long.parseLong(next));
        }
    }

    @Test
    void whenTheFirstBuildFailsTheErrorsAreServedUntilTheContentIsFixed() throws IOException {
        server.close();
        edit(text -> text.replace("date: 2023-05-17", "date: 2023-02-30"));
        BuildConfig config = BuildConfig.builder(content, dir.resolve("target/other")).build();
        server = DevServer.start(config, new ServeOptions("127.0.0.1", 0, Duration.ofMillis(100)), BuildListener.SILENT);
        HttpResponse<String> placeholder = get(PAGE);
        assertEquals(503, placeholder.statusCode());
        assertTrue(placeholder.body().contains("replies/2023/x.zh.md:4:7"), placeholder.body());
        edit(text -> text.replace("date: 2023-02-30", "date: 2023-05-17"));
        assertTrue(awaitPage(body -> body.contains("正文第一段。")).contains(PageDecorator.EVENTS_PATH));
    }

    @Test
    void closingReleasesThePort() throws IOException {
        int port = server.port();
        server.close();
        try (java.net.ServerSocket again = new java.net.ServerSocket(port, 0, java.net.InetAddress.getLoopbackAddress())) {
            assertEquals(port, again.getLocalPort());
        }
    }

    private static String nextData(BufferedReader lines) throws IOException {
        String line;
        while ((line = lines.readLine()) != null) {
            if (line.startsWith("data: ")) {
                return line.substring(6);
            }
        }
        throw new AssertionError("the event stream ended");
    }

    @Test
    void noRequestReachesAFileOutsideTheServedFolder() throws IOException {
        Files.writeString(dir.resolve("target/secret.txt"), "SECRET-BESIDE-THE-SITE");
        for (String path : List.of("/../secret.txt", "/%2e%2e/secret.txt", "/..%2fsecret.txt", "/zh/../../secret.txt",
                "/zh/%2E%2E/%2E%2E/secret.txt", "/..\\secret.txt", "/../../content/site.yaml")) {
            String response = rawGet(path);
            assertFalse(response.startsWith("HTTP/1.1 200"), path + " was served: " + response.lines().findFirst());
            assertFalse(response.contains("SECRET-BESIDE-THE-SITE") || response.contains("languages:"), path);
        }
    }

    /** A request sent as written, without the normalising a client does to its URL. */
    private String rawGet(String path) throws IOException {
        try (java.net.Socket socket = new java.net.Socket(server.url().getHost(), server.url().getPort())) {
            socket.setSoTimeout((int) WAIT.toMillis());
            socket.getOutputStream().write(("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private void edit(java.util.function.UnaryOperator<String> change) throws IOException {
        Files.writeString(reply, change.apply(Files.readString(reply, StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
    }

    /** Polls the page until {@code ready} holds, for at most {@link #WAIT}. */
    private String awaitPage(Predicate<String> ready) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        List<String> seen = new ArrayList<>();
        while (System.nanoTime() < deadline) {
            String body = get(PAGE).body();
            if (ready.test(body)) {
                return body;
            }
            seen.add(body.length() + " chars");
            sleep(100);
        }
        throw new AssertionError("the page did not change within " + WAIT + "; served " + seen.size() + " times");
    }

    private HttpResponse<String> get(String sitePath) {
        try {
            HttpRequest request = HttpRequest.newBuilder(server.url().resolve(sitePath)).timeout(WAIT).build();
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
