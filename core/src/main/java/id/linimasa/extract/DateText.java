package id.linimasa.extract;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.text.ParsePosition;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the dates news pages print and put in metadata: Indonesian and English month names
 * ("Sabtu, 1 Maret 2025 - 19:13 WIB", "28 Feb 2025, 16:09 WIB", "October 29, 2025 at 3:05 pm"),
 * numeric ("28/02/2025 16:09"), ISO-8601 and RFC-1123. Indonesian zones: WIB +07, WITA +08, WIT +09.
 */
final class DateText {

    /** A date found in a text: what it says, where, and whether the words before it call it an update. */
    record Found(PublicationTime time, int start, int end, boolean modified) {
    }

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("januari", 1), Map.entry("january", 1), Map.entry("jan", 1),
            Map.entry("februari", 2), Map.entry("pebruari", 2), Map.entry("february", 2), Map.entry("feb", 2), Map.entry("peb", 2),
            Map.entry("maret", 3), Map.entry("march", 3), Map.entry("mar", 3),
            Map.entry("april", 4), Map.entry("apr", 4),
            Map.entry("mei", 5), Map.entry("may", 5),
            Map.entry("juni", 6), Map.entry("june", 6), Map.entry("jun", 6),
            Map.entry("juli", 7), Map.entry("july", 7), Map.entry("jul", 7),
            Map.entry("agustus", 8), Map.entry("august", 8), Map.entry("agu", 8), Map.entry("agt", 8), Map.entry("aug", 8), Map.entry("agus", 8),
            Map.entry("september", 9), Map.entry("sep", 9), Map.entry("sept", 9),
            Map.entry("oktober", 10), Map.entry("october", 10), Map.entry("okt", 10), Map.entry("oct", 10),
            Map.entry("november", 11), Map.entry("nov", 11), Map.entry("nop", 11), Map.entry("nopember", 11),
            Map.entry("desember", 12), Map.entry("december", 12), Map.entry("des", 12), Map.entry("dec", 12));

    private static final String MONTH = "(januari|january|februari|pebruari|february|maret|march|april|mei|may|juni|june|juli|july|agustus|august"
            + "|september|oktober|october|november|nopember|desember|december|jan|feb|peb|mar|apr|jun|jul|agus|agu|agt|aug|sept|sep|okt|oct|nov|nop|des|dec)";
    private static final String TIME = "(?:\\s*(?:[,|•·/-]|–|—|−)?\\s*(?:pukul|jam|at|,)?\\s*(\\d{1,2})[:.](\\d{2})(?:[:.](\\d{2}))?"
            + "(?:\\s*(a\\.?m\\.?|p\\.?m\\.?))?(?:\\s*(WITA|WIB|WIT|GMT\\s*[+-]\\s*\\d{1,2}(?::?\\d{2})?|UTC\\s*[+-]\\s*\\d{1,2}|UTC|GMT|[+-]\\d{2}:?\\d{2}|Z)\\b)?)?";
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("(?iu)(?<![\\p{L}\\d])(\\d{1,2})\\s*" + MONTH + "\\.?,?\\s+(\\d{4})(?!\\d)" + TIME);
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile("(?iu)(?<![\\p{L}\\d])" + MONTH + "\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})(?!\\d)" + TIME);
    private static final Pattern NUMERIC = Pattern.compile("(?iu)(?<![\\d/.-])(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})(?![\\d/])" + TIME);
    private static final Pattern ISO = Pattern.compile("(?<!\\d)(\\d{4})[-/](\\d{2})[-/](\\d{2})(?:[T ](\\d{2}):(\\d{2})(?::(\\d{2}))?(?:\\.\\d+)?\\s*(Z|[+-]\\d{2}:?\\d{2})?)?(?!\\d)");
    /** An update's label before its date, the weekday between allowed ("Diperbarui: Selasa, 3 Juni 2025"). */
    private static final Pattern MODIFIED = Pattern.compile("(?iu)(diperbarui|pembaruan|update[d]?|last modified|modified|diubah|revised)\\W*"
            + "((senin|selasa|rabu|kamis|jumat|jum'at|sabtu|minggu|ahad|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\\W*)?$");

    private DateText() {
    }

    /** The first date in the text, or null. */
    static Found find(String text) {
        int[] from = earliestStarts(text);
        Found best = null;
        Pattern[] patterns = {DAY_MONTH_YEAR, MONTH_DAY_YEAR, NUMERIC, ISO};
        int[] needs = {AFTER_SPACE, AFTER_SPACE, AFTER_SEPARATOR, BEFORE_SEPARATOR};
        for (int k = 0; k < patterns.length; k++) {
            int start = from[needs[k]];
            if (start < 0) continue;
            Pattern p = patterns[k];
            // no match can begin before start: the search begins there, its lookbehind still seeing the text before it
            Matcher m = p.matcher(text).useTransparentBounds(true).region(start, text.length());
            while (m.find()) {
                Found f = build(p, m, text);
                if (f != null) {
                    if (best == null || f.start() < best.start()) best = f;
                    break;
                }
            }
        }
        return best;
    }

    /** A year of four digits after a space (the forms with a month's name), after "/.-" (numeric), before "-/" (ISO). */
    private static final int AFTER_SPACE = 1, AFTER_SEPARATOR = 2, BEFORE_SEPARATOR = 3;

    /**
     * Where a match of each form may begin at the earliest, indexed by the forms' kinds of year, -1 when the text has no such
     * year: every form has a year of exactly four digits, and what stands beside it tells which (a cheap scan that spares
     * most text the patterns, and the rest of the text before the first date's place).
     */
    private static int[] earliestStarts(String text) {
        int[] from = {-1, -1, -1, -1};
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                i++;
                continue;
            }
            int start = i;
            while (i < n && text.charAt(i) >= '0' && text.charAt(i) <= '9') i++;
            if (i - start != 4) continue;
            char before = start > 0 ? text.charAt(start - 1) : 0;
            char after = i < n ? text.charAt(i) : 0;
            if (BlockClassifier.isAsciiSpace(before)) {
                int b = beforeNamedDate(text, start);
                if (from[AFTER_SPACE] < 0 || b < from[AFTER_SPACE]) from[AFTER_SPACE] = b;
            }
            // "d-m-yyyy": at most six characters before the year
            if (from[AFTER_SEPARATOR] < 0 && (before == '/' || before == '.' || before == '-')) from[AFTER_SEPARATOR] = Math.max(0, start - 6);
            // an ISO date begins with its year
            if (from[BEFORE_SEPARATOR] < 0 && (after == '-' || after == '/')) from[BEFORE_SEPARATOR] = start;
        }
        return from;
    }

    /** Longest stretch without spaces that stands before a year in the forms with a month's name: "12Pebruari.," or "Maret." or "12th,". */
    private static final int NAMED_DATE_PART = 13;

    /**
     * Where a date with a month's name whose year begins at {@code year} may begin at the earliest: its day and month stand
     * before the year in two stretches without spaces, of at most NAMED_DATE_PART characters each, with any spaces between.
     */
    private static int beforeNamedDate(String text, int year) {
        int i = year;
        for (int part = 0; part < 2; part++) {
            while (i > 0 && BlockClassifier.isAsciiSpace(text.charAt(i - 1))) i--;
            int stop = Math.max(0, i - NAMED_DATE_PART);
            while (i > stop && !BlockClassifier.isAsciiSpace(text.charAt(i - 1))) i--;
        }
        return i;
    }

    /** Every date in the text, in order (a line "Diperbarui ... Diterbitkan ..." has two). */
    static List<Found> findAll(String text) {
        List<Found> out = new ArrayList<>();
        int from = 0;
        while (from < text.length()) {
            Found f = find(text.substring(from));
            if (f == null) break;
            int start = f.start() + from;
            int end = f.end() + from;
            out.add(new Found(f.time(), start, end, f.modified() || MODIFIED.matcher(text.substring(Math.max(0, start - 30), start)).find()));
            from = end;
        }
        return out;
    }

    private static Found build(Pattern p, Matcher m, String text) {
        try {
            LocalDate date;
            int t;
            if (p == DAY_MONTH_YEAR) {
                date = LocalDate.of(Integer.parseInt(m.group(3)), MONTHS.get(m.group(2).toLowerCase(Locale.ROOT)), Integer.parseInt(m.group(1)));
                t = 4;
            } else if (p == MONTH_DAY_YEAR) {
                date = LocalDate.of(Integer.parseInt(m.group(3)), MONTHS.get(m.group(1).toLowerCase(Locale.ROOT)), Integer.parseInt(m.group(2)));
                t = 4;
            } else if (p == NUMERIC) {
                date = LocalDate.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)));
                t = 4;
            } else {
                date = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
                if (m.group(4) == null) return found(PublicationTime.ofDate(date), m, text);
                LocalTime time = LocalTime.of(Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)), m.group(6) == null ? 0 : Integer.parseInt(m.group(6)));
                return found(new PublicationTime(date, time, m.group(7) == null ? null : offset(m.group(7))), m, text);
            }
            if (date.getYear() < 1990 || date.getYear() > 2100) return null;
            if (m.group(t) == null) return found(withLeadingTime(date, text.substring(Math.max(0, m.start() - 40), m.start())), m, text);
            int hour = Integer.parseInt(m.group(t));
            String ampm = m.group(t + 3);
            if (ampm != null) {
                boolean pm = Character.toLowerCase(ampm.charAt(0)) == 'p';
                if (hour == 12) hour = pm ? 12 : 0;
                else if (pm) hour += 12;
            }
            LocalTime time = LocalTime.of(hour, Integer.parseInt(m.group(t + 1)), m.group(t + 2) == null ? 0 : Integer.parseInt(m.group(t + 2)));
            return found(new PublicationTime(date, time, m.group(t + 4) == null ? null : offset(m.group(t + 4))), m, text);
        } catch (DateTimeException | NullPointerException | NumberFormatException e) {
            return null;
        }
    }

    /** A time printed before its date: "14:05 WIB, Kamis 27 Februari 2025". */
    private static final Pattern LEADING_TIME = Pattern.compile("(?iu)(?<![\\d:.])(\\d{1,2})[:.](\\d{2})\\s*(WITA|WIB|WIT)?\\s*[,|•·/−-]?\\s*"
            + "((senin|selasa|rabu|kamis|jumat|jum'at|sabtu|minggu|ahad|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\\W*)?$");

    private static PublicationTime withLeadingTime(LocalDate date, String before) {
        Matcher lt = LEADING_TIME.matcher(before);
        if (!lt.find()) return PublicationTime.ofDate(date);
        int hour = Integer.parseInt(lt.group(1));
        int minute = Integer.parseInt(lt.group(2));
        if (hour > 23 || minute > 59) return PublicationTime.ofDate(date);
        return new PublicationTime(date, LocalTime.of(hour, minute), lt.group(3) == null ? null : offset(lt.group(3)));
    }

    private static Found found(PublicationTime time, Matcher m, String text) {
        boolean modified = MODIFIED.matcher(text.substring(Math.max(0, m.start() - 30), m.start())).find();
        return new Found(time, m.start(), m.end(), modified);
    }

    private static final Pattern OFFSET = Pattern.compile("([+-])(\\d{1,2}):?(\\d{2})?");

    /** WIB/WITA/WIT, GMT+7, UTC, Z, +0700. */
    static ZoneOffset offset(String zone) {
        // the Indonesian zones as pages print them, told before the string is upper-cased and cleared of spaces
        String z = zone.equals("WIB") || zone.equals("WITA") || zone.equals("WIT") ? zone : zone.toUpperCase(Locale.ROOT).replace(" ", "");
        switch (z) {
            case "WIB": return ZoneOffset.ofHours(7);
            case "WITA": return ZoneOffset.ofHours(8);
            case "WIT": return ZoneOffset.ofHours(9);
            case "Z", "UTC", "GMT": return ZoneOffset.UTC;
            default:
        }
        String s = z.replace("GMT", "").replace("UTC", "");
        Matcher m = OFFSET.matcher(s);
        if (!m.matches()) return null;
        int h = Integer.parseInt(m.group(2));
        int min = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
        return ZoneOffset.ofHoursMinutes(m.group(1).equals("-") ? -h : h, m.group(1).equals("-") ? -min : min);
    }

    private static final Pattern COMPACT = Pattern.compile("(19|20)\\d{12}");

    /** Whether the value reads as RFC-1123 as far as its fields go: most are ISO-8601, and a failed parse's exception costs more than this. */
    private static boolean mayBeRfc1123(String v) {
        // an ISO date ("2025-03-01...") fails at once: its year is read as the day of the month, and a space must follow that
        if (v.length() > 4 && v.charAt(4) == '-' && BlockClassifier.isAsciiDigit(v.charAt(0)) && BlockClassifier.isAsciiDigit(v.charAt(1))
                && BlockClassifier.isAsciiDigit(v.charAt(2)) && BlockClassifier.isAsciiDigit(v.charAt(3))) return false;
        ParsePosition pos = new ParsePosition(0);
        return DateTimeFormatter.RFC_1123_DATE_TIME.parseUnresolved(v, pos) != null && pos.getErrorIndex() < 0 && pos.getIndex() == v.length();
    }

    /** A metadata value: ISO-8601 (any offset form), RFC-1123, digits only ("20250303140500"), or any of the printed forms. */
    static PublicationTime parseValue(String value) {
        if (value == null) return null;
        String v = value.trim();
        if (v.isEmpty()) return null;
        if (COMPACT.matcher(v).matches()) {
            // "20250303140500": a few sites' meta values, digits only
            try {
                return new PublicationTime(LocalDate.of(Integer.parseInt(v.substring(0, 4)), Integer.parseInt(v.substring(4, 6)), Integer.parseInt(v.substring(6, 8))),
                        LocalTime.of(Integer.parseInt(v.substring(8, 10)), Integer.parseInt(v.substring(10, 12)), Integer.parseInt(v.substring(12, 14))), null);
            } catch (DateTimeException e) {
                return null;
            }
        }
        if (mayBeRfc1123(v)) {
            try {
                ZonedDateTime z = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME);
                OffsetDateTime o = z.toOffsetDateTime();
                return new PublicationTime(o.toLocalDate(), o.toLocalTime(), o.getOffset());
            } catch (DateTimeException ignored) {
                // not RFC-1123 after all; try the printed forms
            }
        }
        Found f = find(v);
        return f == null ? null : f.time();
    }
}
