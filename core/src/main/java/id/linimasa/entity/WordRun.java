package id.linimasa.entity;

import java.util.List;

/**
 * Words {@code [from, to)} of a sentence read as one text, joined by single spaces, char by char: a phrase of several
 * words looked up in a word list ({@link id.linimasa.text.WordMap#getAsciiLowerCased}) with no joined and lower-cased
 * copy made for it. Only a look-up whose hash matches reads its chars again.
 */
final class WordRun implements CharSequence {

    private final List<String> words;
    private final int from, to;
    private int length, lowerHash;
    private boolean ascii = true;

    WordRun(List<String> words, int from, int to) {
        this.words = words;
        this.from = from;
        this.to = to;
        for (int i = from; i < to && ascii; i++) {
            String w = words.get(i);
            if (i > from) {
                lowerHash = 31 * lowerHash + ' ';
                length++;
            }
            for (int c = 0; c < w.length() && ascii; c++) {
                char ch = w.charAt(c);
                ascii = ch < 0x80;
                lowerHash = 31 * lowerHash + (ch >= 'A' && ch <= 'Z' ? ch + 32 : ch);
            }
            length += w.length();
        }
    }

    /** Whether every char is ASCII: only then is {@link #lowerHash} the lower case's (else {@code toLowerCase} tells it). */
    boolean ascii() {
        return ascii;
    }

    /** The {@link String#hashCode} of the text lower-cased, when {@link #ascii}. */
    int lowerHash() {
        return lowerHash;
    }

    @Override
    public int length() {
        return length;
    }

    @Override
    public char charAt(int index) {
        for (int i = from; i < to; i++) {
            String w = words.get(i);
            if (index < w.length()) return w.charAt(index);
            if (index == w.length()) return ' ';
            index -= w.length() + 1;
        }
        throw new IndexOutOfBoundsException(index);
    }

    @Override
    public CharSequence subSequence(int start, int end) {
        return toString().subSequence(start, end);
    }

    @Override
    public String toString() {
        return String.join(" ", words.subList(from, to));
    }
}
