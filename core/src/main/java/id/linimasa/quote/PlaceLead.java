package id.linimasa.quote;

import id.linimasa.text.Tokenizer;

import java.util.regex.Pattern;

/**
 * Whether a name follows "di", "ke" or "dari" (or "in", "at", "from"), also at the end of a longer capitalised name ("di
 * Pasar Pagi Arengka"): {@link #PATTERN} found in the {@link #REACH} characters before it. Told by hand, reading back
 * from the name chunk by chunk (the pattern tried at each of the 40 places was the quote stage's hot spot); a stretch
 * the hand reading might tell apart from the pattern (a line break right before the name, a surrogate, a combining
 * mark before the word) is left to the pattern.
 */
final class PlaceLead {

    /**
     * "di", "ke" or "dari" and capitalised words up to a name; the word not the end of a longer one, in any script
     * ({@code \\b} would take the end of "Hamédi" for "di": it knows ASCII letters only).
     */
    // on one line: a subheading that ends in a place ("Warga Bertahan di Halaman Rumah") leaves the next paragraph's subject alone
    static final Pattern PATTERN = Pattern.compile("(?i:(?<![\\p{L}\\p{Nd}_])(?:di|ke|dari|in|at|from))(?:\\h+\\p{Lu}\\p{L}*)*\\h+$");
    /** How far before a name the words that place it are looked for. */
    static final int REACH = 40;
    private static final String[] WORDS = {"di", "ke", "dari", "in", "at", "from"};

    private PlaceLead() {
    }

    /** Whether {@link #PATTERN} is found in the {@link #REACH} characters before {@code start}. */
    static boolean before(String text, int start) {
        int from = Math.max(0, start - REACH);
        if (start == from) return false;
        char last = text.charAt(start - 1);
        // the pattern ends in horizontal space, at the end or before a final line break ("$")
        if (!horizontalSpace(last)) return Tokenizer.isLineTerminator(last) && byPattern(text, from, start);
        for (int i = from; i < start; i++) if (Character.isSurrogate(text.charAt(i))) return byPattern(text, from, start);
        // chunks (runs of other than horizontal space) read back from the name: capitalised words, then one ending in the word
        for (int i = start; ; ) {
            while (i > from && horizontalSpace(text.charAt(i - 1))) i--;
            int end = i;
            while (i > from && !horizontalSpace(text.charAt(i - 1))) i--;
            if (i == end) return false;
            for (String w : WORDS) {
                int at = end - w.length();
                if (at < from || !sameAsciiCase(text, at, w)) continue;
                if (at == from) return true; // the start of the stretch is a word boundary to the pattern
                char c = text.charAt(at - 1);
                if (Character.getType(c) == Character.NON_SPACING_MARK) return byPattern(text, from, start);
                if (c != '_' && !Character.isLetterOrDigit(c)) return true;
            }
            if (i == from || !capitalised(text, i, end)) return false;
        }
    }

    private static boolean byPattern(String text, int from, int to) {
        return PATTERN.matcher(text).region(from, to).find();
    }

    /** Whether {@code text} holds the lower-case word {@code w} at {@code at}, in any ASCII case. */
    private static boolean sameAsciiCase(String text, int at, String w) {
        for (int k = 0; k < w.length(); k++) if ((text.charAt(at + k) | 0x20) != w.charAt(k)) return false;
        return true;
    }

    /** {@code \p{Lu}\p{L}*}: letters, the first upper-case. */
    private static boolean capitalised(String text, int from, int to) {
        if (Character.getType(text.charAt(from)) != Character.UPPERCASE_LETTER) return false;
        for (int i = from + 1; i < to; i++) if (!Character.isLetter(text.charAt(i))) return false;
        return true;
    }

    /** A char of the regex class {@code \h}. */
    private static boolean horizontalSpace(char c) {
        return c == ' ' || c == '\t' || c == 0xA0 || c == 0x1680 || c == 0x180E || c >= 0x2000 && c <= 0x200A || c == 0x202F
                || c == 0x205F || c == 0x3000;
    }

}
