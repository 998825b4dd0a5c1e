package id.linimasa.time;

import id.linimasa.extract.PublicationTime;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** Forms the tagger missed in blind batches 17 and 18; every sentence is written for this test. */
class TimexTaggerFormsTest {

    private static final TimexTagger TAGGER = new TimexTagger();
    /** Tuesday 23 July 2013. */
    private static final PublicationTime JULY = PublicationTime.parse("2013-07-23T18:20+07:00");

    private static List<Timex> tag(String text, PublicationTime dct) {
        return TAGGER.tag(text, dct);
    }

    @Test
    void aQuarterIsWhatAYearEarlierCountsFrom() {
        assertThat(tag("Exports fell in the second quarter to 87,000 tonnes from 104,000 tonnes a year earlier.", JULY))
                .extracting(Timex::text, Timex::value).containsExactly(tuple("the second quarter", "2013-Q2"), tuple("a year earlier", "2012-Q2"));
        assertThat(tag("Penjualan semen pada kuartal III-2024 naik 4 persen dibandingkan setahun sebelumnya.", JULY))
                .extracting(Timex::value).containsExactly("2024-Q3", "2023-Q3");
    }

    @Test
    void wireCopyNamesQuartersByTheirMonths() {
        assertThat(tag("Shipments in the April-June quarter dropped to 87,000 tonnes.", JULY))
                .extracting(Timex::text, Timex::value).containsExactly(tuple("the April-June quarter", "2013-Q2"));
        // a quarter still to come this year, told of in the past, is last year's
        assertThat(tag("Profit rose in the October-December quarter.", JULY)).extracting(Timex::value).containsExactly("2012-Q4");
        // months that are no calendar quarter stay two months
        assertThat(tag("Sales in the May-July quarter were flat.", JULY)).extracting(Timex::text).containsExactly("May", "July");
    }

    @Test
    void englishEndsOfRelativeYearsDecadesAndRecurrences() {
        assertThat(tag("There was almost no rain at the end of last year.", JULY)).extracting(Timex::text, Timex::value)
                .containsExactly(tuple("the end of last year", "2012"));
        assertThat(tag("Indonesia has been the third-largest producer since the 1990s, and in the 1980's it was fifth.", JULY))
                .extracting(Timex::text, Timex::value).containsExactly(tuple("the 1990s", "199"), tuple("the 1980's", "198"));
        assertThat(tag("Most smallholders harvest only once a year and weed twice a month.", JULY))
                .extracting(Timex::text, Timex::type, Timex::value)
                .containsExactly(tuple("once a year", TimexType.SET, "P1Y"), tuple("twice a month", TimexType.SET, "P1M"));
    }

    @Test
    void aWeekendInAConditionIsTheComingOne() {
        PublicationTime tue = PublicationTime.parse("2023-03-14T16:40+09:00");
        assertThat(tag("\"Kalau sampai akhir pekan belum selesai, stok habis,\" katanya.", tue)).extracting(Timex::value).containsExactly("2023-W11-WE");
        assertThat(tag("Warga membersihkan rumah sepanjang akhir pekan.", tue)).extracting(Timex::value).containsExactly("2023-W10-WE");
    }

    @Test
    void bareDaysCountedFromLebaranInItsSeason() {
        PublicationTime apr = PublicationTime.parse("2023-04-13T21:00+07:00");
        assertThat(tag("Sistem satu arah berlaku mulai H-4, dan arus balik memuncak pada H+3.", apr)).extracting(Timex::text, Timex::value)
                .containsExactly(tuple("H-4", "2023-04-18"), tuple("H+3", "2023-04-25"));
        // far from any Lebaran, "H-3" counts from something else the tagger does not know
        assertThat(tag("Logistik pemilu tiba pada H-3 pencoblosan.", PublicationTime.parse("2024-11-20"))).isEmpty();
    }

    @Test
    void moreThanADurationAndNotAComparison() {
        PublicationTime jan = PublicationTime.parse("2026-01-22T10:15+08:00");
        assertThat(tag("Lewat jalan alternatif butuh dua jam lebih, katanya.", jan)).extracting(Timex::text, Timex::value)
                .containsExactly(tuple("dua jam lebih", "PT2H"));
        assertThat(tag("Ia menunggu setahun lebih untuk sertifikat itu.", jan)).extracting(Timex::text).containsExactly("setahun lebih");
        assertThat(tag("Kapal tiba dua jam lebih cepat dari jadwal.", jan)).extracting(Timex::text).containsExactly("dua jam");
    }

    @Test
    void javaneseNightsAndMarketDays() {
        PublicationTime wed = PublicationTime.parse("2009-12-16T20:05+07:00");
        // "malam Jumat" is Thursday night; the market day picks the Thursday (17 December 2009 was Wage, the 18th Kliwon)
        assertThat(tag("Kirab itu bertepatan dengan Kamis Wage atau malam Jumat Kliwon.", wed))
                .extracting(Timex::text, Timex::value).contains(tuple("Kamis Wage", "2009-12-17"), tuple("malam Jumat Kliwon", "2009-12-17TNI"));
        assertThat(tag("Pengajian digelar setiap bulan, terakhir pada malam Jumat.", wed)).extracting(Timex::text, Timex::value)
                .contains(tuple("malam Jumat", "2009-12-10TNI"));
        // the market day moves the date when the plain weekday would be another one
        assertThat(tag("Ritual dilakukan pada Selasa Kliwon.", wed)).extracting(Timex::value).containsExactly("2009-12-08");
    }

    @Test
    void muharramAndTheJavaneseNewYear() {
        PublicationTime wed = PublicationTime.parse("2009-12-16T20:05+07:00");
        assertThat(tag("Tahun ini, 1 Muharram 1431 Hijriah jatuh pada Jumat (18/12).", wed)).extracting(Timex::text, Timex::value)
                .containsExactly(tuple("Tahun ini", "2009"), tuple("1 Muharram 1431 Hijriah", "2009-12-18"), tuple("Jumat (18/12)", "2009-12-18"));
        assertThat(tag("Ribuan warga menyaksikan kirab malam 1 Suro di Solo.", wed)).extracting(Timex::text, Timex::value)
                .containsExactly(tuple("malam 1 Suro", "2009-12-17TNI"));
        assertThat(tag("Libur Tahun Baru Islam membuat jalan ke Puncak macet.", PublicationTime.parse("2023-07-20"))).extracting(Timex::value)
                .containsExactly("2023-07-19");
        // a day of Syawal without its year: the one nearest publication
        assertThat(tag("Halalbihalal digelar pada 8 Syawal di balai desa.", PublicationTime.parse("2024-04-20"))).extracting(Timex::value)
                .containsExactly("2024-04-17");
    }

    @Test
    void midnightAloneIsOfTheDayTheStorySet() {
        PublicationTime wed = PublicationTime.parse("2009-12-16T20:05+07:00");
        assertThat(tag("Kirab digelar Kamis (17/12) malam. Rombongan berangkat tengah malam dari keraton.", wed)).extracting(Timex::text, Timex::value)
                .containsExactly(tuple("Kamis (17/12) malam", "2009-12-17TNI"), tuple("tengah malam", "2009-12-17T24:00"));
    }

    @Test
    void duluClosingAClauseIsFirstNotFormerly() {
        PublicationTime nov = PublicationTime.parse("2012-11-26T07:45+07:00");
        assertThat(tag("\"Target kami lolos dari grup dulu,\" ujar kapten tim.", nov)).isEmpty();
        assertThat(tag("Tunggu dulu. Kami cek datanya.", nov)).isEmpty();
        assertThat(tag("Lahan itu dulu merupakan hutan adat.", nov)).extracting(Timex::value).containsExactly("PAST_REF");
        assertThat(tag("Harga tiket tidak semurah dulu.", nov)).extracting(Timex::value).containsExactly("PAST_REF");
        assertThat(tag("\"Dulu orang takut, sekarang berburu kacamata,\" katanya.", nov)).extracting(Timex::value).containsExactly("PAST_REF", "PRESENT_REF");
    }

    @Test
    void erasAndDecadesOfYearsInWords() {
        PublicationTime may = PublicationTime.parse("2011-05-22T09:30+08:00");
        assertThat(tag("Surat dari zaman Belanda masih disimpan.", may)).extracting(Timex::value).containsExactly("PAST_REF");
        assertThat(tag("Kami sudah menunggu puluhan tahun, kakek kami ratusan tahun.", may)).extracting(Timex::value).containsExactly("PXDE", "PXCE");
    }

    @Test
    void aFarAheadDayToldAsAnAsideDoesNotDateLaterClockTimes() {
        PublicationTime tue = PublicationTime.parse("2016-03-08T19:30+07:00");
        String text = "Gerhana matahari total terjadi besok pagi.\n"
                + "Gerhana berikutnya diperkirakan terjadi pada 20 April 2023.\n"
                + "Planetarium menggelar pengamatan mulai pukul 06.00 WIB.";
        assertThat(tag(text, tue)).extracting(Timex::value).containsExactly("2016-03-09TMO", "2023-04-20", "2016-03-09T06:00");
        // in the same paragraph the day still holds: "Konser digelar 20 Mei. Pintu dibuka pukul 17.00 WIB."
        assertThat(tag("Tiket konser dijual besok. Konser digelar 20 Mei. Pintu dibuka pukul 17.00 WIB.", PublicationTime.parse("2025-04-01")))
                .extracting(Timex::value).containsExactly("2025-04-02", "2025-05-20", "2025-05-20T17:00");
    }
}
