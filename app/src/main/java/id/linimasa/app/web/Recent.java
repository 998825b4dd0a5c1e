package id.linimasa.app.web;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Answers computed recently, kept for a short while: views that read the whole corpus (totals, the entity
 * list, an article's story) are asked for again and again, and a short memory is long enough to spare the
 * work and short enough that an ingest running beside the server shows up soon.
 */
final class Recent<K, V> {

    @FunctionalInterface
    interface Compute<K, V> {
        V compute(K key) throws IOException;
    }

    private final long forgetAfterMillis;
    private final int maxEntries;
    private final Map<K, V> values = new ConcurrentHashMap<>();
    private volatile long since = System.currentTimeMillis();

    Recent(long forgetAfterMillis, int maxEntries) {
        this.forgetAfterMillis = forgetAfterMillis;
        this.maxEntries = maxEntries;
    }

    /** The value for key, computed now unless it was computed within the last few seconds. Values must not be null. */
    V get(K key, Compute<K, V> compute) throws IOException {
        long now = System.currentTimeMillis();
        if (now - since > forgetAfterMillis || values.size() >= maxEntries) {
            values.clear();
            since = now;
        }
        V v = values.get(key);
        if (v == null) {
            v = compute.compute(key);
            values.put(key, v);
        }
        return v;
    }
}
