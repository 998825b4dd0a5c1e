package id.linimasa.text;

import java.util.AbstractList;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * The spans of a run of tokens (a sentence's), read in place from the offsets they were found with: {@link #start} and
 * {@link #end} read an int each, and a {@link Span} is made only when {@link #get} asks for one. A sentence's rules read
 * its tokens' offsets many times, and a Span kept for every token cost as much memory as the rest of the token.
 * Immutable: the arrays are never written once shared.
 */
public final class TokenSpans extends AbstractList<Span> implements RandomAccess {

    private final int[] starts, ends;
    private final int from, size;

    TokenSpans(int[] starts, int[] ends, int from, int to) {
        this.starts = starts;
        this.ends = ends;
        this.from = from;
        this.size = to - from;
    }

    /** The spans of the list, copied. */
    public static TokenSpans of(List<Span> spans) {
        int[] starts = new int[spans.size()], ends = new int[starts.length];
        for (int i = 0; i < starts.length; i++) {
            starts[i] = spans.get(i).start();
            ends[i] = spans.get(i).end();
        }
        return new TokenSpans(starts, ends, 0, starts.length);
    }

    public int start(int i) {
        return starts[from + Objects.checkIndex(i, size)];
    }

    public int end(int i) {
        return ends[from + Objects.checkIndex(i, size)];
    }

    @Override
    public Span get(int i) {
        return new Span(start(i), end(i));
    }

    @Override
    public int size() {
        return size;
    }

    /**
     * The index of the last token starting at or before {@code offset}, or -1: by binary search, the tokens being
     * non-empty, in text order and apart.
     */
    public int lastStartingBy(int offset) {
        int lo = from, hi = from + size - 1, found = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (starts[mid] <= offset) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found < 0 ? -1 : found - from;
    }
}
