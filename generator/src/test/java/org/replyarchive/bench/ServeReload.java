package org.replyarchive.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.replyarchive.SiteGenerator;
import org.replyarchive.build.BuildListener;
import org.replyarchive.config.BuildConfig;
import org.replyarchive.problem.Problem;
import org.replyarchive.serve.DevServer;
import org.replyarchive.serve.ServeOptions;

/**
 * What a webmaster waits for in {@code serve}: the time from saving a reply to the served page showing the
 * change, as a reader's browser would see it after the reload. Edits a copy of the content, never the folder
 * given.
 *
 * <pre>
 * java -cp … org.replyarchive.bench.ServeReload &lt;content&gt; [edits, default 5]
 * </pre>
 */
public final class ServeReload {

    private ServeReload() {}

    public static void main(String[] args) throws Exception {
        Path work = Files.createTempDirectory("reply-archive-serve-bench-");
        Path content = work.resolve("content");
        BenchFiles.linkTree(Path.of(args[0]), content);
        int edits = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        BuildConfig config = BuildConfig.builder(content, work.resolve("serve"))
                .cacheDirectory(work.resolve("cache")).build();
        long started = System.nanoTime();
        try (DevServer server = SiteGenerator.serve(config, new ServeOptions("127.0.0.1", 0,
                ServeOptions.DEFAULT_DEBOUNCE), quiet())) {
            System.out.printf(Locale.ROOT, "first build served after %.2f s%n", (System.nanoTime() - started) / 1e9);
            Path reply = anyReply(content);
            URI page = server.url().resolve(pagePath(reply));
            List<Double> seconds = new ArrayList<>();
            for (int i = 1; i <= edits; i++) {
                String marker = "serve-bench-edit-" + i;
                // Replaced, not written in place: the copy's files are hard links to the given folder's.
                String text = Files.readString(reply) + "\n" + marker + "\n";
                Files.delete(reply);
                Files.writeString(reply, text);
                long saved = System.nanoTime();
                waitFor(page, marker);
                seconds.add((System.nanoTime() - saved) / 1e9);
                System.out.printf(Locale.ROOT, "edit %d: page shows it after %.2f s%n", i, seconds.get(i - 1));
            }
            seconds.sort(null);
            System.out.printf(Locale.ROOT, "median from save to updated page: %.2f s (%s)%n",
                    seconds.get(seconds.size() / 2), content);
        }
    }

    private static void waitFor(URI page, String marker) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        while (System.nanoTime() < deadline) {
            String body = http.send(HttpRequest.newBuilder(page).build(), HttpResponse.BodyHandlers.ofString()).body();
            if (body.contains(marker)) {
                return;
            }
            Thread.sleep(20);
        }
        throw new IllegalStateException("the page never showed the edit: " + page);
    }

    private static Path anyReply(Path content) throws IOException {
        try (Stream<Path> files = Files.walk(content.resolve("replies"))) {
            return files.filter(f -> f.toString().endsWith(".zh.md")).sorted().findFirst().orElseThrow();
        }
    }

    /** {@code replies/2023/x.zh.md} is served at {@code zh/replies/2023/x/}. */
    private static String pagePath(Path reply) {
        String year = reply.getParent().getFileName().toString();
        String slug = reply.getFileName().toString().replace(".zh.md", "");
        return "zh/replies/" + year + "/" + slug + "/";
    }

    private static BuildListener quiet() {
        return new BuildListener() {
            @Override
            public void info(String message) {}

            @Override
            public void warning(Problem problem) {}
        };
    }
}
