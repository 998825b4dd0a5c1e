package id.linimasa.time;

import java.util.List;

/**
 * Single words looked for in a stretch of text, found exactly as the case-insensitive pattern
 * {@code (?<![\p{L}\p{N}])(?:w1|w2|...)(?![\p{L}\p{N}])} finds them in a matcher's region (whose bounds hide
 * what lies outside it): each run of letters and numbers is compared with the words once, where the pattern
 * would try every word at every character.
 */
final class CueWords {

    private final List<String> words;

    /** @param words lower-case words of ASCII letters */
    CueWords(String... words) {
        this.words = List.of(words);
    }

    boolean anyIn(String text, int from, int to) {
        return lastEnd(text, from, to, true) >= 0;
    }

    /** Where the last of the words in {@code text[from, to)} ends, or -1 when none is there. */
    int lastEnd(String text, int from, int to) {
        return lastEnd(text, from, to, false);
    }

    private int lastEnd(String text, int from, int to, boolean first) {
        int found = -1;
        int i = from;
        while (i < to) {
            if (!wordChar(text, i, to)) {
                i += step(text, i, to);
                continue;
            }
            int start = i;
            while (i < to && wordChar(text, i, to)) i += step(text, i, to);
            if (isWord(text, start, i)) {
                found = i;
                if (first) return found;
            }
        }
        return found;
    }

    private boolean isWord(String text, int start, int end) {
        for (String w : words) {
            if (w.length() != end - start) continue;
            int k = 0;
            // as a case-insensitive Unicode pattern compares a char with a lower-case letter
            while (k < w.length() && Character.toLowerCase(Character.toUpperCase(text.charAt(start + k))) == w.charAt(k)) k++;
            if (k == w.length()) return true;
        }
        return false;
    }

    /** Whether the code point at i (a surrogate pair only when both halves lie before {@code to}) is \p{L} or \p{N}. */
    private static boolean wordChar(String text, int i, int to) {
        int cp = codePoint(text, i, to);
        if (Character.isLetter(cp)) return true;
        int type = Character.getType(cp);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
    }

    private static int step(String text, int i, int to) {
        return Character.charCount(codePoint(text, i, to));
    }

    private static int codePoint(String text, int i, int to) {
        char c = text.charAt(i);
        if (Character.isHighSurrogate(c) && i + 1 < to && Character.isLowSurrogate(text.charAt(i + 1))) return Character.toCodePoint(c, text.charAt(i + 1));
        return c;
    }
}
