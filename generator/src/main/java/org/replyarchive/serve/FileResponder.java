package org.replyarchive.serve;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.replyarchive.route.UrlScheme;

/**
 * Answers a request with a file of the served site, the way a plain static host would, and decorates HTML
 * pages with the reload script and the error overlay.
 */
final class FileResponder {

    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("html", "text/html; charset=utf-8"),
            Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("js", "text/javascript; charset=utf-8"),
            Map.entry("json", "application/json; charset=utf-8"),
            Map.entry("xml", "application/xml; charset=utf-8"),
            Map.entry("csv", "text/csv; charset=utf-8"),
            Map.entry("txt", "text/plain; charset=utf-8"),
            Map.entry("svg", "image/svg+xml"),
            Map.entry("png", "image/png"),
            Map.entry("jpg", "image/jpeg"),
            Map.entry("jpeg", "image/jpeg"),
            Map.entry("webp", "image/webp"),
            Map.entry("ico", "image/x-icon"),
            Map.entry("woff2", "font/woff2"));

    private final Path root;
    private final String basePath;

    /** Serves {@code root} under {@code basePath}, which starts and ends with {@code /}. */
    FileResponder(Path root, String basePath) {
        this.root = root.toAbsolutePath().normalize();
        this.basePath = basePath;
    }

    String basePath() {
        return basePath;
    }

    void respond(HttpExchange exchange, SiteRebuilder.Status status, boolean hasSite) throws IOException {
        String method = exchange.getRequestMethod();
        if (!method.equals("GET") && !method.equals("HEAD")) {
            exchange.getResponseHeaders().set("Allow", "GET, HEAD");
            exchange.sendResponseHeaders(405, -1);
            return;
        }
        if (!hasSite) {
            send(exchange, 503, "html", PageDecorator.placeholder(status.version(), status.errors()));
            return;
        }
        String path = exchange.getRequestURI().getPath();
        if ((path + "/").equals(basePath) || path.equals("/") && !basePath.equals("/")) {
            redirect(exchange, basePath);
            return;
        }
        Path file = resolve(path);
        if (file != null && Files.isDirectory(file)) {
            redirect(exchange, path + "/");
            return;
        }
        int code = 200;
        if (file == null || !Files.isRegularFile(file)) {
            code = 404;
            file = root.resolve(UrlScheme.notFoundPage());
        }
        byte[] body;
        try {
            body = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            // No 404.html, or the site is being swapped for a new build at this very moment.
            body = "<!DOCTYPE html><title>Not found</title><p>Not found.</p>".getBytes(StandardCharsets.UTF_8);
            code = 404;
        }
        String type = extension(file);
        if (type.equals("html")) {
            body = PageDecorator.decorate(body, status.version(), status.errors());
        }
        send(exchange, code, type, body);
    }

    /** The file a request path names, or null when it lies outside the site. */
    private Path resolve(String path) {
        if (path == null || !path.startsWith(basePath)) {
            return null;
        }
        Path file = root.resolve(UrlScheme.outputFile(path.substring(basePath.length()))).normalize();
        return file.startsWith(root) ? file : null;
    }

    private static void redirect(HttpExchange exchange, String location) throws IOException {
        exchange.getResponseHeaders().set("Location", location);
        exchange.sendResponseHeaders(301, -1);
    }

    /**
     * Sends {@code body}; a successful answer honours a single {@code Range}, as production hosts do, with
     * {@code 206} and its {@code Content-Range}, or {@code 416} when the range lies beyond the end.
     */
    private static void send(HttpExchange exchange, int code, String extension, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", TYPES.getOrDefault(extension, "application/octet-stream"));
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        if (code != 200) {
            sendBytes(exchange, code, body, 0, body.length);
            return;
        }
        exchange.getResponseHeaders().set("Accept-Ranges", "bytes");
        ByteRange.Request range = ByteRange.of(
                Optional.ofNullable(exchange.getRequestHeaders().getFirst("Range")), body.length);
        if (range instanceof ByteRange.Part part) {
            exchange.getResponseHeaders().set("Content-Range", part.range().contentRange(body.length));
            sendBytes(exchange, 206, body, (int) part.range().first(), (int) part.range().length());
        } else if (range instanceof ByteRange.Unsatisfiable) {
            exchange.getResponseHeaders().set("Content-Range", "bytes */" + body.length);
            sendBytes(exchange, 416, new byte[0], 0, 0);
        } else {
            sendBytes(exchange, 200, body, 0, body.length);
        }
    }

    private static void sendBytes(HttpExchange exchange, int code, byte[] body, int offset, int length)
            throws IOException {
        boolean head = exchange.getRequestMethod().equals("HEAD");
        exchange.sendResponseHeaders(code, head || length == 0 ? -1 : length);
        if (!head && length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body, offset, length);
            }
        }
    }

    private static String extension(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
