package id.linimasa.index;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Results of expensive reads (a corpus scan, a timeline) remembered for the reader they were computed from:
 * a newer commit means a new reader, and every entry of the old one is dropped (a request still on an older reader
 * leaves them be). Least recently used entries
 * go first once {@code capacity} is reached. Thread-safe.
 */
final class ReaderMemo<K, V> {

    @FunctionalInterface
    interface Compute<V> {
        V get() throws IOException;
    }

    private final int capacity;
    private final Map<K, V> entries;
    private IndexReader reader;
    private long readerVersion;

    ReaderMemo(int capacity) {
        this.capacity = capacity;
        this.entries = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > ReaderMemo.this.capacity;
            }
        };
    }

    V get(IndexReader current, K key, Compute<V> compute) throws IOException {
        V known = known(current, key);
        if (known != null) return known;
        V value = compute.get(); // outside the lock: two threads may compute the same entry once each
        remember(current, key, value);
        return value;
    }

    /**
     * The value remembered for {@code key} on this reader, or null. Only a newer reader replaces the remembered one: a
     * request still reading an older commit computes its value without dropping the newer reader's entries.
     */
    synchronized V known(IndexReader current, K key) {
        if (current != reader) {
            long version = version(current);
            if (reader != null && version >= 0 && version < readerVersion) return null;
            entries.clear();
            reader = current;
            readerVersion = version;
        }
        return entries.get(key);
    }

    /** A directory reader's commit version (kept, as the remembered reader may be closed by now); -1, always taken as new, for others. */
    private static long version(IndexReader r) {
        return r instanceof DirectoryReader d ? d.getVersion() : -1;
    }

    /** Remembers a value computed on {@code current} (forgotten at once when a newer reader took its place). */
    synchronized void remember(IndexReader current, K key, V value) {
        if (current == reader) entries.put(key, value);
    }
}
