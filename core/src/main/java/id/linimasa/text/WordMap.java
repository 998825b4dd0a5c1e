package id.linimasa.text;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;

/**
 * An immutable map from strings, for the lexicons the analysis rules look token after token up in: as {@link WordSet},
 * it keeps each key's hash beside it, so that a word the map lacks is told without reading any of its keys. Like
 * {@link Map#copyOf}, it holds no null and is asked about none.
 */
public final class WordMap<V> extends AbstractMap<String, V> {

    private final WordSet keys;
    /** Each key's value at the key's slot in {@link #keys}. */
    private final Object[] values;

    private WordMap(Map<String, ? extends V> map) {
        this.keys = WordSet.copyOf(map.keySet());
        this.values = new Object[keys.capacity()];
        map.forEach((k, v) -> values[keys.slotOf(k)] = Objects.requireNonNull(v));
    }

    public static <V> WordMap<V> copyOf(Map<String, ? extends V> map) {
        return new WordMap<>(map);
    }

    @Override
    @SuppressWarnings("unchecked")
    public V get(Object key) {
        int at = keys.slotOf(key);
        return at < 0 ? null : (V) values[at];
    }

    /**
     * The value of the word {@code text[from, to)}, all ASCII, lower-cased, or null, with no lower-cased copy made;
     * {@code hash} is the lower-cased word's {@link String#hashCode}, taken by a caller that reads it char by char.
     */
    @SuppressWarnings("unchecked")
    public V getAsciiLowerCased(CharSequence text, int from, int to, int hash) {
        int at = keys.slotOfAsciiLowerCased(text, from, to, hash);
        return at < 0 ? null : (V) values[at];
    }

    @Override
    public boolean containsKey(Object key) {
        return keys.slotOf(key) >= 0;
    }

    @Override
    public V getOrDefault(Object key, V otherwise) {
        V v = get(key);
        return v == null ? otherwise : v;
    }

    @Override
    public int size() {
        return keys.size();
    }

    @Override
    public Set<Entry<String, V>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Entry<String, V>> iterator() {
                Iterator<String> k = keys.iterator();
                return new Iterator<>() {
                    @Override
                    public boolean hasNext() {
                        return k.hasNext();
                    }

                    @Override
                    public Entry<String, V> next() {
                        if (!k.hasNext()) throw new NoSuchElementException();
                        String key = k.next();
                        return new SimpleImmutableEntry<>(key, get(key));
                    }
                };
            }

            @Override
            public int size() {
                return keys.size();
            }
        };
    }
}
