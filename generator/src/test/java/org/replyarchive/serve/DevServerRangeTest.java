package org.replyarchive.serve;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.replyarchive.build.BuildListener;
import org.replyarchive.config.BuildConfig;
import org.replyarchive.testing.SiteFixture;

/** The preview answers range requests as a production host does: search results read their snippets so. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class DevServerRangeTest {

    /** A file the server sends as it is (a page would carry the reload script); pages are answered alike. */
    private static final String DOCUMENT = "data/replies.json";

    @TempDir
    Path dir;

    private DevServer server;
    private byte[] file;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeEach
    void start() throws IOException {
        Path content = SiteFixture.write(dir, "-- replies/2023/x.zh.md --\n" + SiteFixture.REPLY_ZH);
        BuildConfig config = BuildConfig.builder(content, dir.resolve("target/serve")).build();
        server = DevServer.start(config, new ServeOptions("127.0.0.1", 0, Duration.ofMillis(100)), BuildListener.SILENT);
        file = Files.readAllBytes(config.outputDirectory().resolve(DOCUMENT));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void aRangeIsAnsweredWithItsBytesAndContentRange() throws Exception {
        HttpResponse<byte[]> part = get("bytes=2-9");
        assertEquals(206, part.statusCode());
        assertEquals("bytes 2-9/" + file.length, part.headers().firstValue("Content-Range").orElseThrow());
        assertArrayEquals(Arrays.copyOfRange(file, 2, 10), part.body());
    }

    @Test
    void anOpenRangeAndASuffixRunToTheEnd() throws Exception {
        assertArrayEquals(Arrays.copyOfRange(file, 5, file.length), get("bytes=5-").body());
        HttpResponse<byte[]> suffix = get("bytes=-4");
        assertEquals(206, suffix.statusCode());
        assertArrayEquals(Arrays.copyOfRange(file, file.length - 4, file.length), suffix.body());
    }

    @Test
    void aRangeBeyondTheEndIsUnsatisfiableAndNoRangeGivesTheWholeFile() throws Exception {
        HttpResponse<byte[]> beyond = get("bytes=" + file.length + "-");
        assertEquals(416, beyond.statusCode());
        assertEquals("bytes */" + file.length, beyond.headers().firstValue("Content-Range").orElseThrow());
        HttpResponse<byte[]> whole = get(null);
        assertEquals(200, whole.statusCode());
        assertEquals("bytes", whole.headers().firstValue("Accept-Ranges").orElseThrow());
        assertArrayEquals(file, whole.body());
    }

    private HttpResponse<byte[]> get(String range) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(server.url().resolve(DOCUMENT)).timeout(Duration.ofSeconds(20));
        if (range != null) {
            request.header("Range", range);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }
}
