package org.replyarchive.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A tiny static file server for browser tests: serves a built site on 127.0.0.1 at a free port, under the
 * path of the site's base URL, the way a plain static host would.
 *
 * <ul>
 *   <li>a path ending in {@code /} serves that folder's {@code index.html};</li>
 *   <li>a folder path without the {@code /} is redirected to it;</li>
 *   <li>text types carry {@code charset=utf-8};</li>
 *   <li>anything missing answers 404 with the site's {@code 404.html}.</li>
 * </ul>
 *
 * <pre>{@code
 * try (StaticServer server = StaticServer.start(site.root(), "/archive/")) {
 *     driver.get(server.url("zh/"));
 * }
 * }</pre>
 */
public final class StaticServer implements AutoCloseable {

    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("html", "text/html; charset=utf-8"),
            Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("js", "text/javascript; charset=utf-8"),
            Map.entry("json", "application/json; charset=utf-8"),
            Map.entry("xml", "application/xml; charset=utf-8"),
            Map.entry("csv", "text/csv; charset=utf-8"),
            Map.entry("txt", "text/plain; charset=utf-8"),
            Map.entry("svg", "image/svg+xml; charset=utf-8"),
            Map.entry("png", "image/png"),
            Map.entry("jpg", "image/jpeg"),
            Map.entry("jpeg", "image/jpeg"),
            Map.entry("webp", "image/webp"),
            Map.entry("ico", "image/x-icon"),
            Map.entry("woff2", "font/woff2"));

    private final Path root;
    private final String basePath;
    private final HttpServer server;
    private final ExecutorService executor;
    private final java.util.concurrent.atomic.AtomicInteger ranged = new java.util.concurrent.atomic.AtomicInteger();

    private StaticServer(Path root, String basePath) throws IOException {
        this.root = root.toAbsolutePath().normalize();
        this.basePath = basePath;
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        this.executor = Executors.newFixedThreadPool(4, r -> {
            Thread t = new Thread(r, "static-server");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
    }

    /** Serves {@code root} under {@code basePath} (which starts and ends with {@code /}). */
    public static StaticServer start(Path root, String basePath) {
        if (!basePath.startsWith("/") || !basePath.endsWith("/")) {
            throw new IllegalArgumentException("basePath must start and end with '/', got " + basePath);
        }
        try {
            return new StaticServer(root, basePath);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Serves {@code root} at the server's root. */
    public static StaticServer start(Path root) {
        return start(root, "/");
    }

    /** The absolute URL of a site path such as {@code zh/replies/2023/x/}; {@code ""} for the entry page. */
    public String url(String sitePath) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + basePath + sitePath;
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String method = exchange.getRequestMethod();
            if (!method.equals("GET") && !method.equals("HEAD")) {
                exchange.getResponseHeaders().set("Allow", "GET, HEAD");
                exchange.sendResponseHeaders(405, -1);
                return;
            }
            String path = URI.create(exchange.getRequestURI().getRawPath()).getPath();
            if ((path + "/").equals(basePath)) {
                exchange.getResponseHeaders().set("Location", basePath);
                exchange.sendResponseHeaders(301, -1);
                return;
            }
            Path file = resolve(path);
            if (file != null && Files.isDirectory(file)) {
                exchange.getResponseHeaders().set("Location", path + "/");
                exchange.sendResponseHeaders(301, -1);
                return;
            }
            int status = 200;
            if (file == null || !Files.isRegularFile(file)) {
                status = 404;
                file = root.resolve("404.html");
            }
            byte[] body = Files.isRegularFile(file)
                    ? Files.readAllBytes(file)
                    : "Not found".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", contentType(file));
            exchange.getResponseHeaders().set("Cache-Control", "no-store");
            exchange.getResponseHeaders().set("Accept-Ranges", "bytes");
            String range = exchange.getRequestHeaders().getFirst("Range");
            if (status == 200 && range != null) {
                byte[] part = part(body, range);
                if (part != null) {
                    int from = Integer.parseInt(range.substring(6, range.indexOf('-')));
                    exchange.getResponseHeaders().set("Content-Range",
                            "bytes " + from + "-" + (from + part.length - 1) + "/" + body.length);
                    ranged.incrementAndGet();
                    body = part;
                    status = 206;
                }
            }
            boolean head = method.equals("HEAD");
            exchange.sendResponseHeaders(status, head ? -1 : body.length == 0 ? -1 : body.length);
            if (!head && body.length > 0) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            }
        }
    }

    /** The bytes a single {@code bytes=from-to} or {@code bytes=from-} range asks for, or null for another form. */
    private static byte[] part(byte[] body, String range) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("bytes=(\\d+)-(\\d*)").matcher(range);
        if (!m.matches()) {
            return null;
        }
        int from = Integer.parseInt(m.group(1));
        int to = m.group(2).isEmpty() ? body.length - 1 : Math.min(body.length - 1, Integer.parseInt(m.group(2)));
        return from > to ? null : java.util.Arrays.copyOfRange(body, from, to + 1);
    }

    /** How many range requests were answered with part of a file, for tests of what a page downloads. */
    public int rangedResponses() {
        return ranged.get();
    }

    /** The file a request path names, or null when it is outside the site. */
    private Path resolve(String path) {
        if (path == null || !path.startsWith(basePath)) {
            return null;
        }
        String rel = path.substring(basePath.length());
        if (rel.isEmpty() || rel.endsWith("/")) {
            rel += "index.html";
        }
        Path file = root.resolve(rel).normalize();
        return file.startsWith(root) ? file : null;
    }

    private static String contentType(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String ext = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        return TYPES.getOrDefault(ext, "application/octet-stream");
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
