package id.linimasa.text;

import java.util.Locale;

/** Guesses whether a text is Indonesian ("id") or English ("en") by which function words it uses. */
public final class LanguageGuesser {

    /** Fewer function-word hits than this and the text is too short or too odd to say. */
    private static final int MIN_HITS = 5;

    private LanguageGuesser() {
    }

    /** "id", "en", or null when the text does not say enough. */
    public static String guess(CharSequence text) {
        int id = 0;
        int en = 0;
        int n = text.length();
        int i = 0;
        while (i < n) {
            while (i < n && !Character.isLetter(text.charAt(i))) i++;
            int start = i;
            while (i < n && Character.isLetter(text.charAt(i))) i++;
            if (i > start && i - start <= 10) {
                String w = text.subSequence(start, i).toString().toLowerCase(Locale.ROOT);
                if (Stopwords.INDONESIAN.contains(w)) id++;
                if (Stopwords.ENGLISH.contains(w)) en++;
            }
        }
        if (id + en < MIN_HITS) return null;
        return id >= en ? "id" : "en";
    }
}
