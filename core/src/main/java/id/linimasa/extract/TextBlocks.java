package id.linimasa.extract;

import java.util.ArrayList;
import java.util.List;

/** Cuts a plain-text dump into blocks: one per non-blank line, as a browser's copy of a page gives them. */
public final class TextBlocks {

    private static final int[] NO_ANCESTORS = new int[0];

    private TextBlocks() {
    }

    public static List<Block> of(String text) {
        List<Block> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i < text.length() && !isLineBreak(text.charAt(i))) continue;
            // "\r\n" leaves an empty line between its two breaks, which is dropped like any blank line
            String t = Whitespace.collapse(text, start, i);
            if (!t.isEmpty()) out.add(new Block(t, "line", NO_ANCESTORS, "", "", 0));
            start = i + 1;
        }
        return out;
    }

    /** What {@code \R} matches, one character at a time. */
    private static boolean isLineBreak(char c) {
        return c == '\n' || c == '\r' || c == '\u000b' || c == '\f' || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }
}
