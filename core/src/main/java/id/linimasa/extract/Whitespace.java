package id.linimasa.extract;

/** Collapses runs of whitespace (including no-break and zero-width spaces) into one space, trimmed; counts the words between. */
final class Whitespace {

    private Whitespace() {
    }

    static String collapse(CharSequence s) {
        StringBuilder b = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00a0' || c == '\u200b' || c == '\u2007' || c == '\u202f' || c == '\ufeff') {
                space = b.length() > 0;
            } else {
                if (space) b.append(' ');
                b.append(c);
                space = false;
            }
        }
        return b.toString();
    }

    /** The runs of non-space characters in a text (0 for a blank one). */
    static int words(String s) {
        String t = s.trim();
        return t.isEmpty() ? 0 : t.split("\\s+").length;
    }
}
