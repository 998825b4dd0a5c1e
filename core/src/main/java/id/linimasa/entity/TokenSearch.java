package id.linimasa.entity;

import id.linimasa.text.TokenSpans;

/**
 * Finds a sentence's token by an offset, by binary search: the tokenizer's spans are non-empty, in text order and
 * apart, so the token an offset falls in is the last one starting at or before it. The rules ask this for every
 * mention, and a scan from the sentence's start cost more than the question. The search reads the token starts in place
 * ({@link TokenSpans#lastStartingBy}), rather than a Span object per step.
 */
final class TokenSearch {

    private TokenSearch() {
    }

    /** The index of the token starting at {@code start}, or -1. */
    static int startingAt(NameFinder.Tagged t, int start) {
        int i = t.tokens().lastStartingBy(start);
        return i >= 0 && t.tokens().start(i) == start ? i : -1;
    }

    /** The index of the token that holds the char at {@code offset}, or -1. */
    static int covering(NameFinder.Tagged t, int offset) {
        int i = t.tokens().lastStartingBy(offset);
        return i >= 0 && offset < t.tokens().end(i) ? i : -1;
    }

    /** The index of the last token starting before {@code offset}, or -1. */
    static int lastBefore(NameFinder.Tagged t, int offset) {
        return t.tokens().lastStartingBy(offset - 1);
    }
}
