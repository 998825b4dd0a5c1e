package id.linimasa.eval;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The article-extraction benchmark's text metric: the texts are split into Unicode {@code \w+} tokens,
 * each becomes the set of its 4-token shingles, and precision and recall are the shared share of the
 * extracted and of the expected set. Both empty scores 1; one empty scores 0.
 */
public final class ShingleMetric {

    /** Precision and recall of one page. */
    public record Score(double precision, double recall) {
    }

    private static final Pattern TOKEN = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);
    private static final int N = 4;

    private ShingleMetric() {
    }

    public static Score score(String expected, String extracted) {
        Set<List<String>> gold = shingles(expected);
        Set<List<String>> got = shingles(extracted);
        if (gold.isEmpty() && got.isEmpty()) return new Score(1, 1);
        if (gold.isEmpty() || got.isEmpty()) return new Score(0, 0);
        int shared = 0;
        for (List<String> s : got) if (gold.contains(s)) shared++;
        return new Score((double) shared / got.size(), (double) shared / gold.size());
    }

    /** F1 of averaged precision and recall, as the benchmark reports it. */
    public static double f1(double precision, double recall) {
        return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    }

    static Set<List<String>> shingles(String text) {
        List<String> tokens = new ArrayList<>();
        if (text != null) {
            Matcher m = TOKEN.matcher(text);
            while (m.find()) tokens.add(m.group());
        }
        Set<List<String>> out = new HashSet<>();
        if (tokens.isEmpty()) return out;
        if (tokens.size() < N) {
            out.add(List.copyOf(tokens));
            return out;
        }
        for (int i = 0; i + N <= tokens.size(); i++) out.add(List.copyOf(tokens.subList(i, i + N)));
        return out;
    }
}
