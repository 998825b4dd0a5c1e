package id.linimasa.index;

import java.text.BreakIterator;
import java.text.CharacterIterator;
import java.text.StringCharacterIterator;

/**
 * Sentence boundaries for snippets: a sentence starts after a line break, or after whitespace that follows
 * ".", "!", "?" or "…" (closing quotes and brackets in between). The JDK's sentence iterator walked its rule
 * tables character by character from each match, a third of highlighting a page of hits (JFR); this looks only at
 * the few characters around each gap. Not thread-safe, like every BreakIterator.
 */
final class SentenceBreaks extends BreakIterator {

    private String text = "";
    private int current;

    @Override
    public void setText(String newText) {
        text = newText;
        current = 0;
    }

    @Override
    public void setText(CharacterIterator it) {
        StringBuilder b = new StringBuilder(it.getEndIndex() - it.getBeginIndex());
        for (char c = it.first(); c != CharacterIterator.DONE; c = it.next()) b.append(c);
        setText(b.toString());
    }

    @Override
    public CharacterIterator getText() {
        return new StringCharacterIterator(text, 0, text.length(), current);
    }

    @Override
    public int first() {
        return current = 0;
    }

    @Override
    public int last() {
        return current = text.length();
    }

    @Override
    public int current() {
        return current;
    }

    @Override
    public int next() {
        return current >= text.length() ? DONE : following(current);
    }

    @Override
    public int next(int n) {
        int at = current;
        for (int i = 0; i < n && at != DONE; i++) at = next();
        for (int i = 0; i > n && at != DONE; i--) at = previous();
        return at;
    }

    @Override
    public int previous() {
        return current <= 0 ? DONE : preceding(current);
    }

    /** The first boundary after {@code offset} (the end of the text at the latest). */
    @Override
    public int following(int offset) {
        checkOffset(offset);
        int i = offset + 1;
        while (i < text.length() && !startsSentence(i)) i++;
        return current = Math.min(i, text.length());
    }

    /** The last boundary before {@code offset} (the start of the text at the earliest). */
    @Override
    public int preceding(int offset) {
        checkOffset(offset);
        int i = offset - 1;
        while (i > 0 && !startsSentence(i)) i--;
        return current = Math.max(i, 0);
    }

    private void checkOffset(int offset) {
        if (offset < 0 || offset > text.length()) throw new IllegalArgumentException("offset " + offset + " outside 0.." + text.length());
    }

    /** Whether a sentence starts at {@code i}: a word after a gap that ends a sentence or a line. */
    private boolean startsSentence(int i) {
        if (Character.isWhitespace(text.charAt(i)) || !Character.isWhitespace(text.charAt(i - 1))) return false;
        int j = i - 1;
        for (; j >= 0 && Character.isWhitespace(text.charAt(j)); j--) {
            if (text.charAt(j) == '\n') return true;
        }
        while (j >= 0 && "\"'”’»)]".indexOf(text.charAt(j)) >= 0) j--;
        return j >= 0 && ".!?…".indexOf(text.charAt(j)) >= 0;
    }
}
