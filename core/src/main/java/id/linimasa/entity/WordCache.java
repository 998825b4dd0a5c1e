package id.linimasa.entity;

import id.linimasa.text.SharedSlots;
import id.linimasa.text.Span;

import java.util.List;

/**
 * The tagger's words ({@link NerModel.Word}) by their text, looked up straight from a token's chars in the article:
 * a word seen before costs no substring, and each use of it gets the one String the cache holds (whose hash is then
 * taken once for all the rules that look it up). Bounded and thread-safe ({@link SharedSlots}): a word is immutable.
 */
final class WordCache {

    private final SharedSlots<NerModel.Word> slots;

    /** A cache of at most {@code max} words. */
    WordCache(int max) {
        this.slots = new SharedSlots<>(max);
    }

    /** The word whose text is {@code text} from {@code start} to {@code end}, or null. */
    NerModel.Word get(String text, int start, int end) {
        int h = 0, length = end - start;
        for (int i = start; i < end; i++) h = 31 * h + text.charAt(i); // String.hashCode's, so that both lookups meet
        for (int i = slots.first(h); ; i = slots.next(i)) {
            NerModel.Word w = slots.at(i);
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
        for (int k = 0; k < n; k++) out[k] = slots.at(slots.first(hashes[k]));
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
        int h = token.hashCode();
        for (int i = slots.first(h); ; i = slots.next(i)) {
            NerModel.Word w = slots.at(i);
            if (w == null) return null;
            if (w.hash == h && w.token.equals(token)) return w;
        }
    }

    /** Keeps the word unless the cache is full; another thread may have put the same word meanwhile (both are alike). */
    void put(NerModel.Word w) {
        slots.put(w, w.hash, (a, b) -> a.hash == b.hash && a.token.equals(b.token));
    }

    int size() {
        return slots.size();
    }
}
