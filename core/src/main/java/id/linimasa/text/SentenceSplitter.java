package id.linimasa.text;

import id.linimasa.Analysis;
import id.linimasa.Layer;
import id.linimasa.Stage;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits the analysis text into sentences: at line breaks (paragraphs), and after . ! ? (and a closing
 * quote) followed by space and an upper-case letter or a quote, except after common abbreviations. Adds the
 * text's {@link Tokens} with them, found once for the later stages.
 */
public final class SentenceSplitter implements Stage {

    private static final Set<String> ABBREVIATIONS = WordSet.of(
            "dr", "drs", "ir", "prof", "no", "jl", "kec", "kab", "st", "mr", "mrs", "ms", "jr", "sr", "dll",
            "dsb", "tsb", "u.s", "a.s", "h", "hj", "kh", "m", "s", "bpk", "sdr", "yth", "gen", "lt", "col", "vs", "etc");

    private static final int LONGEST_ABBREVIATION = ABBREVIATIONS.stream().mapToInt(String::length).max().orElse(0);

    @Override
    public Set<Layer> needs() {
        return Set.of();
    }

    @Override
    public Set<Layer> adds() {
        return Set.of(Layer.SENTENCES, Layer.TOKENS);
    }

    @Override
    public Analysis apply(Analysis analysis) {
        String text = analysis.text();
        int captionStart = analysis.article().captionStart();
        List<Sentence> out = new ArrayList<>();
        for (Span line : lines(text)) {
            for (Span s : split(text, line)) out.add(new Sentence(s, s.start() >= captionStart));
        }
        return analysis.withSentences(out, Tokens.of(text));
    }

    /** Sentence spans of one line, trimmed of surrounding space. */
    public static List<Span> split(String text, Span line) {
        List<Span> out = new ArrayList<>();
        int start = line.start();
        int end = line.end();
        int from = start;
        for (int[] b; (b = boundary(text, from, end)) != null; from = b[1]) {
            if (isAbbreviation(text, start, b[0])) continue;
            add(text, start, b[1], out);
            start = b[1];
        }
        add(text, start, end, out);
        return out;
    }

    /**
     * The first sentence end in text[from, end): a run of . ! ? … and the closing quotes and brackets after it, followed by
     * space and an upper-case letter (a quote or bracket may open first), as {start, end}; null when there is none. A plain
     * scan, the same as the pattern {@code [.!?…]+["”’')]*(?=\s+["“‘(]?\p{Lu})} searched within the line: a run that fails
     * the look-ahead fails from every one of its marks, so only where runs begin is tried.
     */
    private static int[] boundary(String text, int from, int end) {
        int i = from;
        while (i < end) {
            if (!isMark(text.charAt(i))) {
                i++;
                continue;
            }
            int runStart = i;
            while (i < end && isMark(text.charAt(i))) i++;
            while (i < end && "\"”’')".indexOf(text.charAt(i)) >= 0) i++;
            if (opensSentence(text, i, end)) return new int[]{runStart, i};
        }
        return null;
    }

    private static boolean isMark(char c) {
        return c == '.' || c == '!' || c == '?' || c == '…';
    }

    /** Space, then an upper-case letter, a quote or bracket allowed before it, all before {@code end}. */
    private static boolean opensSentence(String text, int i, int end) {
        int j = i;
        while (j < end && isSpace(text.charAt(j))) j++;
        if (j == i || j == end) return false;
        if ("\"“‘(".indexOf(text.charAt(j)) >= 0 && j + 1 < end && isUpper(text, j + 1, end)) return true;
        return isUpper(text, j, end);
    }

    /** {@code \s}: ASCII whitespace only. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000b' || c == '\f' || c == '\r';
    }

    private static boolean isUpper(String text, int j, int end) {
        char c = text.charAt(j);
        int cp = Character.isHighSurrogate(c) && j + 1 < end && Character.isLowSurrogate(text.charAt(j + 1)) ? Character.toCodePoint(c, text.charAt(j + 1)) : c;
        return Character.getType(cp) == Character.UPPERCASE_LETTER;
    }

    private static List<Span> lines(String text) {
        List<Span> out = new ArrayList<>();
        for (int start = 0; start <= text.length(); ) {
            int end = text.indexOf('\n', start);
            if (end < 0) end = text.length();
            if (end > start) out.add(new Span(start, end));
            start = end + 1;
        }
        return out;
    }

    private static boolean isAbbreviation(String text, int from, int dot) {
        int i = dot;
        while (i > from && !Character.isWhitespace(text.charAt(i - 1))) i--;
        // lower case is never shorter: a longer word is neither an abbreviation nor a single letter
        if (dot - i > LONGEST_ABBREVIATION) return false;
        String word = text.substring(i, dot).toLowerCase();
        return ABBREVIATIONS.contains(word) || (word.length() == 1 && Character.isLetter(word.charAt(0)));
    }

    private static void add(String text, int start, int end, List<Span> out) {
        while (start < end && Character.isWhitespace(text.charAt(start))) start++;
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) end--;
        if (end > start) out.add(new Span(start, end));
    }
}
