package id.linimasa.time;

import java.time.DayOfWeek;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The words time expressions are made of, Indonesian and English: month and weekday names, number words,
 * units and parts of the day, with the regex fragments the tagger's rules are built from.
 */
final class TimeLexicon {

    private TimeLexicon() {
    }

    static final String MONTH_FULL = "(?:januari|februari|pebruari|maret|april|mei|juni|juli|agustus|september|oktober"
            + "|nopember|november|desember|january|february|march|may|june|july|august|october|december)";
    static final String MONTH_ABBR = "(?:jan|febr?|mar|apr|jun|jul|agust?|agt|ags|aug|sept?|okt|oct|nov|nop|des|dec)\\.?";
    static final String MONTH = "(?:" + MONTH_FULL + "|" + MONTH_ABBR + ")";
    static final String WEEKDAY = "(?:senin|selasa|rabu|kamis|jum'?at|sabtu|minggu|ahad"
            + "|monday|tuesday|wednesday|thursday|friday|saturday|sunday)";
    static final String PART_OF_DAY = "(?:dini\\s+hari|tengah\\s+malam|pagi|siang|sore|petang|malam"
            + "|morning|afternoon|evening|night)";
    static final String ONES = "(?:satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan)";
    /** Digits or Indonesian/English number words, longest forms first; vague quantities too. */
    static final String NUMBER = "(?:\\d{1,4}(?:[.,]\\d+)?"
            + "|" + ONES + "\\s+(?:puluh|ratus|ribu)(?:\\s+" + ONES + "(?:\\s+belas)?)?"
            + "|" + ONES + "\\s+belas|" + ONES + "\\s+setengah|sepuluh|sebelas|seratus|seribu|setengah|" + ONES
            + "|beberapa|puluhan|belasan|ratusan|ribuan|sekian"
            + "|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|fifty|hundred"
            + "|several|a\\s+few|a\\s+couple\\s+of)";
    static final String UNIT = "(?:detik|menit|jam|hari|pekan|minggu|bulan|tahun|dekade|dasawarsa|windu|abad"
            + "|seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|centur(?:y|ies))";
    /** Units that take the prefix se- ("setahun" = one year). */
    static final String SE_UNIT = "(?:detik|menit|jam|hari|pekan|minggu|bulan|tahun|dekade|dasawarsa|windu|abad)";
    static final String ZONE = "(?:WIB|WITA|WIT|waktu\\s+setempat|GMT|UTC)";

    private static final Map<String, Integer> MONTHS = new HashMap<>();
    private static final Map<String, DayOfWeek> WEEKDAYS = new HashMap<>();
    private static final Map<String, Integer> NUMBERS = new HashMap<>();
    private static final Map<String, String> UNITS = new HashMap<>();
    private static final Map<String, String> PARTS = new HashMap<>();

    static {
        String[][] months = {
                {"januari", "january", "jan"}, {"februari", "pebruari", "february", "feb", "febr"},
                {"maret", "march", "mar"}, {"april", "apr"}, {"mei", "may"}, {"juni", "june", "jun"},
                {"juli", "july", "jul"}, {"agustus", "august", "agu", "agust", "agt", "ags", "aug"},
                {"september", "sep", "sept"}, {"oktober", "october", "okt", "oct"},
                {"november", "nopember", "nov", "nop"}, {"desember", "december", "des", "dec"}};
        for (int i = 0; i < months.length; i++) for (String m : months[i]) MONTHS.put(m, i + 1);
        String[][] days = {{"senin", "monday"}, {"selasa", "tuesday"}, {"rabu", "wednesday"}, {"kamis", "thursday"},
                {"jumat", "jum'at", "friday"}, {"sabtu", "saturday"}, {"minggu", "ahad", "sunday"}};
        for (int i = 0; i < days.length; i++) for (String d : days[i]) WEEKDAYS.put(d, DayOfWeek.of(i + 1));
        String[] ones = {"satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan"};
        for (int i = 0; i < ones.length; i++) NUMBERS.put(ones[i], i + 1);
        String[] english = {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"};
        for (int i = 0; i < english.length; i++) NUMBERS.put(english[i], i + 1);
        NUMBERS.putAll(Map.of("sepuluh", 10, "sebelas", 11, "seratus", 100, "seribu", 1000, "twenty", 20,
                "thirty", 30, "fifty", 50, "hundred", 100, "a", 1, "an", 1));
        for (String u : new String[]{"detik", "second"}) UNITS.put(u, "S");
        for (String u : new String[]{"menit", "minute"}) UNITS.put(u, "MIN");
        for (String u : new String[]{"jam", "hour"}) UNITS.put(u, "H");
        for (String u : new String[]{"hari", "day"}) UNITS.put(u, "D");
        for (String u : new String[]{"pekan", "minggu", "week"}) UNITS.put(u, "W");
        for (String u : new String[]{"bulan", "month"}) UNITS.put(u, "M");
        for (String u : new String[]{"tahun", "year"}) UNITS.put(u, "Y");
        for (String u : new String[]{"dekade", "dasawarsa", "decade"}) UNITS.put(u, "DE");
        for (String u : new String[]{"abad", "century", "centurie"}) UNITS.put(u, "CE");
        UNITS.put("windu", "WINDU");
        PARTS.putAll(Map.of("pagi", "MO", "morning", "MO", "siang", "MI", "sore", "AF", "afternoon", "AF",
                "petang", "EV", "evening", "EV", "malam", "NI", "night", "NI"));
        PARTS.putAll(Map.of("dini hari", "NI", "tengah malam", "NI"));
    }

    /** Every single word the lexicon knows: months, weekdays, number words, parts of the day, units with se- and ber-. */
    static Set<String> vocabulary() {
        Set<String> v = new HashSet<>();
        v.addAll(MONTHS.keySet());
        v.addAll(WEEKDAYS.keySet());
        v.addAll(NUMBERS.keySet());
        v.addAll(PARTS.keySet());
        for (String u : UNITS.keySet()) {
            v.add("se" + u);
            v.add("ber" + u);
        }
        v.add("setengah"); // a number (0.5) that number() reads without a NUMBERS entry
        v.removeIf(w -> w.contains(" "));
        return v;
    }

    static boolean isMonth(String word) {
        return MONTHS.containsKey(key(word));
    }

    /**
     * Lower case, runs of space as one, dots dropped: the form words are looked up by. Letters are folded as
     * the rules' case-insensitive patterns fold them (upper, then lower: a long s is an s), so that every word a
     * pattern accepts is found here.
     */
    static String key(String word) {
        StringBuilder b = new StringBuilder(word.length());
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (Character.isWhitespace(c)) {
                if (!b.isEmpty() && b.charAt(b.length() - 1) != ' ') b.append(' ');
            } else if (c != '.') {
                b.append(Character.toLowerCase(Character.toUpperCase(c)));
            }
        }
        int end = b.length();
        while (end > 0 && b.charAt(end - 1) == ' ') end--;
        return b.substring(0, end);
    }

    static int month(String word) {
        Integer m = MONTHS.get(key(word));
        if (m == null) throw new IllegalArgumentException("not a month: " + word);
        return m;
    }

    static DayOfWeek weekday(String word) {
        return WEEKDAYS.get(key(word));
    }

    /** TIMEX3 part-of-day code (MO, MI, AF, EV, NI) for "pagi", "sore", "malam"... */
    static String partOfDay(String word) {
        return PARTS.get(key(word));
    }

    /**
     * The unit code: S, MIN, H, D, W, M, Y, DE, CE or WINDU (eight years). English plurals are reduced
     * to their singular first.
     */
    static String unit(String word) {
        String k = key(word);
        String u = UNITS.get(k);
        if (u == null && k.endsWith("s")) u = UNITS.get(k.substring(0, k.length() - 1));
        if (u == null && k.equals("centuries")) u = "CE";
        return u;
    }

    /**
     * The value of a number written in digits ("24", "1,5", "2.000") or words ("dua puluh lima", "satu
     * setengah", "sebelas"); NaN for vague quantities ("beberapa", "puluhan").
     */
    static double number(String text) {
        if (Character.isDigit(text.charAt(0))) return Double.parseDouble(text.replace(".", "").replace(',', '.'));
        String k = key(text);
        double total = 0;
        double current = 0;
        for (String w : k.split(" ")) {
            switch (w) {
                case "belas" -> current += 10;
                case "puluh" -> current *= 10;
                case "ratus" -> current *= 100;
                case "ribu" -> {
                    total += Math.max(current, 1) * 1000;
                    current = 0;
                }
                case "setengah" -> current += 0.5;
                default -> {
                    Integer n = NUMBERS.get(w);
                    if (n == null) return Double.NaN;
                    current += n;
                }
            }
        }
        return total + current;
    }
}
