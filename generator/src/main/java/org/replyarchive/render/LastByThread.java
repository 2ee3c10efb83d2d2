package org.replyarchive.render;

import java.util.function.Function;

/**
 * The value last made for a key on each thread, the key compared by identity: a page's fingerprint and, when
 * the page must be rendered after all, its model start from the same model without the body, which is made
 * once this way rather than twice. Holds one value per thread.
 *
 * @param <K> the key (a page job)
 * @param <V> what is made from it
 */
final class LastByThread<K, V> {

    private record Kept(Object key, Object value) {}

    private final ThreadLocal<Kept> last = new ThreadLocal<>();
    private final Function<K, V> make;

    LastByThread(Function<K, V> make) {
        this.make = make;
    }

    /** The value for {@code key}: the one this thread made last if that was for the very same key. */
    @SuppressWarnings("unchecked")
    V get(K key) {
        Kept kept = last.get();
        if (kept != null && kept.key() == key) {
            return (V) kept.value();
        }
        V value = make.apply(key);
        last.set(new Kept(key, value));
        return value;
    }
}
