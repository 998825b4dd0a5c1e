package id.linimasa.extract;

import java.util.regex.Pattern;

/** Collapses runs of whitespace (including no-break and zero-width spaces) into one space, trimmed; splits text into words and counts them. */
final class Whitespace {

    /** Runs of whitespace, as {@code \s+}: words are what lies between (compiled once, not per split). */
    private static final Pattern RUNS = Pattern.compile("\\s+");

    private Whitespace() {
    }

    /** As {@code s.split("\\s+")}. */
    static String[] split(String s) {
        return RUNS.split(s);
    }

    static String collapse(CharSequence s) {
        return collapse(s, 0, s.length());
    }

    /** As {@link #collapse(CharSequence)}, of s[from, to); runs of other characters are copied whole. */
    static String collapse(CharSequence s, int from, int to) {
        if (s instanceof String str && isCollapsed(str, from, to)) return str.substring(from, to);
        StringBuilder b = new StringBuilder(to - from);
        int i = from;
        while (i < to) {
            while (i < to && isSpace(s.charAt(i))) i++;
            int j = i;
            while (j < to && !isSpace(s.charAt(j))) j++;
            if (j == i) break;
            if (b.length() > 0) b.append(' ');
            b.append(s, i, j);
            i = j;
        }
        return b.toString();
    }

    /** Whether s[from, to) is as collapsing leaves it (most lines are): single plain spaces between words, none at the ends. */
    private static boolean isCollapsed(String s, int from, int to) {
        boolean space = true;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if ((c <= ' ' || c >= 128) && isSpace(c)) {
                if (c != ' ' || space) return false;
                space = true;
            } else {
                space = false;
            }
        }
        return !space || from == to;
    }

    /** The runs of non-space characters in a text (0 for a blank one). */
    static int words(String s) {
        String t = s.trim();
        return t.isEmpty() ? 0 : RUNS.split(t).length;
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || c == '\u00a0' || c == '\u200b' || c == '\u2007' || c == '\u202f' || c == '\ufeff';
    }
}
