package id.linimasa.text;

import java.util.Locale;

/** Guesses whether a text is Indonesian ("id") or English ("en") by which function words it uses. */
public final class LanguageGuesser {

    /** Fewer function-word hits than this and the text is too short or too odd to say. */
    private static final int MIN_HITS = 5;
    private static final double MIN_DENSITY = 0.15;

    private LanguageGuesser() {
    }

    /** "id", "en", or null when the text is too short or in another language. */
    public static String guess(CharSequence text) {
        int id = 0;
        int en = 0;
        int words = 0;
        int n = text.length();
        int i = 0;
        while (i < n) {
            while (i < n && !Character.isLetter(text.charAt(i))) i++;
            int start = i;
            while (i < n && Character.isLetter(text.charAt(i))) i++;
            if (i > start) words++;
            if (i > start && i - start <= 10) {
                long code = Stopwords.code(text, start, i);
                if (code != 0) {
                    if (Stopwords.isIndonesian(code)) id++;
                    if (Stopwords.isEnglish(code)) en++;
                    continue;
                }
                String w = text.subSequence(start, i).toString().toLowerCase(Locale.ROOT);
                if (Stopwords.INDONESIAN.contains(w)) id++;
                if (Stopwords.ENGLISH.contains(w)) en++;
            }
        }
        if (id + en < MIN_HITS) return null;
        // prose in either language is dense in its function words; Italian or Portuguese only brush both lists
        if (id > en && id >= MIN_DENSITY * words) return "id";
        if (en > id && en >= MIN_DENSITY * words) return "en";
        return null;
    }
}
