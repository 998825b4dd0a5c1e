package id.linimasa.extract;

/** Collapses runs of whitespace (including no-break and zero-width spaces) into one space, trimmed. */
final class Whitespace {

    private Whitespace() {
    }

    static String collapse(CharSequence s) {
        return collapse(s, 0, s.length());
    }

    /** As {@link #collapse(CharSequence)}, of s[from, to); runs of other characters are copied whole. */
    static String collapse(CharSequence s, int from, int to) {
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

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || c == '\u00a0' || c == '\u200b' || c == '\u2007' || c == '\u202f' || c == '\ufeff';
    }
}
