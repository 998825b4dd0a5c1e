package id.linimasa.timeline;

import java.time.LocalDate;
import java.time.YearMonth;

/** The days a "YYYY", "YYYY-MM" or "YYYY-MM-DD" date covers, for comparing dates of different precision. */
record DateRange(LocalDate first, LocalDate last) {

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
