package id.linimasa.time;

import id.linimasa.text.Tokenizer;

import java.util.Arrays;

/**
 * What the words ahead of a rule's first word must hold for the rule to match there: tests far cheaper than the
 * rules' patterns, run first since the first words of many rules ("dalam", "hari", "sekitar", number words) mostly
 * stand in other phrases. Each is implied by its rule's pattern (the words are split at {@code \s} as the patterns'
 * {@code \s+} do, and compared as case-insensitively as the patterns or more), so skipping the pattern when the test
 * fails changes nothing.
 */
final class WordsAhead {

    private WordsAhead() {
    }

    /** Both tests pass. */
    static AfterNumber.Test both(AfterNumber.Test a, AfterNumber.Test b) {
        return (t, p) -> a.mayMatch(t, p) && b.mayMatch(t, p);
    }

    /** One test or the other passes. */
    static AfterNumber.Test either(AfterNumber.Test a, AfterNumber.Test b) {
        return (t, p) -> a.mayMatch(t, p) || b.mayMatch(t, p);
    }

    /** The text at p begins with one of the prefixes. */
    static AfterNumber.Test opening(String... prefixes) {
        Prefixes any = new Prefixes(prefixes);
        return (t, p) -> any.at(t, p);
    }

    /** One of the words numbered {@code from} to {@code to} (the first word, at p, is 0) begins with one of the prefixes. */
    static AfterNumber.Test beginning(int from, int to, String... prefixes) {
        Prefixes any = new Prefixes(prefixes);
        return (t, p) -> {
            int w = p;
            for (int k = 0; k <= to && w < t.length(); k++) {
                if (k >= from && any.at(t, w)) return true;
                w = nextWord(t, w);
            }
            return false;
        };
    }

    /** One of the first {@code words} words holds one of the strings. */
    static AfterNumber.Test holding(int words, String... parts) {
        Prefixes any = new Prefixes(parts);
        return (t, p) -> {
            int w = p;
            for (int k = 0; k < words && w < t.length(); k++) {
                int end = wordEnd(t, w);
                for (int i = w; i < end; i++) if (any.at(t, i)) return true;
                w = AfterNumber.spaces(t, end);
            }
            return false;
        };
    }

    /**
     * At the given first words, the next word (after {@code \s}) begins with one of the prefixes: "dalam" starts a time
     * only as "dalam waktu dekat". At other first words the test passes.
     */
    static AfterNumber.Test after(String first, String... prefixes) {
        Prefixes any = new Prefixes(prefixes);
        return (t, p) -> {
            int e = p;
            while (e < t.length() && Tokenizer.isAsciiLetterOrDigit(t.charAt(e))) e++;
            // a word with other than ASCII in it may fold onto the first word as the pattern compares it: not tested
            if (e < t.length() && t.charAt(e) >= 0x80 || e - p != first.length() || !t.regionMatches(true, p, first, 0, first.length())) return true;
            return e < t.length() && AfterNumber.space(t.charAt(e)) && any.at(t, AfterNumber.spaces(t, e));
        };
    }

    /** Prefixes of ASCII letters and digits, looked up by their first char (any char past ASCII may fold onto one, and is compared with all). */
    private static final class Prefixes {
        private final String[] words;
        private final String[][] byFirst = new String[128][];

        Prefixes(String[] words) {
            this.words = words;
            for (String w : words) {
                add(Character.toLowerCase(w.charAt(0)), w);
                if (Character.toUpperCase(w.charAt(0)) != Character.toLowerCase(w.charAt(0))) add(Character.toUpperCase(w.charAt(0)), w);
            }
        }

        private void add(char first, String w) {
            String[] ws = byFirst[first] == null ? new String[0] : byFirst[first];
            ws = Arrays.copyOf(ws, ws.length + 1);
            ws[ws.length - 1] = w;
            byFirst[first] = ws;
        }

        boolean at(String t, int i) {
            if (i >= t.length()) return false;
            char c = t.charAt(i);
            String[] candidates = c < 128 ? byFirst[c] : words;
            if (candidates == null) return false;
            for (String w : candidates) if (t.regionMatches(true, i, w, 0, w.length())) return true;
            return false;
        }
    }

    /** The start of the word after the one at w (words are runs of other than {@code \s}). */
    private static int nextWord(String t, int w) {
        return AfterNumber.spaces(t, wordEnd(t, w));
    }

    private static int wordEnd(String t, int w) {
        while (w < t.length() && !AfterNumber.space(t.charAt(w))) w++;
        return w;
    }
}
