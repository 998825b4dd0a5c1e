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
        int n = text.length();
        int start = 0;
        while (start <= n) {
            // one pass finds the line's end and whether its whitespace is collapsed already (most lines' is)
            boolean collapsed = true;
            boolean space = true;
            int i = start;
            for (; i < n; i++) {
                char c = text.charAt(i);
                if (c <= ' ' || c >= 128) {
                    if (isLineBreak(c)) break;
                    if (Whitespace.isSpace(c)) {
                        if (c != ' ' || space) collapsed = false;
                        space = true;
                        continue;
                    }
                }
                space = false;
            }
            // "\r\n" leaves an empty line between its two breaks, which is dropped like any blank line
            String t = collapsed && (!space || i == start) ? text.substring(start, i) : Whitespace.collapse(text, start, i);
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
