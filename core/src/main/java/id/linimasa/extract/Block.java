package id.linimasa.extract;

import id.linimasa.text.Stopwords;

import java.util.Locale;


/**
 * A paragraph-like unit of a page, the one model both HTML pages and plain-text dumps are cut into:
 * a paragraph, heading, list item, caption or a line of a dump, with the features boilerplate
 * detection looks at. Text dumps have no DOM: their blocks have an empty ancestry and context.
 *
 * @param text      the block's text, whitespace collapsed
 * @param tag       the HTML element that holds it ("p", "h2", "li", "figcaption"...), or "line" in a dump
 * @param ancestors ids of the elements that contain it, outermost first (the DOM path)
 * @param context   class and id names of those elements, lower case, space separated
 * @param near      class and id names of the nearest three enclosing elements only
 * @param linkChars how many of its characters are link text
 */
public final class Block {

    private final String text;
    private final String tag;
    private final int[] ancestors;
    private final String context;
    private final String near;
    private final int linkChars;
    /** Counted when first asked: the classifier and the selectors ask often. */
    private int words = -1;
    private boolean asciiDigit;
    private boolean cjk;
    private double stopwordDensity = -1;
    private String lower;
    private char[] lowerChars;

    public Block(String text, String tag, int[] ancestors, String context, String near, int linkChars) {
        this.text = text;
        this.tag = tag;
        this.ancestors = ancestors;
        this.context = context;
        this.near = near;
        this.linkChars = linkChars;
    }

    public String text() {
        return text;
    }

    /**
     * The text in lower case (root locale), made when first asked: the classifier, the byline and the title finders read it. An
     * ASCII text's is made as its words are counted, in the same pass over its chars.
     */
    String lower() {
        if (words < 0) countWords();
        if (lower == null) lower = text.toLowerCase(Locale.ROOT);
        return lower;
    }

    /** {@link #lower()}'s chars, for loops over every char (read only: shared). */
    char[] lowerChars() {
        if (lowerChars == null) lowerChars = lower().toCharArray();
        return lowerChars;
    }

    public String tag() {
        return tag;
    }

    public int[] ancestors() {
        return ancestors;
    }

    public String context() {
        return context;
    }

    public String near() {
        return near;
    }

    public int linkChars() {
        return linkChars;
    }

    /** Words; Chinese and Japanese, written without spaces, count one word per two characters. */
    public int words() {
        if (words < 0) countWords();
        return words;
    }

    /** Whether the text holds one of the digits 0-9 (found by the words' count: the rules that read numbers ask it first). */
    public boolean hasAsciiDigit() {
        if (words < 0) countWords();
        return asciiDigit;
    }

    /** Whether the text holds Chinese or Japanese characters (counted apart from words: see {@link #words()}). */
    boolean hasCjk() {
        if (words < 0) countWords();
        return cjk;
    }

    /** ASCII letters and digits (a word's characters) with bit 1, digits with bit 2 as well. */
    private static final byte[] ASCII_WORD = new byte[128];

    static {
        for (char c = 'a'; c <= 'z'; c++) ASCII_WORD[c] = 1;
        for (char c = 'A'; c <= 'Z'; c++) ASCII_WORD[c] = 1;
        for (char c = '0'; c <= '9'; c++) ASCII_WORD[c] = 3;
    }

    private void countWords() {
        int n = 0;
        int cjk = 0;
        // 1 while inside a word; a word is counted where a word character follows another character (no branch on either:
        // word boundaries come every few characters, which a branch mispredicts)
        int in = 0;
        int seen = 0;
        // read from an array: a String's charAt checks its index and coding at every char
        char[] t = text.toCharArray();
        boolean ascii = true;
        boolean upper = false;
        for (int i = 0; i < t.length; i++) {
            char c = t[i];
            int kind;
            if (c < 128) {
                kind = ASCII_WORD[c];
                if (c >= 'A' && c <= 'Z') {
                    t[i] = (char) (c + ('a' - 'A'));
                    upper = true;
                }
            } else if (c >= 0x3040 && c <= 0x30ff || c >= 0x4e00 && c <= 0x9fff) {
                cjk++;
                in = 0;
                ascii = false;
                continue;
            } else {
                kind = Character.isLetterOrDigit(c) ? 1 : 0;
                ascii = false;
            }
            seen |= kind;
            int letter = kind & 1;
            n += letter & ~in;
            in = letter;
        }
        // lower-casing ASCII is what the root locale does to it
        if (ascii) {
            lower = upper ? new String(t) : text;
            lowerChars = t;
        }
        asciiDigit = (seen & 2) != 0;
        this.cjk = cjk > 0;
        words = n + cjk / 2;
    }

    /** Share of words that are Indonesian or English function words: high in prose, low in menus. */
    public double stopwordDensity() {
        if (stopwordDensity < 0) {
            Stopwords.Counts c = Stopwords.count(text);
            stopwordDensity = c.words() == 0 ? 0 : (double) c.either() / c.words();
        }
        return stopwordDensity;
    }

    public double linkDensity() {
        return text.isEmpty() ? 0 : Math.min(1.0, (double) linkChars / text.length());
    }

    /** Ends like a sentence (closing quotes and brackets allowed after the mark). */
    public boolean endsSentence() {
        int i = text.length() - 1;
        while (i >= 0 && "\"”’')]»".indexOf(text.charAt(i)) >= 0) i--;
        return i >= 0 && ".!?…:;".indexOf(text.charAt(i)) >= 0;
    }

    public boolean isHeading() {
        return tag.length() == 2 && tag.charAt(0) == 'h' && Character.isDigit(tag.charAt(1));
    }

    public boolean isDumpLine() {
        return tag.equals("line");
    }
}
