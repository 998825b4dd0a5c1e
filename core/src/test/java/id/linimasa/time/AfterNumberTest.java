package id.linimasa.time;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AfterNumberTest {

    private static boolean passes(AfterNumber.Test test, String text) {
        return test.mayMatch(text, 0);
    }

    @Test
    void passWhereTheirRulesMatch() {
        assertThat(passes(AfterNumber.UNIT, "3 tahun lalu")).isTrue();
        assertThat(passes(AfterNumber.UNIT, "1,5  Jam")).isTrue();
        assertThat(passes(AfterNumber.UNIT, "2 kali sebulan")).isTrue();
        assertThat(passes(AfterNumber.UNIT, "10 decades")).isTrue();
        assertThat(passes(AfterNumber.HYPHEN, "12-year-old")).isTrue();
        assertThat(passes(AfterNumber.HYPHEN, "one-year")).isTrue();
        assertThat(passes(AfterNumber.TIMES, "2 x 24 jam")).isTrue();
        assertThat(passes(AfterNumber.TIMES, "1×24 jam")).isTrue();
        assertThat(passes(AfterNumber.CLOCK, "19.30 WIB")).isTrue();
        assertThat(passes(AfterNumber.MERIDIEM, "7 PM")).isTrue();
        assertThat(passes(AfterNumber.MERIDIEM, "10:30 a.m.")).isTrue();
        assertThat(passes(AfterNumber.HIJRI_MONTH, "1 Syawal 1445 H")).isTrue();
        assertThat(passes(AfterNumber.DATE_SEPARATOR, "30/12/2014")).isTrue();
        assertThat(passes(AfterNumber.DATE_SEPARATOR, "2025-02-27")).isTrue();
    }

    @Test
    void failAtAmountsAndCounts() {
        for (AfterNumber.Test t : new AfterNumber.Test[] {AfterNumber.UNIT, AfterNumber.HYPHEN, AfterNumber.TIMES, AfterNumber.CLOCK,
                AfterNumber.MERIDIEM, AfterNumber.HIJRI_MONTH, AfterNumber.DATE_SEPARATOR}) {
            assertThat(passes(t, "500 orang")).isFalse();
            assertThat(passes(t, "2024, ketika")).isFalse();
        }
        assertThat(passes(AfterNumber.UNIT, "1.500 ton")).isFalse();
    }

    @Test
    void clockTimesYearsAndBracketedDays() {
        assertThat(passes(AfterNumber.CLOCK, "19.30 WIB")).isTrue();
        assertThat(passes(AfterNumber.CLOCK, "7:05")).isTrue();
        assertThat(passes(AfterNumber.CLOCK, "1.500 orang")).isFalse();
        assertThat(passes(AfterNumber.CLOCK, "2.5 juta")).isFalse();
        assertThat(passes(AfterNumber.CLOCK, "123.45")).isFalse();
        assertThat(passes(AfterNumber.MERIDIEM, "10:30 a.m.")).isTrue();
        assertThat(passes(AfterNumber.MERIDIEM, "7 PM")).isTrue();
        assertThat(passes(AfterNumber.MERIDIEM, "7 pasukan")).isFalse();
        assertThat(passes(AfterNumber.MERIDIEM, "10:75 am")).isFalse();
        assertThat(passes(AfterNumber.YEAR, "2024 lalu")).isTrue();
        assertThat(passes(AfterNumber.YEAR, "1499")).isFalse();
        assertThat(passes(AfterNumber.YEAR, "20245")).isFalse();
        assertThat(passes(AfterNumber.BRACKET_DAY, "( 27 /2)")).isTrue();
        assertThat(passes(AfterNumber.BRACKET_DAY, "(AFP)")).isFalse();
        assertThat(passes(AfterNumber.BRACKET_DAY, "(2024)")).isFalse();
    }

    @Test
    void aDayWantsAMonthOrARangeAfterIt() {
        assertThat(passes(AfterNumber.MONTH_OR_RANGE, "1 Maret 2025")).isTrue();
        assertThat(passes(AfterNumber.MONTH_OR_RANGE, "1-3 Maret")).isTrue();
        assertThat(passes(AfterNumber.MONTH_OR_RANGE, "8 hingga 10 April")).isTrue();
        assertThat(passes(AfterNumber.MONTH_OR_RANGE, "12  DES")).isTrue();
        assertThat(passes(AfterNumber.MONTH_OR_RANGE, "12 orang")).isFalse();
        assertThat(passes(AfterNumber.MONTH_OR_RANGE, "123 Maret")).isFalse();
        assertThat(passes(AfterNumber.MONTH_OR_RANGE, "12Maret")).isFalse();
        assertThat(passes(AfterNumber.MONTH_OR_RANGE, "tanggal 5")).isTrue();
    }

    @Test
    void passAtWordsOtherThanNumbers() {
        assertThat(passes(AfterNumber.UNIT, "setiap hari")).isTrue();
        assertThat(passes(AfterNumber.CLOCK, "pukul 7")).isTrue();
        assertThat(passes(AfterNumber.DATE_SEPARATOR, "(27/2)")).isTrue();
    }
}
