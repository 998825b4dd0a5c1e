package id.linimasa.text;

import java.util.AbstractSet;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Objects;

/**
 * An immutable set of strings, for the word lists the analysis rules test token after token against. It keeps each
 * string's hash beside it, so that a look-up of a word the set lacks (most look-ups) compares ints in one compact
 * array and reads none of the set's strings: {@link java.util.Set#of} reads every string it probes, each a likely
 * cache miss once the other stages have run. Like {@code Set.of}, it holds no null and is asked about none.
 */
public final class WordSet extends AbstractSet<String> {

    /** Open addressing with linear probing, at most half full: each string at its slot, and its hash. */
    private final String[] words;
    private final int[] hashes;
    private final int shift;
    private final int size;
    /**
     * Two bits of each held string's hash in one word: a string whose two bits are not both set is not held, told
     * without reading the arrays (most sets hold a few words, and most look-ups are of words they lack).
     */
    private final long filter;

    private WordSet(Collection<? extends String> words) {
        int capacity = Integer.highestOneBit(Math.max(2, words.size()) * 2 - 1) << 1;
        this.words = new String[capacity];
        this.hashes = new int[capacity];
        this.shift = Integer.SIZE - Integer.numberOfTrailingZeros(capacity);
        int n = 0;
        long f = 0;
        for (String w : words) {
            int h = w.hashCode(), i = slot(h);
            while (this.words[i] != null && !this.words[i].equals(w)) i = (i + 1) & (capacity - 1);
            if (this.words[i] != null) continue;
            this.words[i] = w;
            hashes[i] = h;
            f |= filterBits(h);
            n++;
        }
        this.size = n;
        this.filter = f;
    }

    /** As {@code Set.of}: a word given twice is a mistake in the list, refused with IllegalArgumentException. */
    public static WordSet of(String... words) {
        WordSet set = new WordSet(List.of(words));
        if (set.size != words.length) {
            for (int i = 0; i < words.length; i++) {
                for (int j = 0; j < i; j++) if (words[i].equals(words[j])) throw new IllegalArgumentException("duplicate word: " + words[i]);
            }
        }
        return set;
    }

    /** The distinct words of the collection (a word given twice is kept once). */
    public static WordSet copyOf(Collection<? extends String> words) {
        return new WordSet(List.copyOf(words));
    }

    /** The first slot to probe for a hash: its top bits after a multiply, which spreads the hashes of short words. */
    private int slot(int h) {
        return (h * 0x9E3779B9) >>> shift;
    }

    /** The two bits of {@link #filter} a hash sets: other bits of the multiply than {@link #slot} reads first. */
    private static long filterBits(int h) {
        int m = h * 0x9E3779B9;
        return 1L << (m >>> 20) | 1L << (m >>> 14);
    }

    @Override
    public boolean contains(Object o) {
        return slotOf(o) >= 0;
    }

    /** Where the string is held, or -1; {@link WordMap} keeps values at the same places. */
    int slotOf(Object o) {
        if (!(o instanceof String s)) {
            Objects.requireNonNull(o);
            return -1;
        }
        int h = s.hashCode(), mask = words.length - 1;
        long bits = filterBits(h);
        if ((filter & bits) != bits) return -1;
        for (int i = slot(h); words[i] != null; i = (i + 1) & mask) {
            if (hashes[i] == h && words[i].equals(s)) return i;
        }
        return -1;
    }

    /**
     * Whether the set holds {@code text[from, to)} lower-cased as {@code toLowerCase(Locale.ROOT)} makes it: a stretch
     * all ASCII is looked up where it stands, with no copy made.
     */
    public boolean containsLowerCased(String text, int from, int to) {
        int h = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c >= 0x80) return contains(text.substring(from, to).toLowerCase(Locale.ROOT));
            h = 31 * h + (c >= 'A' && c <= 'Z' ? c + 32 : c);
        }
        return slotOfAsciiLowerCased(text, from, to, h) >= 0;
    }

    /**
     * Where the word {@code text[from, to)}, all ASCII, is held lower-cased, or -1; {@code hash} is the lower-cased
     * word's {@link String#hashCode}, which a caller that reads the word char by char has at hand: no copy is made.
     */
    int slotOfAsciiLowerCased(CharSequence text, int from, int to, int hash) {
        long bits = filterBits(hash);
        if ((filter & bits) != bits) return -1;
        int mask = words.length - 1, length = to - from;
        for (int i = slot(hash); words[i] != null; i = (i + 1) & mask) {
            if (hashes[i] == hash && words[i].length() == length && sameLowerCased(words[i], text, from)) return i;
        }
        return -1;
    }

    private static boolean sameLowerCased(String word, CharSequence text, int from) {
        for (int k = 0; k < word.length(); k++) {
            char c = text.charAt(from + k);
            if ((c >= 'A' && c <= 'Z' ? (char) (c + 32) : c) != word.charAt(k)) return false;
        }
        return true;
    }

    /** The number of places, held or free. */
    int capacity() {
        return words.length;
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public Iterator<String> iterator() {
        return new Iterator<>() {
            private int next = advance(0);

            private int advance(int from) {
                while (from < words.length && words[from] == null) from++;
                return from;
            }

            @Override
            public boolean hasNext() {
                return next < words.length;
            }

            @Override
            public String next() {
                if (next >= words.length) throw new NoSuchElementException();
                String w = words[next];
                next = advance(next + 1);
                return w;
            }
        };
    }
}
