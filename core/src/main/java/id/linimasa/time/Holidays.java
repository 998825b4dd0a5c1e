package id.linimasa.time;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Named days Indonesian news dates things by: national days on fixed dates, and the two Eids and Nyepi, whose dates
 * follow the lunar calendar and come from the government's decision for each year (Idul Fitri 2008-2026, from the
 * yearly decree on national holidays and the Ministry of Religious Affairs' isbat; Idul Adha 2008-2026;
 * Nyepi 2015-2026; the Islamic new year, 1 Muharram, 1429-1448 H).
 */
final class Holidays {

    private Holidays() {
    }

    static final String PATTERN = "(?:malam\\s+)?(?:hari\\s+)?natal|christmas(?:\\s+day)?|(?:malam\\s+)?tahun\\s+baru(?!\\s+(?:imlek|islam|hijriah|hijriyah|cina))"
            + "|tahun\\s+baru\\s+(?:islam|hijriah|hijriyah)|malam\\s+pergantian\\s+tahun"
            + "|new\\s+year'?s\\s+(?:day|eve)|hari\\s+kemerdekaan(?:\\s+ri|\\s+indonesia)?|hut\\s+(?:ke-?\\s*\\d{1,3}\\s+)?(?:kemerdekaan\\s+)?ri(?:\\s+ke-?\\s*\\d{1,3})?"
            + "|hari\\s+buruh(?:\\s+internasional)?|may\\s+day|hari\\s+pahlawan|hari\\s+kartini|hari\\s+sumpah\\s+pemuda"
            + "|hari\\s+pendidikan\\s+nasional|hardiknas|hari\\s+lahir\\s+pancasila|hari\\s+ibu|hari\\s+valentine|valentine'?s\\s+day"
            + "|(?:hari\\s+raya\\s+)?idul\\s?fitri|idulfitri|lebaran|malam\\s+takbiran|(?:hari\\s+raya\\s+)?idul\\s?adha|iduladha|(?:hari\\s+raya\\s+)?nyepi";

    private static final Pattern HUT = Pattern.compile("ke-?\\s*(\\d{1,3})", Pattern.CASE_INSENSITIVE);

    private static final Map<Integer, LocalDate> EID_AL_FITR = Map.ofEntries(
            Map.entry(2008, LocalDate.of(2008, 10, 1)), Map.entry(2009, LocalDate.of(2009, 9, 20)),
            Map.entry(2010, LocalDate.of(2010, 9, 10)), Map.entry(2011, LocalDate.of(2011, 8, 31)),
            Map.entry(2012, LocalDate.of(2012, 8, 19)), Map.entry(2013, LocalDate.of(2013, 8, 8)),
            Map.entry(2014, LocalDate.of(2014, 7, 28)),
            Map.entry(2015, LocalDate.of(2015, 7, 17)), Map.entry(2016, LocalDate.of(2016, 7, 6)),
            Map.entry(2017, LocalDate.of(2017, 6, 25)), Map.entry(2018, LocalDate.of(2018, 6, 15)),
            Map.entry(2019, LocalDate.of(2019, 6, 5)), Map.entry(2020, LocalDate.of(2020, 5, 24)),
            Map.entry(2021, LocalDate.of(2021, 5, 13)), Map.entry(2022, LocalDate.of(2022, 5, 2)),
            Map.entry(2023, LocalDate.of(2023, 4, 22)), Map.entry(2024, LocalDate.of(2024, 4, 10)),
            Map.entry(2025, LocalDate.of(2025, 3, 31)), Map.entry(2026, LocalDate.of(2026, 3, 20)));
    private static final Map<Integer, LocalDate> EID_AL_ADHA = Map.ofEntries(
            Map.entry(2008, LocalDate.of(2008, 12, 8)), Map.entry(2009, LocalDate.of(2009, 11, 27)),
            Map.entry(2010, LocalDate.of(2010, 11, 17)), Map.entry(2011, LocalDate.of(2011, 11, 6)),
            Map.entry(2012, LocalDate.of(2012, 10, 26)), Map.entry(2013, LocalDate.of(2013, 10, 15)),
            Map.entry(2014, LocalDate.of(2014, 10, 5)), Map.entry(2015, LocalDate.of(2015, 9, 24)),
            Map.entry(2016, LocalDate.of(2016, 9, 12)), Map.entry(2017, LocalDate.of(2017, 9, 1)),
            Map.entry(2018, LocalDate.of(2018, 8, 22)), Map.entry(2019, LocalDate.of(2019, 8, 11)),
            Map.entry(2020, LocalDate.of(2020, 7, 31)), Map.entry(2021, LocalDate.of(2021, 7, 20)),
            Map.entry(2022, LocalDate.of(2022, 7, 10)), Map.entry(2023, LocalDate.of(2023, 6, 29)),
            Map.entry(2024, LocalDate.of(2024, 6, 17)), Map.entry(2025, LocalDate.of(2025, 6, 6)),
            Map.entry(2026, LocalDate.of(2026, 5, 27)));
    /** Nyepi, the Balinese Hindu new year (Saka), by the same decree. */
    private static final Map<Integer, LocalDate> NYEPI = Stream.of(("2015-03-21 2016-03-09 2017-03-28 2018-03-17 2019-03-07 2020-03-25 "
            + "2021-03-14 2022-03-03 2023-03-22 2024-03-11 2025-03-29 2026-03-19").split(" "))
            .map(LocalDate::parse).collect(Collectors.toUnmodifiableMap(LocalDate::getYear, d -> d));

    /** The first day of Ramadan in Indonesia by the government's decision (1 Ramadan 1429-1447 H). */
    private static final Map<Integer, LocalDate> RAMADAN = Stream.of(("2008-09-01 2009-08-22 2010-08-11 2011-08-01 2012-07-21 "
            + "2013-07-09 2014-06-29 2015-06-18 2016-06-06 2017-05-27 2018-05-17 2019-05-06 2020-04-24 2021-04-13 2022-04-03 "
            + "2023-03-23 2024-03-12 2025-03-01 2026-02-19").split(" "))
            .map(LocalDate::parse).collect(Collectors.toUnmodifiableMap(LocalDate::getYear, d -> d));

    /**
     * 1 Muharram (1429-1448 H), the Islamic new year and the Javanese 1 Suro, by the same decree, keyed by its Hijri
     * year: 2008 had two (1429 H on 10 January, 1430 H on 29 December).
     */
    private static final Map<Integer, LocalDate> MUHARRAM;

    static {
        List<LocalDate> days = Stream.of(("2008-01-10 2008-12-29 2009-12-18 2010-12-07 2011-11-27 2012-11-15 "
                + "2013-11-05 2014-10-25 2015-10-14 2016-10-02 2017-09-21 2018-09-11 2019-09-01 2020-08-20 2021-08-10 2022-07-30 "
                + "2023-07-19 2024-07-07 2025-06-27 2026-06-16").split(" ")).map(LocalDate::parse).toList();
        MUHARRAM = IntStream.range(0, days.size()).boxed().collect(Collectors.toUnmodifiableMap(i -> 1429 + i, days::get));
    }

    /**
     * A day of Muharram (Suro), Ramadan, Syawal or Dzulhijjah in a Hijri year ("1 Syawal 1445 H"), counted from the
     * tabulated 1 Muharram, first of Ramadan, Idul Fitri (1 Syawal) or Idul Adha (10 Dzulhijjah); null outside the
     * tables. Hijri years 1429-1447 have the last three within one Gregorian year, 579 years on (1445 H: 2024).
     */
    static LocalDate hijri(int day, String month, int hijriYear) {
        int year = hijriYear + 579;
        String m = month.toLowerCase(java.util.Locale.ROOT);
        LocalDate base;
        int baseDay;
        if (m.startsWith("muh") || m.startsWith("sur")) {
            base = MUHARRAM.get(hijriYear);
            baseDay = 1;
        } else if (m.startsWith("rama")) {
            base = RAMADAN.get(year);
            baseDay = 1;
        } else if (m.startsWith("syaw")) {
            base = EID_AL_FITR.get(year);
            baseDay = 1;
        } else if (m.contains("hij")) {
            base = EID_AL_ADHA.get(year);
            baseDay = 10;
        } else {
            return null;
        }
        return base == null || day < 1 || day > 30 ? null : base.plusDays(day - baseDay);
    }

    static LocalDate ramadanStart(int year) {
        return RAMADAN.get(year);
    }

    /** The Ramadan whose middle is nearest the given day. */
    static LocalDate ramadanNearest(LocalDate day) {
        return RAMADAN.values().stream().min(Comparator.comparingLong(d -> Math.abs(ChronoUnit.DAYS.between(day, d.plusDays(14))))).orElse(null);
    }

    /** The last day of the Ramadan that began on {@code start}: the eve of Idul Fitri where tabulated, else its 30th day. */
    static LocalDate ramadanEnd(LocalDate start) {
        LocalDate eid = EID_AL_FITR.get(start.plusDays(29).getYear());
        return eid != null && eid.isAfter(start) && eid.isBefore(start.plusDays(32)) ? eid.minusDays(1) : start.plusDays(29);
    }

    /** A holiday: a fixed day of the year, or a table of dates by year; {@code year} when the name fixes it (HUT ke-80 RI). */
    record Holiday(MonthDay fixed, Map<Integer, LocalDate> table, Integer year) {

        /** Its date in the given year, else the occurrence nearest the publication date (last before it for "lalu"). */
        LocalDate on(Integer y, LocalDate dct, String rel) {
            // by the day's own year: a table may be keyed otherwise (the Islamic new year by its Hijri year)
            if (y != null) return fixed != null ? fixed.atYear(y) : table.values().stream().filter(d -> d.getYear() == y).min(Comparator.naturalOrder()).orElse(null);
            if (dct == null) return null;
            List<LocalDate> candidates = fixed != null
                    ? List.of(fixed.atYear(dct.getYear() - 1), fixed.atYear(dct.getYear()), fixed.atYear(dct.getYear() + 1))
                    : List.copyOf(table.values());
            if ("lalu".equals(rel)) candidates = candidates.stream().filter(d -> d.isBefore(dct)).toList();
            // a holiday on the day of publication is still to come ("merayakan malam tahun baru" on 31 December)
            if ("mendatang".equals(rel)) candidates = candidates.stream().filter(d -> !d.isBefore(dct)).toList();
            return candidates.stream().min(Comparator.comparingLong(d -> Math.abs(ChronoUnit.DAYS.between(dct, d)))).orElse(null);
        }

        /** Its date in a Hijri year ("Idulfitri 1446 H"), or null for a holiday not of the Islamic calendar or outside the tables. */
        LocalDate inHijriYear(int hijriYear) {
            if (table == EID_AL_FITR) return hijri(1, "syawal", hijriYear);
            if (table == EID_AL_ADHA) return hijri(10, "dzulhijjah", hijriYear);
            return table == MUHARRAM ? MUHARRAM.get(hijriYear) : null;
        }

        String unresolved() {
            return fixed != null ? String.format("XXXX-%02d-%02d", fixed.getMonthValue(), fixed.getDayOfMonth()) : "XXXX-XX-XX";
        }
    }

    static Holiday of(String name) {
        String k = TimeLexicon.key(name).replaceFirst("^hari raya ", "");
        if (k.contains("natal") || k.startsWith("christmas")) return fixed(12, k.startsWith("malam") ? 24 : 25);
        if (k.contains("islam") || k.contains("hijri")) return new Holiday(null, MUHARRAM, null);
        if (k.contains("tahun baru") || k.startsWith("new year") || k.contains("pergantian tahun")) {
            return k.startsWith("malam") || k.endsWith("eve") ? fixed(12, 31) : fixed(1, 1);
        }
        if (k.startsWith("hut")) {
            Matcher m = HUT.matcher(k);
            return new Holiday(MonthDay.of(8, 17), null, m.find() ? 1945 + Integer.parseInt(m.group(1)) : null);
        }
        if (k.contains("kemerdekaan")) return fixed(8, 17);
        if (k.contains("buruh") || k.equals("may day")) return fixed(5, 1);
        if (k.contains("pahlawan")) return fixed(11, 10);
        if (k.contains("kartini")) return fixed(4, 21);
        if (k.contains("sumpah pemuda")) return fixed(10, 28);
        if (k.contains("pendidikan") || k.equals("hardiknas")) return fixed(5, 2);
        if (k.contains("pancasila")) return fixed(6, 1);
        if (k.equals("hari ibu")) return fixed(12, 22);
        if (k.contains("valentine")) return fixed(2, 14);
        if (k.replace(" ", "").contains("fitri") || k.equals("lebaran") || k.equals("malam takbiran")) return new Holiday(null, EID_AL_FITR, null);
        if (k.replace(" ", "").contains("adha")) return new Holiday(null, EID_AL_ADHA, null);
        if (k.equals("nyepi")) return new Holiday(null, NYEPI, null);
        return null;
    }

    private static Holiday fixed(int month, int day) {
        return new Holiday(MonthDay.of(month, day), null, null);
    }
}
