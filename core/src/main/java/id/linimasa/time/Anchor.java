package id.linimasa.time;

import java.time.LocalDate;
import java.time.temporal.IsoFields;

/**
 * A calendar point at some granularity: what relative expressions count from (the publication date, or
 * the last date the text set for narrative ones such as "sehari kemudian").
 */
record Anchor(LocalDate date, Grain grain) {

    enum Grain { DAY, WEEK, MONTH, QUARTER, YEAR, DECADE }

    static Anchor day(LocalDate d) {
        return new Anchor(d, Grain.DAY);
    }

    /** The TIMEX3 value: 2025-02-27, 2025-W09, 2025-02, 2025-Q1, 2025 or 202 (a decade). */
    String value() {
        return switch (grain) {
            case DAY -> date.toString();
            case WEEK -> padded(date.get(IsoFields.WEEK_BASED_YEAR), 4) + "-W" + padded(date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR), 2);
            case MONTH -> padded(date.getYear(), 4) + "-" + padded(date.getMonthValue(), 2);
            case QUARTER -> padded(date.getYear(), 4) + "-Q" + (date.getMonthValue() + 2) / 3;
            case YEAR -> padded(date.getYear(), 4);
            case DECADE -> padded(date.getYear() / 10, 3);
        };
    }

    /** {@code String.format("%0<width>d", v)} as it writes a year, month or week, without parsing a format at every value. */
    private static String padded(int v, int width) {
        if (v < 0) return String.format("%0" + width + "d", v);
        String digits = Integer.toString(v);
        return digits.length() >= width ? digits : "0".repeat(width - digits.length()) + digits;
    }

    /** Moves by n units (a unit code from {@link TimeLexicon#unit}) and takes that unit's granularity. */
    Anchor plus(long n, String unit) {
        return switch (unit) {
            case "D" -> new Anchor(date.plusDays(n), Grain.DAY);
            case "W" -> new Anchor(date.plusWeeks(n), grain == Grain.DAY ? Grain.DAY : Grain.WEEK);
            case "M" -> new Anchor(date.plusMonths(n), Grain.MONTH);
            case "Y" -> new Anchor(date.plusYears(n), Grain.YEAR);
            case "WINDU" -> new Anchor(date.plusYears(8 * n), Grain.YEAR);
            case "DE" -> new Anchor(date.plusYears(10 * n), Grain.YEAR);
            case "CE" -> new Anchor(date.plusYears(100 * n), Grain.YEAR);
            default -> this;
        };
    }

    Anchor at(Grain g) {
        return new Anchor(date, g);
    }
}
