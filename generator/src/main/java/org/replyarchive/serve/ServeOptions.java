package org.replyarchive.serve;

import java.time.Duration;
import java.util.Objects;
import org.replyarchive.problem.InvalidRequestException;

/**
 * Where the development server listens and how long it waits for a burst of changes to end.
 *
 * @param host the address to bind; {@code 127.0.0.1} keeps the server to this machine
 * @param port the port; 0 takes any free one
 * @param debounce how long the content must stay unchanged before a rebuild starts
 */
public record ServeOptions(String host, int port, Duration debounce) {

    /** The loopback address the server binds unless told otherwise. */
    public static final String DEFAULT_HOST = "127.0.0.1";

    /** The port the server listens on unless told otherwise. */
    public static final int DEFAULT_PORT = 8000;

    /** The quiet time before a rebuild: long enough for an editor's save of several files, short to the eye. */
    public static final Duration DEFAULT_DEBOUNCE = Duration.ofMillis(200);

    public ServeOptions {
        Objects.requireNonNull(host, "host must not be null");
        Objects.requireNonNull(debounce, "debounce must not be null");
        if (host.isBlank()) {
            throw new InvalidRequestException("host must not be blank; use 127.0.0.1 to serve this machine only");
        }
        if (port < 0 || port > 65535) {
            throw new InvalidRequestException("port must be between 0 (any free port) and 65535, got " + port);
        }
        if (debounce.isNegative()) {
            throw new IllegalArgumentException("debounce must not be negative, got " + debounce);
        }
    }

    /** Loopback, port 8000, the default debounce. */
    public static ServeOptions defaults() {
        return new ServeOptions(DEFAULT_HOST, DEFAULT_PORT, DEFAULT_DEBOUNCE);
    }
}
