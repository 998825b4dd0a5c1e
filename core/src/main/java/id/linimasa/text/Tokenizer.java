package id.linimasa.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits text into word and punctuation tokens, as spans. A word is a run of letters and digits that may
 * hold inner hyphens, apostrophes, dots, slashes or commas between alphanumerics ("Jenderal-jenderal",
 * "Jum'at", "29/10/2013", "1,5", "U.S"); every other non-space character is a token of its own. This
 * matches the CoNLL-style tokenisation of Indonesian NER corpora, so models see the same units at run time.
 */
public final class Tokenizer {

    private Tokenizer() {
    }

    public static List<Span> tokens(String text) {
        return tokens(text, new Span(0, text.length()));
    }

    public static List<Span> tokens(String text, Span within) {
        int from = within.start();
        // about one token in six chars of news text: room made once, not grown by copies as the tokens come
        List<Span> out = new ArrayList<>(Math.max(10, (within.end() - from) / 5));
        // read from a copy: a text with any char beyond Latin-1 costs a check of its coding and bounds at every charAt
        char[] c = new char[within.end() - from];
        text.getChars(from, within.end(), c, 0);
        int n = c.length, i = 0;
        while (i < n) {
            if (isSpace(c[i])) {
                i++;
            } else {
                int j = tokenEnd(c, i, n);
                out.add(new Span(from + i, from + j));
                i = j;
            }
        }
        return out;
    }

    /** Where the token that starts at {@code c[i]} (no space) ends within {@code c[0, n)}: a word's end, or just after the mark. */
    public static int tokenEnd(char[] c, int i, int n) {
        if (!isLetterOrDigit(c[i])) return i + 1;
        int j = i + 1;
        while (j < n) {
            char d = c[j];
            if (isLetterOrDigit(d) || d == '\u00AD') j++;
            else if (isJoiner(d) && j + 1 < n && isLetterOrDigit(c[j + 1])) j += 2;
            else break;
        }
        return j;
    }

    /** {@link Character#isWhitespace} or {@link Character#isSpaceChar}, told for ASCII without the tables: what no token holds. */
    public static boolean isSpace(char c) {
        if (c < 128) return c == ' ' || c >= '\t' && c <= '\r' || c >= '\u001C' && c <= '\u001F';
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    /** {@link Character#isLetterOrDigit}, told for ASCII without the tables. */
    public static boolean isLetterOrDigit(char c) {
        if (c < 128) return isAsciiLetterOrDigit(c);
        return Character.isLetterOrDigit(c);
    }

    /** An ASCII letter or digit. */
    public static boolean isAsciiLetterOrDigit(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
    }

    /** What a regex's {@code \s} matches: ASCII white space only. */
    public static boolean isPatternSpace(char c) {
        return c == ' ' || c >= '\t' && c <= '\r';
    }

    /** A regex's line terminator (where {@code .} stops and before which {@code $} also matches), {@code \\r\\n} aside. */
    public static boolean isLineTerminator(char c) {
        return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }

    private static boolean isJoiner(char c) {
        return c == '-' || c == '\'' || c == '’' || c == '.' || c == '/' || c == ',' || c == '&';
    }
}
