package id.linimasa.entity;

import id.linimasa.text.Span;

import java.util.List;

/**
 * Finds a sentence's token by an offset, by binary search: the tokenizer's spans are non-empty, in text order and
 * apart, so the token an offset falls in is the last one starting at or before it. The rules ask this for every
 * mention, and a scan from the sentence's start cost more than the question.
 */
final class TokenSearch {

    private TokenSearch() {
    }

    /** The index of the token starting at {@code start}, or -1. */
    static int startingAt(List<Span> tokens, int start) {
        int i = lastStartingBy(tokens, start);
        return i >= 0 && tokens.get(i).start() == start ? i : -1;
    }

    /** The index of the token that holds the char at {@code offset}, or -1. */
    static int covering(List<Span> tokens, int offset) {
        int i = lastStartingBy(tokens, offset);
        return i >= 0 && offset < tokens.get(i).end() ? i : -1;
    }

    /** The index of the last token starting before {@code offset}, or -1. */
    static int lastBefore(List<Span> tokens, int offset) {
        return lastStartingBy(tokens, offset - 1);
    }

    /** The index of the last token starting at or before {@code offset}, or -1. */
    private static int lastStartingBy(List<Span> tokens, int offset) {
        int lo = 0, hi = tokens.size() - 1, found = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid).start() <= offset) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found;
    }
}
