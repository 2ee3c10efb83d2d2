package org.replyarchive.serve;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.OptionalLong;

/**
 * The Server-Sent Events stream through which open pages learn of rebuilds: the current version at once, then
 * each new one, with a comment line as keep-alive so that proxies and browsers keep the connection open.
 */
final class ReloadEvents {

    private ReloadEvents() {}

    /** Streams {@code channel}'s versions to {@code exchange} until the page goes away or the channel closes. */
    static void stream(HttpExchange exchange, ReloadChannel channel, Duration keepAlive) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(200, 0);
        OutputStream out = exchange.getResponseBody();
        long seen = channel.version();
        send(out, "retry: 1000\n\ndata: " + seen + "\n\n");
        try {
            while (true) {
                OptionalLong now = channel.await(seen, keepAlive);
                if (now.isEmpty()) {
                    return;
                }
                send(out, now.getAsLong() == seen ? ": keep-alive\n\n" : "data: " + now.getAsLong() + "\n\n");
                seen = now.getAsLong();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void send(OutputStream out, String text) throws IOException {
        out.write(text.getBytes(StandardCharsets.UTF_8));
        out.flush();
    }
}
