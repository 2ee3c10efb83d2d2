package org.replyarchive.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import com.sun.management.GcInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

/**
 * Heap high-water marks of this JVM, from the collectors' notifications: the most the heap held just before any
 * collection (its real high-water mark, which depends on {@code -Xmx} as much as on the engine) and the most it
 * still held just after one (about the live set: what the build needs).
 */
final class HeapWatch {

    private final List<MemoryPoolMXBean> pools = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(p -> p.getType() == MemoryType.HEAP && p.isValid())
            .toList();
    private final Set<String> poolNames = pools.stream().map(MemoryPoolMXBean::getName).collect(Collectors.toSet());
    private final AtomicLong maxBeforeGc = new AtomicLong();
    private final AtomicLong maxAfterGc = new AtomicLong();

    HeapWatch() {
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (gc instanceof NotificationEmitter emitter) {
                emitter.addNotificationListener((notification, handback) -> {
                    if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
                        GcInfo info = GarbageCollectionNotificationInfo
                                .from((CompositeData) notification.getUserData()).getGcInfo();
                        maxBeforeGc.accumulateAndGet(heapUsed(info.getMemoryUsageBeforeGc()), Math::max);
                        maxAfterGc.accumulateAndGet(heapUsed(info.getMemoryUsageAfterGc()), Math::max);
                    }
                }, null, null);
            }
        }
    }

    private long heapUsed(Map<String, MemoryUsage> usage) {
        return usage.entrySet().stream().filter(e -> poolNames.contains(e.getKey()))
                .mapToLong(e -> e.getValue().getUsed()).sum();
    }

    /** Forgets the marks so far, for a build in a JVM that has built before. */
    void reset() {
        pools.forEach(MemoryPoolMXBean::resetPeakUsage);
        maxBeforeGc.set(0);
        maxAfterGc.set(0);
    }

    /** The most the heap still held after a collection: about the largest live set of the run. */
    long maxAfterGc() {
        return maxAfterGc.get();
    }

    long inUse() {
        return pools.stream().mapToLong(p -> p.getUsage().getUsed()).sum();
    }

    /** The largest occupancy before a collection, or now if the heap has not been collected since. */
    long maxBeforeGc() {
        return Math.max(maxBeforeGc.get(), inUse());
    }

    /** Milliseconds the collectors have spent so far. */
    static long gcMillis() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(gc -> Math.max(0, gc.getCollectionTime())).sum();
    }
}
