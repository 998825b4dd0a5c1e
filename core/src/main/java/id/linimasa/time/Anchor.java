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
            case WEEK -> String.format("%04d-W%02d", date.get(IsoFields.WEEK_BASED_YEAR), date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            case MONTH -> String.format("%04d-%02d", date.getYear(), date.getMonthValue());
            case QUARTER -> String.format("%04d-Q%d", date.getYear(), (date.getMonthValue() + 2) / 3);
            case YEAR -> String.format("%04d", date.getYear());
            case DECADE -> String.format("%03d", date.getYear() / 10);
        };
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
