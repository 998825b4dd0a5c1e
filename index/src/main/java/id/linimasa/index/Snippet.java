package id.linimasa.index;

import id.linimasa.text.Span;

import java.util.List;

/**
 * Passages of an article's body with the matched words as spans into {@code text}: plain text plus
 * positions, so that each view marks them its own way and page-derived text is never taken for markup.
 */
public record Snippet(String text, List<Span> marks) {

    public Snippet {
        marks = List.copyOf(marks);
    }

    /** The text with each mark wrapped in {@code open} and {@code close}. */
    public String marked(String open, String close) {
        StringBuilder sb = new StringBuilder();
        int at = 0;
        for (Span m : marks) {
            sb.append(text, at, m.start()).append(open).append(text, m.start(), m.end()).append(close);
            at = m.end();
        }
        return sb.append(text.substring(at)).toString();
    }
}
