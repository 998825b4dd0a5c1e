package id.linimasa.text;

/**
 * The Strings of tokens seen before, shared by every article ({@link Tokens}): most of an article's words are frequent
 * ones, which then cost no copy of their chars and no lower-casing, and every stage that looks them up holds the one
 * String (its hash taken once). Bounded and thread-safe ({@link SharedSlots}).
 */
final class TokenStrings {

    /** A token's text, its lower case ({@link java.util.Locale#ROOT}) and the text's {@link String#hashCode}. */
    record Entry(String text, String lower, int hash) {
    }

    /** The table every article's tokens share: some 64k distinct tokens, a few MB. */
    static final TokenStrings SHARED = new TokenStrings(1 << 16);

    private final SharedSlots<Entry> slots;

    /** A table of at most {@code max} tokens. */
    TokenStrings(int max) {
        this.slots = new SharedSlots<>(max);
    }

    /** The entry of the token {@code c[from, to)}, whose {@link String#hashCode} is {@code h}, or null. */
    Entry get(char[] c, int from, int to, int h) {
        int length = to - from;
        for (int i = slots.first(h); ; i = slots.next(i)) {
            Entry e = slots.at(i);
            if (e == null) return null;
            if (e.hash == h && e.text.length() == length && matches(e.text, c, from)) return e;
        }
    }

    /** Keeps the entry unless the table is full. */
    void put(Entry e) {
        slots.put(e, e.hash, (a, b) -> a.hash == b.hash && a.text.equals(b.text));
    }

    int size() {
        return slots.size();
    }

    private static boolean matches(String s, char[] c, int from) {
        for (int k = 0; k < s.length(); k++) if (s.charAt(k) != c[from + k]) return false;
        return true;
    }
}
