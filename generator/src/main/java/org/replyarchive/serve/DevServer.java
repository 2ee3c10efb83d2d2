package org.replyarchive.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.replyarchive.build.BuildListener;
import org.replyarchive.config.BuildConfig;
import org.replyarchive.output.StagingFolders;
import org.replyarchive.route.UrlScheme;

/**
 * The development server: builds the site into the configured output folder, serves it over HTTP, rebuilds
 * it when the content or theme changes and reloads the pages open in a browser.
 *
 * <pre>{@code
 * try (DevServer server = DevServer.start(config, ServeOptions.defaults(), listener)) {
 *     System.out.println("Serving at " + server.url());
 *     server.runUntilShutdown(); // Ctrl-C
 * }
 * }</pre>
 *
 * <ul>
 *   <li>binds {@code 127.0.0.1} unless {@link ServeOptions#host()} says otherwise;</li>
 *   <li>serves the site under the path of its base URL ({@code /} by default), {@code x/} as
 *       {@code x/index.html}, anything missing as the site's {@code 404.html};</li>
 *   <li>a content error does not stop it: the last good site stays served, with the errors over every page,
 *       until a rebuild succeeds;</li>
 *   <li>pages learn of rebuilds through Server-Sent Events on {@value PageDecorator#EVENTS_PATH}.</li>
 * </ul>
 */
public final class DevServer implements AutoCloseable {

    private static final Duration KEEP_ALIVE = Duration.ofSeconds(15);

    private final BuildConfig config;
    private final SiteRebuilder rebuilder;
    private final ReloadChannel channel;
    private final FileResponder files;
    private final HttpServer server;
    private final ExecutorService executor;
    private final CountDownLatch stopped = new CountDownLatch(1);
    private ChangeWatcher watcher;

    private DevServer(BuildConfig config, ServeOptions options, BuildListener listener) throws IOException {
        this.config = config;
        this.channel = new ReloadChannel();
        this.rebuilder = new SiteRebuilder(config, listener, channel);
        this.files = new FileResponder(config.outputDirectory(), new UrlScheme(config.baseUrl()).basePath());
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getByName(options.host()), options.port()), 0);
        // Unbounded: each open page holds one thread on the event stream.
        this.executor = Executors.newCachedThreadPool(r -> {
            Thread thread = new Thread(r, "reply-archive-serve");
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(executor);
        server.createContext("/", this::handle);
    }

    /**
     * Builds the site, starts serving it and starts watching for changes. A build with content errors does
     * not prevent the start.
     *
     * @throws UncheckedIOException when the address cannot be bound (for instance, the port is taken)
     */
    public static DevServer start(BuildConfig config, ServeOptions options, BuildListener listener) {
        Objects.requireNonNull(config, "config must not be null");
        Objects.requireNonNull(options, "options must not be null");
        Objects.requireNonNull(listener, "listener must not be null");
        DevServer dev;
        try {
            dev = new DevServer(config, options, listener);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot listen on " + options.host() + ":" + options.port() + " ("
                    + e.getMessage() + ") — choose another port with -Dreply-archive.port=…, or 0 for any free one", e);
        }
        try {
            dev.rebuilder.rebuild(Set.of());
            dev.server.start();
            dev.watcher = ChangeWatcher.start(dev.watched(), options.debounce(), dev::isOutput, dev.rebuilder::rebuild);
            return dev;
        } catch (RuntimeException e) {
            dev.close();
            throw e;
        }
    }

    /** The address of the site's entry page: {@code http://127.0.0.1:8000/}. */
    public URI url() {
        InetSocketAddress address = server.getAddress();
        String host = address.getAddress().getHostAddress();
        host = host.contains(":") ? "[" + host + "]" : host;
        return URI.create("http://" + host + ":" + address.getPort() + files.basePath());
    }

    /** The port listened on; the one chosen when the options said 0. */
    public int port() {
        return server.getAddress().getPort();
    }

    /** Whether the last build succeeded. */
    public boolean lastBuildSucceeded() {
        return rebuilder.status().errors().isEmpty();
    }

    /** Serves until the JVM is asked to end (Ctrl-C) or {@link #close()} is called, then stops cleanly. */
    public void runUntilShutdown() {
        Thread hook = new Thread(this::close, "reply-archive-serve-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            stopped.await();
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (InterruptedException e) {
            close();
            Thread.currentThread().interrupt();
        } catch (IllegalStateException e) {
            // The JVM is already shutting down and runs the hook itself.
        }
    }

    /** Stops watching and serving; open event streams end. Safe to call more than once. */
    @Override
    public void close() {
        if (stopped.getCount() == 0) {
            return;
        }
        try {
            if (watcher != null) {
                watcher.close();
            }
        } finally {
            channel.close();
            server.stop(0);
            executor.shutdownNow();
            stopped.countDown();
        }
    }

    private List<Path> watched() {
        List<Path> roots = new ArrayList<>();
        roots.add(config.contentDirectory());
        config.themeDirectory().filter(Files::isDirectory).ifPresent(roots::add);
        return roots;
    }

    /** Whether {@code path} is the serve folder or its staging siblings, which must not trigger rebuilds. */
    private boolean isOutput(Path path) {
        return StagingFolders.isWrittenFor(config.outputDirectory(), path);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            if (PageDecorator.EVENTS_PATH.equals(path)) {
                ReloadEvents.stream(exchange, channel, KEEP_ALIVE);
            } else {
                files.respond(exchange, rebuilder.status(), rebuilder.hasSite());
            }
        }
    }
}
