package id.linimasa.text;

/** Guesses whether a text is Indonesian ("id") or English ("en") by which function words it uses. */
public final class LanguageGuesser {

    /** Fewer function-word hits than this and the text is too short or too odd to say. */
    private static final int MIN_HITS = 5;
    private static final double MIN_DENSITY = 0.15;

    private LanguageGuesser() {
    }

    /** "id", "en", or null when the text is too short or in another language. */
    public static String guess(CharSequence text) {
        Stopwords.Counts c = Stopwords.count(text);
        int id = c.indonesian();
        int en = c.english();
        if (id + en < MIN_HITS) return null;
        // prose in either language is dense in its function words; Italian or Portuguese only brush both lists
        if (id > en && id >= MIN_DENSITY * c.words()) return "id";
        if (en > id && en >= MIN_DENSITY * c.words()) return "en";
        return null;
    }
}
