package id.linimasa.text;

import id.linimasa.Analysis;
import id.linimasa.Layer;
import id.linimasa.Stage;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits the analysis text into sentences: at line breaks (paragraphs), and after . ! ? (and a closing
 * quote) followed by space and an upper-case letter or a quote, except after common abbreviations.
 */
public final class SentenceSplitter implements Stage {

    private static final Pattern BOUNDARY = Pattern.compile("[.!?…]+[\"”’')]*(?=\\s+[\"“‘(]?\\p{Lu})");
    private static final Set<String> ABBREVIATIONS = Set.of(
            "dr", "drs", "ir", "prof", "no", "jl", "kec", "kab", "st", "mr", "mrs", "ms", "jr", "sr", "dll",
            "dsb", "tsb", "u.s", "a.s", "h", "hj", "kh", "m", "s", "bpk", "sdr", "yth", "gen", "lt", "col", "vs", "etc");

    @Override
    public Set<Layer> needs() {
        return Set.of();
    }

    @Override
    public Set<Layer> adds() {
        return Set.of(Layer.SENTENCES);
    }

    @Override
    public Analysis apply(Analysis analysis) {
        String text = analysis.text();
        int captionStart = analysis.article().captionStart();
        List<Sentence> out = new ArrayList<>();
        for (Span line : lines(text)) {
            for (Span s : split(text, line)) out.add(new Sentence(s, s.start() >= captionStart));
        }
        return analysis.withSentences(out);
    }

    /** Sentence spans of one line, trimmed of surrounding space. */
    public static List<Span> split(String text, Span line) {
        List<Span> out = new ArrayList<>();
        Matcher m = BOUNDARY.matcher(text).region(line.start(), line.end());
        int start = line.start();
        while (m.find()) {
            if (isAbbreviation(text, start, m.start())) continue;
            add(text, start, m.end(), out);
            start = m.end();
        }
        add(text, start, line.end(), out);
        return out;
    }

    private static List<Span> lines(String text) {
        List<Span> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '\n') {
                if (i > start) out.add(new Span(start, i));
                start = i + 1;
            }
        }
        return out;
    }

    private static boolean isAbbreviation(String text, int from, int dot) {
        int i = dot;
        while (i > from && !Character.isWhitespace(text.charAt(i - 1))) i--;
        String word = text.substring(i, dot).toLowerCase();
        return ABBREVIATIONS.contains(word) || (word.length() == 1 && Character.isLetter(word.charAt(0)));
    }

    private static void add(String text, int start, int end, List<Span> out) {
        while (start < end && Character.isWhitespace(text.charAt(start))) start++;
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) end--;
        if (end > start) out.add(new Span(start, end));
    }
}
