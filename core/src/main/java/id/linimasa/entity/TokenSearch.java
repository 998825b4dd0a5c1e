package id.linimasa.entity;

/**
 * Finds a sentence's token by an offset, by binary search: the tokenizer's spans are non-empty, in text order and
 * apart, so the token an offset falls in is the last one starting at or before it. The rules ask this for every
 * mention, and a scan from the sentence's start cost more than the question. The search reads the sentence's token
 * starts ({@link NameFinder.Tagged#starts}), one array, rather than a Span object per step.
 */
final class TokenSearch {

    private TokenSearch() {
    }

    /** The index of the token starting at {@code start}, or -1. */
    static int startingAt(NameFinder.Tagged t, int start) {
        int i = lastStartingBy(t.starts(), start);
        return i >= 0 && t.starts()[i] == start ? i : -1;
    }

    /** The index of the token that holds the char at {@code offset}, or -1. */
    static int covering(NameFinder.Tagged t, int offset) {
        int i = lastStartingBy(t.starts(), offset);
        return i >= 0 && offset < t.tokens().get(i).end() ? i : -1;
    }

    /** The index of the last token starting before {@code offset}, or -1. */
    static int lastBefore(NameFinder.Tagged t, int offset) {
        return lastStartingBy(t.starts(), offset - 1);
    }

    /** The index of the last token starting at or before {@code offset}, or -1. */
    private static int lastStartingBy(int[] starts, int offset) {
        int lo = 0, hi = starts.length - 1, found = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (starts[mid] <= offset) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found;
    }
}
