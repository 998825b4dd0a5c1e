package id.linimasa.text;

import java.util.Arrays;
import java.util.Locale;

/**
 * The tokens of one article's analysis text ({@link Tokenizer}'s), found once and read by every stage that works word
 * by word: each token's offsets, and for each distinct token (the same chars) one id, one String of its text and one of
 * its lower case (those of earlier articles with the token, {@link TokenStrings}), so that the stages neither tokenise
 * the text again nor copy and lower-case a recurring word each time. Immutable.
 */
public final class Tokens {

    /** No tokens: an analysis before its text is tokenised. */
    public static final Tokens NONE = new Tokens("", new int[0], new int[0], new int[0], new String[0], new String[0]);

    private final String text;
    /** Where each token starts and ends (ints, not spans: most readers want the offsets, and a span costs as much as a word). */
    private final int[] starts;
    private final int[] ends;
    /** Each token's distinct-token id: tokens of the same chars share it; numbered in the order first seen. */
    private final int[] ids;
    private final String[] texts;
    private final String[] lowers;

    private Tokens(String text, int[] starts, int[] ends, int[] ids, String[] texts, String[] lowers) {
        this.text = text;
        this.starts = starts;
        this.ends = ends;
        this.ids = ids;
        this.texts = texts;
        this.lowers = lowers;
    }

    /** The tokens of the text, as {@link Tokenizer#tokens(String)} cuts it. */
    public static Tokens of(String text) {
        int n = text.length();
        Scratch s = Scratch.of(n);
        char[] c = s.chars;
        text.getChars(0, n, c, 0);
        int[] starts = s.starts, ends = s.ends, ids = s.ids;
        Distinct distinct = s.distinct.clear(n / 16);
        int count = 0;
        for (int i = 0; i < n; ) {
            if (Tokenizer.isSpace(c[i])) {
                i++;
                continue;
            }
            int j = Tokenizer.tokenEnd(c, i, n), h = 0;
            for (int k = i; k < j; k++) h = 31 * h + c[k];
            starts[count] = i;
            ends[count] = j;
            ids[count++] = distinct.id(i, j, h);
            i = j;
        }
        String[] texts = new String[distinct.size], lowers = new String[distinct.size];
        for (int id = 0; id < distinct.size; id++) {
            int from = distinct.starts[id], to = distinct.ends[id], h = distinct.hashOf[id];
            TokenStrings.Entry e = TokenStrings.SHARED.get(c, from, to, h);
            if (e == null) {
                String token = new String(c, from, to - from);
                TokenStrings.SHARED.put(e = new TokenStrings.Entry(token, lowerCase(token, c, from, to - from), h));
            }
            texts[id] = e.text();
            lowers[id] = e.lower();
        }
        return new Tokens(text, Arrays.copyOf(starts, count), Arrays.copyOf(ends, count), Arrays.copyOf(ids, count), texts, lowers);
    }

    /**
     * What {@link #of} works in and does not keep (the text's chars, each token's offsets and id before they are cut to
     * size, the distinct tokens' table), kept per thread and reused up to {@link #KEPT} chars: an article's tokens then
     * allocate only what they keep, and the working arrays stay in the cache.
     */
    private static final class Scratch {
        /** The longest text whose scratch a thread keeps (a page without breaks runs to megabytes). */
        static final int KEPT = 1 << 16;
        private static final ThreadLocal<Scratch> KEPT_BY_THREAD = ThreadLocal.withInitial(() -> new Scratch(1 << 12));

        final char[] chars;
        /** A text of n chars has at most n tokens. */
        final int[] starts, ends, ids;
        final Distinct distinct;

        private Scratch(int chars) {
            this.chars = new char[chars];
            this.starts = new int[chars];
            this.ends = new int[chars];
            this.ids = new int[chars];
            this.distinct = new Distinct(this.chars);
        }

        /** Scratch for a text of n chars: the thread's, grown to it, or fresh past {@link #KEPT}. */
        static Scratch of(int n) {
            if (n > KEPT) return new Scratch(n);
            Scratch s = KEPT_BY_THREAD.get();
            if (s.chars.length < n) KEPT_BY_THREAD.set(s = new Scratch(Math.min(KEPT, Math.max(n, s.chars.length * 2))));
            return s;
        }
    }

    /**
     * {@code token.toLowerCase(Locale.ROOT)}, {@code token} being {@code c[from, from + length)}: an ASCII token is
     * lowered from the chars at hand (most are lower-case already, and are their own lower case).
     */
    private static String lowerCase(String token, char[] c, int from, int length) {
        boolean upper = false;
        for (int k = from; k < from + length; k++) {
            char ch = c[k];
            if (ch >= 0x80) return token.toLowerCase(Locale.ROOT);
            upper |= ch >= 'A' && ch <= 'Z';
        }
        if (!upper) return token;
        char[] lower = new char[length];
        for (int k = 0; k < length; k++) {
            char ch = c[from + k];
            lower[k] = ch >= 'A' && ch <= 'Z' ? (char) (ch + 32) : ch;
        }
        return new String(lower);
    }

    /** The text the tokens are of. */
    public String text() {
        return text;
    }

    public int size() {
        return starts.length;
    }

    public int start(int i) {
        return starts[i];
    }

    public int end(int i) {
        return ends[i];
    }

    /** The spans of tokens {@code [from, to)}, read in place. */
    public TokenSpans spans(int from, int to) {
        return new TokenSpans(starts, ends, from, to);
    }

    /** The number of distinct tokens; ids run from 0 to it. */
    public int distinct() {
        return texts.length;
    }

    /** Token i's distinct-token id. */
    public int id(int i) {
        return ids[i];
    }

    /** The text of the tokens of an id: one String for all of them. */
    public String text(int id) {
        return texts[id];
    }

    /** The lower case ({@link Locale#ROOT}) of the tokens of an id: one String for all of them. */
    public String lower(int id) {
        return lowers[id];
    }

    /** Index of the first token that ends after {@code offset} (the size when none does). */
    public int firstEndingAfter(int offset) {
        int lo = 0, hi = ends.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (ends[mid] <= offset) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    /**
     * The indexes {from, to} of the tokens of a stretch of the text that cuts none of them (a sentence): those that {@link
     * Tokenizer#tokens(String, Span)} would find in it; null when it cuts one, whose pieces only tokenising it would give.
     */
    public int[] range(Span range) {
        int a = firstEndingAfter(range.start()), b = a;
        while (b < starts.length && starts[b] < range.end()) b++;
        return a < b && (starts[a] < range.start() || ends[b - 1] > range.end()) ? null : new int[]{a, b};
    }

    /** Tokens are a function of their text. */
    @Override
    public boolean equals(Object o) {
        return o instanceof Tokens t && t.text.equals(text) && t.starts.length == starts.length;
    }

    @Override
    public int hashCode() {
        return text.hashCode() * 31 + starts.length;
    }

    @Override
    public String toString() {
        return "Tokens[" + starts.length + " of " + text.length() + " chars]";
    }

    /**
     * The first occurrence of each distinct token, found by its chars: open addressing, at most half full. Its arrays
     * may be longer than the table in use (a {@link Scratch}'s, sized for the longest text yet), which {@link #clear}
     * sets for each text.
     */
    private static final class Distinct {
        private final char[] text;
        private int[] slots = new int[0];
        private int[] hashes = new int[0];
        private int[] starts = new int[0];
        private int[] ends = new int[0];
        /** Each distinct token's hash. */
        private int[] hashOf = new int[0];
        /** The slots in use: a power of two, at most {@code slots.length}. */
        private int capacity;
        private int size;

        Distinct(char[] text) {
            this.text = text;
        }

        /** Empties the table and sizes it for about {@code expected} distinct tokens. */
        Distinct clear(int expected) {
            capacity = Integer.highestOneBit(Math.max(32, expected)) << 2;
            if (slots.length < capacity) {
                slots = new int[capacity];
                hashes = new int[capacity];
                starts = new int[capacity / 2];
                ends = new int[capacity / 2];
                hashOf = new int[capacity / 2];
            } else {
                Arrays.fill(slots, 0, capacity, 0);
            }
            size = 0;
            return this;
        }

        /** The id of the chars {@code text[from, to)}, whose {@link String#hashCode} is {@code h}: a new one when first seen. */
        int id(int from, int to, int h) {
            int mask = capacity - 1;
            int i = slot(h);
            for (; slots[i] != 0; i = (i + 1) & mask) {
                int id = slots[i] - 1;
                if (hashes[i] == h && ends[id] - starts[id] == to - from && Arrays.equals(text, starts[id], ends[id], text, from, to)) return id;
            }
            if ((size + 1) * 2 > capacity) {
                grow();
                return id(from, to, h);
            }
            slots[i] = size + 1;
            hashes[i] = h;
            starts[size] = from;
            ends[size] = to;
            hashOf[size] = h;
            return size++;
        }

        private void grow() {
            int[] oldSlots = Arrays.copyOf(slots, capacity), oldHashes = Arrays.copyOf(hashes, capacity);
            capacity *= 2;
            if (slots.length < capacity) {
                slots = new int[capacity];
                hashes = new int[capacity];
                starts = Arrays.copyOf(starts, capacity / 2);
                ends = Arrays.copyOf(ends, capacity / 2);
                hashOf = Arrays.copyOf(hashOf, capacity / 2);
            } else {
                Arrays.fill(slots, 0, capacity, 0);
            }
            for (int k = 0; k < oldSlots.length; k++) {
                if (oldSlots[k] == 0) continue;
                int i = slot(oldHashes[k]);
                while (slots[i] != 0) i = (i + 1) & (capacity - 1);
                slots[i] = oldSlots[k];
                hashes[i] = oldHashes[k];
            }
        }

        private int slot(int h) {
            return (h * 0x9E3779B9 >>> 8) & (capacity - 1);
        }
    }
}
