package id.linimasa.time;

/**
 * What the text must hold after a number in digits for some rules to match there: tests far cheaper than the
 * rules' patterns, run first since most numbers in news (amounts, counts, years) start none of these. Each is
 * implied by its rule's pattern, so skipping the pattern when the test fails changes nothing; at a word that
 * is no number in digits the tests pass (except {@link #HYPHEN}, which holds for number words too).
 */
final class AfterNumber {

    /** A test of the text after position {@code p}, where a rule is about to be tried. */
    interface Test {
        boolean mayMatch(String text, int p);
    }

    private AfterNumber() {
    }

    static final Test ANY = (t, p) -> true;

    /** The words a unit of time in {@link TimeLexicon#UNIT} begins with, and "kali" ("dua kali"). */
    static final String[] UNITS = {"detik", "menit", "jam", "hari", "pekan", "minggu", "bulan", "tahun", "dekade",
            "dasawarsa", "windu", "abad", "second", "minute", "hour", "day", "week", "month", "year", "decade", "centur", "kali"};

    /** "3 tahun", "1,5 jam", "2 kali": the number ([.,] between digits), a space, a unit of time or "kali". */
    static final Test UNIT = (t, p) -> {
        if (!digit(t, p)) return true;
        int e = digits(t, p);
        while (e + 1 < t.length() && (t.charAt(e) == '.' || t.charAt(e) == ',') && digit(t, e + 1)) e = digits(t, e + 1);
        if (e >= t.length() || !space(t.charAt(e))) return false;
        int w = spaces(t, e);
        for (String u : UNITS) if (t.regionMatches(true, w, u, 0, u.length())) return true;
        return false;
    };

    /** "12-year", "one-year": the word is followed by a hyphen. */
    static final Test HYPHEN = (t, p) -> {
        int e = p;
        while (e < t.length() && Character.isLetterOrDigit(t.charAt(e))) e++;
        return e < t.length() && t.charAt(e) == '-';
    };

    /** "2 x 24 jam", "1×24": a times sign after the number. */
    static final Test TIMES = (t, p) -> {
        if (!digit(t, p)) return true;
        int e = spaces(t, digits(t, p));
        return e < t.length() && (t.charAt(e) == 'x' || t.charAt(e) == 'X' || t.charAt(e) == '×');
    };

    /** "19.30", "7:30": an hour of one or two digits, a dot or colon, and two digits of minutes (the first below 6). */
    static final Test CLOCK = (t, p) -> {
        if (!digit(t, p)) return true;
        int e = digits(t, p);
        return e - p <= 2 && e + 2 < t.length() && (t.charAt(e) == '.' || t.charAt(e) == ':') && t.charAt(e + 1) >= '0' && t.charAt(e + 1) <= '5'
                && digit(t, e + 2) && (e + 3 == t.length() || !digit(t, e + 3));
    };

    /** "10:30 a.m.", "7 pm": an hour of one or two digits, minutes after a colon or none, then "am" or "pm", a dot allowed between. */
    static final Test MERIDIEM = (t, p) -> {
        if (!digit(t, p)) return true;
        int e = digits(t, p);
        if (e - p > 2) return false;
        if (e < t.length() && t.charAt(e) == ':') {
            if (e + 2 >= t.length() || t.charAt(e + 1) < '0' || t.charAt(e + 1) > '5' || !digit(t, e + 2)) return false;
            e += 3;
        }
        e = spaces(t, e);
        if (e >= t.length() || "ap".indexOf(fold(t.charAt(e))) < 0) return false;
        int m = e + 1 < t.length() && t.charAt(e + 1) == '.' ? e + 2 : e + 1;
        return m < t.length() && fold(t.charAt(m)) == 'm';
    };

    /** "2024", "1998": a year of {@link TimexTagger}'s span, four digits from 1500 to 2099. */
    static final Test YEAR = (t, p) -> {
        if (!digit(t, p)) return true;
        if (digits(t, p) - p != 4) return false;
        char c = t.charAt(p);
        char d = t.charAt(p + 1);
        return c == '1' && d >= '5' || c == '2' && d == '0';
    };

    /** "1990s", "1980's": four digits, then an "s" (an apostrophe allowed between), as English names decades. */
    static final Test DECADE_S = (t, p) -> {
        if (!digit(t, p)) return true;
        int e = digits(t, p);
        if (e - p != 4) return false;
        if (e < t.length() && t.charAt(e) == '\'') e++;
        return e < t.length() && (t.charAt(e) == 's' || t.charAt(e) == 'S');
    };

    /** "(27/2)": after an opening bracket, a day of one or two digits and a slash. */
    static final Test BRACKET_DAY = (t, p) -> {
        if (t.charAt(p) != '(') return true;
        int d = spaces(t, p + 1);
        if (d >= t.length() || !digit(t, d)) return false;
        int e = digits(t, d);
        if (e - d > 2) return false;
        e = spaces(t, e);
        return e < t.length() && t.charAt(e) == '/';
    };

    /** "1 Syawal", "10 Dzulhijjah", "5 Ramadan", "1 Muharram": a space, then a word as Hijri months begin. */
    static final Test HIJRI_MONTH = (t, p) -> {
        if (!digit(t, p)) return true;
        int e = digits(t, p);
        if (e >= t.length() || !space(t.charAt(e))) return false;
        e = spaces(t, e);
        return e < t.length() && "rsdzm".indexOf(fold(t.charAt(e))) >= 0;
    };

    /** "30/12/2014", "27.02.2025", "2025-02-27": a date's separator right after the first number. */
    static final Test DATE_SEPARATOR = (t, p) -> {
        if (!digit(t, p)) return true;
        int e = digits(t, p);
        return e < t.length() && "/.-".indexOf(t.charAt(e)) >= 0;
    };

    /** How every month name of {@link TimeLexicon#MONTH} begins. */
    static final String[] MONTH_STARTS = {"jan", "feb", "peb", "mar", "apr", "mei", "may", "jun", "jul", "agu", "agt", "ags", "aug", "sep",
            "okt", "oct", "nov", "nop", "des", "dec"};
    /** The words of a range between two days ("1 hingga 3 Maret"), as they begin. */
    private static final String[] RANGE_WORDS = {"hingga", "sampai", "s.d", "sd", "dan", "to", "until"};

    /** "1 Maret", "1-3 Maret", "1 hingga 3 Maret": a day of one or two digits, then a range's sign or word, or a space and a month. */
    static final Test MONTH_OR_RANGE = (t, p) -> {
        if (!digit(t, p)) return true;
        int e = digits(t, p);
        if (e - p > 2) return false;
        int w = spaces(t, e);
        if (w >= t.length()) return false;
        if (t.charAt(w) == '-' || t.charAt(w) == '–') return true;
        for (String r : RANGE_WORDS) if (t.regionMatches(true, w, r, 0, r.length())) return true;
        if (w == e) return false;
        for (String m : MONTH_STARTS) if (t.regionMatches(true, w, m, 0, m.length())) return true;
        return false;
    };

    /** Whether the char at p is what a pattern's \d matches. */
    private static boolean digit(String t, int p) {
        char c = t.charAt(p);
        return c >= '0' && c <= '9';
    }

    private static int digits(String t, int p) {
        while (p < t.length() && digit(t, p)) p++;
        return p;
    }

    /** What a pattern's \s matches. */
    static boolean space(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    static int spaces(String t, int p) {
        while (p < t.length() && space(t.charAt(p))) p++;
        return p;
    }

    /** A char as a case-insensitive Unicode pattern compares it. */
    private static char fold(char c) {
        return Character.toLowerCase(Character.toUpperCase(c));
    }
}
