package id.linimasa.entity;

import id.linimasa.text.Span;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The tagger's words ({@link NerModel.Word}) by their text, looked up straight from a token's chars in the article:
 * a word seen before costs no substring, and each use of it gets the one String the cache holds (whose hash is then
 * taken once for all the rules that look it up). Open addressing with linear probing over a fixed table; bounded,
 * since unseen words never stop coming; thread-safe: a word goes into an empty slot by compare-and-set and is
 * immutable, so readers see it whole or not at all.
 */
final class WordCache {

    private static final VarHandle SLOT = MethodHandles.arrayElementVarHandle(NerModel.Word[].class);

    private final NerModel.Word[] table;
    private final int shift;
    private final int max;
    private final AtomicInteger size = new AtomicInteger();

    /** A cache of at most {@code max} words, its table at most half full. */
    WordCache(int max) {
        int capacity = Integer.highestOneBit(Math.max(4, max) * 2 - 1) << 1;
        this.table = new NerModel.Word[capacity];
        this.shift = Integer.SIZE - Integer.numberOfTrailingZeros(capacity);
        this.max = max;
    }

    /** The word whose text is {@code text} from {@code start} to {@code end}, or null. */
    NerModel.Word get(String text, int start, int end) {
        int h = 0, length = end - start;
        for (int i = start; i < end; i++) h = 31 * h + text.charAt(i); // String.hashCode's, so that both lookups meet
        int mask = table.length - 1;
        for (int i = slot(h); ; i = (i + 1) & mask) {
            NerModel.Word w = (NerModel.Word) SLOT.getAcquire(table, i);
            if (w == null) return null;
            if (w.hash == h && w.token.length() == length && text.regionMatches(start, w.token, 0, length)) return w;
        }
    }

    /**
     * The words of the tokens of the text (null where the cache lacks one), each found as by {@link #get(String, int,
     * int)}. The first slot of every token and then the word held there are read for all the tokens before any is
     * compared: those reads, mostly cache misses, then overlap instead of each waiting for the one before.
     */
    NerModel.Word[] get(String text, List<Span> tokens) {
        int n = tokens.size();
        int[] hashes = new int[n];
        NerModel.Word[] out = new NerModel.Word[n];
        for (int k = 0; k < n; k++) {
            Span t = tokens.get(k);
            int h = 0;
            for (int i = t.start(); i < t.end(); i++) h = 31 * h + text.charAt(i);
            hashes[k] = h;
        }
        // a loop of its own, short, so that the processor has many of these reads under way at once
        for (int k = 0; k < n; k++) out[k] = (NerModel.Word) SLOT.getAcquire(table, slot(hashes[k]));
        int[] lengths = new int[n];
        for (int k = 0; k < n; k++) if (out[k] != null) lengths[k] = out[k].token.length(); // reads each word and its String
        for (int k = 0; k < n; k++) {
            NerModel.Word w = out[k];
            Span t = tokens.get(k);
            int length = t.end() - t.start();
            if (w == null || w.hash != hashes[k] || lengths[k] != length || !text.regionMatches(t.start(), w.token, 0, length)) {
                out[k] = w == null ? null : get(text, t.start(), t.end()); // an empty slot ends the search; else probe on
            }
        }
        return out;
    }

    /** The word whose text is {@code token}, or null. */
    NerModel.Word get(String token) {
        int h = token.hashCode(), mask = table.length - 1;
        for (int i = slot(h); ; i = (i + 1) & mask) {
            NerModel.Word w = (NerModel.Word) SLOT.getAcquire(table, i);
            if (w == null) return null;
            if (w.hash == h && w.token.equals(token)) return w;
        }
    }

    /** Keeps the word unless the cache is full; another thread may have put the same word meanwhile (both are alike). */
    void put(NerModel.Word w) {
        if (size.get() >= max) return;
        int mask = table.length - 1;
        for (int i = slot(w.hash); ; i = (i + 1) & mask) {
            if (SLOT.compareAndSet(table, i, null, w)) {
                size.incrementAndGet();
                return;
            }
            NerModel.Word there = (NerModel.Word) SLOT.getAcquire(table, i);
            if (there.hash == w.hash && there.token.equals(w.token)) return;
        }
    }

    int size() {
        return size.get();
    }

    /** The first slot to probe: the hash's top bits after a multiply, which spreads the hashes of short words. */
    private int slot(int h) {
        return (h * 0x9E3779B9) >>> shift;
    }
}
