package id.linimasa.timeline;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Pattern;

/** The days a "YYYY", "YYYY-MM" or "YYYY-MM-DD" date covers, for comparing dates of different precision. */
public record DateRange(LocalDate first, LocalDate last) {

    private static final Pattern FORM = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");

    /**
     * The days a date given by a person covers ("2025", "2025-02", "2025-02-28").
     *
     * @throws IllegalArgumentException naming the value and the accepted forms when it is none of them
     */
    public static DateRange parse(String text) {
        String value = text == null ? "" : text.strip();
        if (FORM.matcher(value).matches()) {
            try {
                return of(value);
            } catch (DateTimeException outOfRange) {
                // "2025-13" has the form but no such month: said below like any other bad value
            }
        }
        throw new IllegalArgumentException("'" + text + "' is not a date; use YYYY, YYYY-MM or YYYY-MM-DD");
    }

    static DateRange of(String value) {
        return switch (value.length()) {
            case 4 -> new DateRange(LocalDate.of(Integer.parseInt(value), 1, 1), LocalDate.of(Integer.parseInt(value), 12, 31));
            case 7 -> {
                YearMonth m = YearMonth.parse(value);
                yield new DateRange(m.atDay(1), m.atEndOfMonth());
            }
            default -> {
                LocalDate d = LocalDate.parse(value.substring(0, 10));
                yield new DateRange(d, d);
            }
        };
    }

    /** True when one date is the other told less precisely ("2019" and "2019-04-26"). */
    static boolean nested(String a, String b) {
        return a.startsWith(b) || b.startsWith(a);
    }

    boolean overlaps(LocalDate from, LocalDate to) {
        return (from == null || !last.isBefore(from)) && (to == null || !first.isAfter(to));
    }
}
