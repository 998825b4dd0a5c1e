package id.linimasa.text;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The Strings of tokens seen before, shared by every article ({@link Tokens}): most of an article's words are frequent
 * ones, which then cost no copy of their chars and no lower-casing, and every stage that looks them up holds the one
 * String (its hash taken once; an equal String from a word list is compared, not copied). Open addressing with linear
 * probing over a fixed table; bounded, since unseen tokens (numbers, names) never stop coming; thread-safe: an entry goes
 * into an empty slot by compare-and-set and is immutable, so readers see it whole or not at all.
 */
final class TokenStrings {

    /** A token's text, its lower case ({@link java.util.Locale#ROOT}) and the text's {@link String#hashCode}. */
    record Entry(String text, String lower, int hash) {
    }

    private static final VarHandle SLOT = MethodHandles.arrayElementVarHandle(Entry[].class);

    /** The table every article's tokens share: some 64k distinct tokens, a few MB. */
    static final TokenStrings SHARED = new TokenStrings(1 << 16);

    private final Entry[] table;
    private final int shift;
    private final int max;
    private final AtomicInteger size = new AtomicInteger();

    /** A table of at most {@code max} tokens, at most half full. */
    TokenStrings(int max) {
        int capacity = Integer.highestOneBit(Math.max(4, max) * 2 - 1) << 1;
        this.table = new Entry[capacity];
        this.shift = Integer.SIZE - Integer.numberOfTrailingZeros(capacity);
        this.max = max;
    }

    /** The entry of the token {@code c[from, to)}, whose {@link String#hashCode} is {@code h}, or null. */
    Entry get(char[] c, int from, int to, int h) {
        int mask = table.length - 1, length = to - from;
        for (int i = slot(h); ; i = (i + 1) & mask) {
            Entry e = (Entry) SLOT.getAcquire(table, i);
            if (e == null) return null;
            if (e.hash == h && e.text.length() == length && matches(e.text, c, from)) return e;
        }
    }

    /** Keeps the entry unless the table is full; another thread may have put the same token meanwhile (both are alike). */
    void put(Entry e) {
        if (size.get() >= max) return;
        int mask = table.length - 1;
        for (int i = slot(e.hash); ; i = (i + 1) & mask) {
            if (SLOT.compareAndSet(table, i, null, e)) {
                size.incrementAndGet();
                return;
            }
            Entry there = (Entry) SLOT.getAcquire(table, i);
            if (there.hash == e.hash && there.text.equals(e.text)) return;
        }
    }

    int size() {
        return size.get();
    }

    private static boolean matches(String s, char[] c, int from) {
        for (int k = 0; k < s.length(); k++) if (s.charAt(k) != c[from + k]) return false;
        return true;
    }

    /** The first slot to probe: the hash's top bits after a multiply, which spreads the hashes of short words. */
    private int slot(int h) {
        return (h * 0x9E3779B9) >>> shift;
    }
}
