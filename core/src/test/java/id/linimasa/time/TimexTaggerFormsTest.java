package id.linimasa.time;

import id.linimasa.extract.PublicationTime;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** Forms the tagger once missed: quarters, market days, Hijri days, "dulu"...; every sentence is written for this test. */
class TimexTaggerFormsTest {

    private static final TimexTagger TAGGER = new TimexTagger();
    /** Wednesday 9 August 2017. */
    private static final PublicationTime AUGUST = PublicationTime.parse("2017-08-09T11:05+07:00");

    private static List<Timex> tag(String text, PublicationTime dct) {
        return TAGGER.tag(text, dct);
    }

    @Test
    void aQuarterIsWhatAYearEarlierCountsFrom() {
        assertThat(tag("Nickel ore output slipped in the second quarter to 5.2 million tonnes, from 5.9 million tonnes a year earlier.", AUGUST))
                .extracting(Timex::text, Timex::value).containsExactly(tuple("the second quarter", "2017-Q2"), tuple("a year earlier", "2016-Q2"));
        assertThat(tag("Penjualan mobil pada kuartal II-2019 turun 7 persen dibandingkan setahun sebelumnya.", AUGUST))
                .extracting(Timex::value).containsExactly("2019-Q2", "2018-Q2");
    }

    @Test
    void wireCopyNamesQuartersByTheirMonths() {
        assertThat(tag("Palm oil stocks in the April-June quarter rose to 2.3 million tonnes.", AUGUST))
                .extracting(Timex::text, Timex::value).containsExactly(tuple("the April-June quarter", "2017-Q2"));
        // a quarter still to come this year, told of in the past, is last year's
        assertThat(tag("Refinery margins widened in the October-December quarter.", AUGUST)).extracting(Timex::value).containsExactly("2016-Q4");
        // months that are no calendar quarter stay two months
        assertThat(tag("Imports in the February-April quarter held steady.", AUGUST)).extracting(Timex::text).containsExactly("February", "April");
    }

    @Test
    void englishEndsOfRelativeYearsDecadesAndRecurrences() {
        assertThat(tag("Rubber prices slumped at the end of last year.", AUGUST)).extracting(Timex::text, Timex::value)
                .containsExactly(tuple("the end of last year", "2016"));
        assertThat(tag("Thailand has led rubber exports since the 1980s, while in the 1970's Malaysia did.", AUGUST))
                .extracting(Timex::text, Timex::value).containsExactly(tuple("the 1980s", "198"), tuple("the 1970's", "197"));
        assertThat(tag("The cooperative pays dividends once a year and holds meetings twice a month.", AUGUST))
                .extracting(Timex::text, Timex::type, Timex::value)
                .containsExactly(tuple("once a year", TimexType.SET, "P1Y"), tuple("twice a month", TimexType.SET, "P1M"));
    }

    @Test
    void aWeekendInAConditionIsTheComingOne() {
        PublicationTime thu = PublicationTime.parse("2020-10-08T09:10+07:00");
        assertThat(tag("\"Kalau sampai akhir pekan hujan tidak turun, sawah kering,\" ujarnya.", thu)).extracting(Timex::value).containsExactly("2020-W41-WE");
        assertThat(tag("Relawan menanam bibit bakau sepanjang akhir pekan.", thu)).extracting(Timex::value).containsExactly("2020-W40-WE");
    }

    @Test
    void bareDaysCountedFromLebaranInItsSeason() {
        // Lebaran 2018 fell on 15 June
        PublicationTime jun = PublicationTime.parse("2018-06-10T14:30+07:00");
        assertThat(tag("Jalur tol fungsional dibuka mulai H-5, dan arus balik diperkirakan memuncak pada H+4.", jun)).extracting(Timex::text, Timex::value)
                .containsExactly(tuple("H-5", "2018-06-10"), tuple("H+4", "2018-06-19"));
        // far from any Lebaran, "H-3" counts from something else the tagger does not know
        assertThat(tag("Surat suara dicetak ulang pada H-3 pemungutan suara.", PublicationTime.parse("2016-02-03"))).isEmpty();
    }

    @Test
    void moreThanADurationAndNotAComparison() {
        PublicationTime sep = PublicationTime.parse("2015-09-30T16:45+07:00");
        assertThat(tag("Antrean di pelabuhan butuh tiga jam lebih, kata sopir truk.", sep)).extracting(Timex::text, Timex::value)
                .containsExactly(tuple("tiga jam lebih", "PT3H"));
        assertThat(tag("Ia menabung setahun lebih untuk membeli motor.", sep)).extracting(Timex::text).containsExactly("setahun lebih");
        assertThat(tag("Bus tiba tiga jam lebih lambat dari jadwal.", sep)).extracting(Timex::text).containsExactly("tiga jam");
    }

    /** Monday 12 October 2015, a Wage; the 13th was Selasa Kliwon, the 14th Rabu Legi, the 4th Minggu Legi. */
    private static final PublicationTime MON_WAGE = PublicationTime.parse("2015-10-12T19:40+07:00");

    @Test
    void javaneseNightsAndMarketDays() {
        // "malam Rabu" is Tuesday night; the market day picks the Tuesday
        assertThat(tag("Jamasan pusaka jatuh pada Selasa Kliwon atau malam Rabu Legi.", MON_WAGE))
                .extracting(Timex::text, Timex::value).contains(tuple("Selasa Kliwon", "2015-10-13"), tuple("malam Rabu Legi", "2015-10-13TNI"));
        assertThat(tag("Latihan karawitan digelar tiap pekan, terakhir pada malam Sabtu.", MON_WAGE)).extracting(Timex::text, Timex::value)
                .contains(tuple("malam Sabtu", "2015-10-09TNI"));
        // the market day moves the date when the plain weekday would be another one
        assertThat(tag("Sesaji dilarung pada Minggu Legi.", MON_WAGE)).extracting(Timex::value).containsExactly("2015-10-04");
    }

    @Test
    void muharramAndTheJavaneseNewYear() {
        assertThat(tag("Tahun ini, 1 Muharram 1437 Hijriah jatuh pada Rabu (14/10).", MON_WAGE)).extracting(Timex::text, Timex::value)
                .containsExactly(tuple("Tahun ini", "2015"), tuple("1 Muharram 1437 Hijriah", "2015-10-14"), tuple("Rabu (14/10)", "2015-10-14"));
        assertThat(tag("Abdi dalem bersiap untuk tapa bisu malam 1 Suro di Yogyakarta.", MON_WAGE)).extracting(Timex::text, Timex::value)
                .containsExactly(tuple("malam 1 Suro", "2015-10-13TNI"));
        assertThat(tag("Libur Tahun Baru Islam membuat tol Cipali padat.", PublicationTime.parse("2019-09-03"))).extracting(Timex::value)
                .containsExactly("2019-09-01");
        // a day of Syawal without its year: the one nearest publication
        assertThat(tag("Syawalan warga kampung digelar pada 6 Syawal.", PublicationTime.parse("2022-05-09"))).extracting(Timex::value)
                .containsExactly("2022-05-07");
    }

    @Test
    void midnightAloneIsOfTheDayTheStorySet() {
        assertThat(tag("Pawai obor digelar Sabtu (10/10) malam. Peserta kembali tengah malam ke masjid.", MON_WAGE)).extracting(Timex::text, Timex::value)
                .containsExactly(tuple("Sabtu (10/10) malam", "2015-10-10TNI"), tuple("tengah malam", "2015-10-10T24:00"));
    }

    @Test
    void duluClosingAClauseIsFirstNotFormerly() {
        PublicationTime feb = PublicationTime.parse("2018-02-05T13:20+07:00");
        assertThat(tag("\"Kami benahi lini pertahanan dulu,\" kata pelatih.", feb)).isEmpty();
        assertThat(tag("Sabar dulu. Datanya masih dihitung.", feb)).isEmpty();
        assertThat(tag("Gedung ini dulu merupakan gudang garam.", feb)).extracting(Timex::value).containsExactly("PAST_REF");
        assertThat(tag("Air sungai itu tidak sejernih dulu.", feb)).extracting(Timex::value).containsExactly("PAST_REF");
        assertThat(tag("\"Dulu kami menimba air, sekarang tinggal buka keran,\" katanya.", feb)).extracting(Timex::value).containsExactly("PAST_REF", "PRESENT_REF");
    }

    @Test
    void erasAndDecadesOfYearsInWords() {
        PublicationTime mar = PublicationTime.parse("2014-03-03T08:50+07:00");
        assertThat(tag("Jembatan peninggalan zaman Belanda itu masih kokoh.", mar)).extracting(Timex::value).containsExactly("PAST_REF");
        assertThat(tag("Warga bertani di lembah itu puluhan tahun, leluhur mereka ratusan tahun.", mar)).extracting(Timex::value).containsExactly("PXDE", "PXCE");
    }

    @Test
    void aFarAheadDayToldAsAnAsideDoesNotDateLaterClockTimes() {
        PublicationTime fri = PublicationTime.parse("2019-12-13T17:10+07:00");
        String text = "Puncak hujan meteor terjadi besok malam.\n"
                + "Hujan meteor sebesar itu baru akan terulang pada 12 Agustus 2027.\n"
                + "Observatorium membuka teropong untuk warga mulai pukul 21.00 WIB.";
        assertThat(tag(text, fri)).extracting(Timex::value).containsExactly("2019-12-14TNI", "2027-08-12", "2019-12-14T21:00");
        // in the same paragraph the day still holds
        assertThat(tag("Pendaftaran lomba dibuka besok. Lomba digelar 7 Juli. Peserta berkumpul pukul 06.30 WIB.", PublicationTime.parse("2022-06-14")))
                .extracting(Timex::value).containsExactly("2022-06-15", "2022-07-07", "2022-07-07T06:30");
    }

    @Test
    void businessCopyQuartersWithTheirYear() {
        assertThat(tag("Pabrik baterai itu ditargetkan beroperasi pada Q3 2026, setelah uji coba di Q1-2026.", AUGUST))
                .extracting(Timex::text, Timex::value).containsExactly(tuple("Q3 2026", "2026-Q3"), tuple("Q1-2026", "2026-Q1"));
        assertThat(tag("Penjualan Audi Q3 naik tipis.", AUGUST)).isEmpty();
        assertThat(tag("Harga Audi Q3 2025 di diler naik tipis.", AUGUST)).extracting(Timex::value).doesNotContain("2025-Q3");
        assertThat(tag("Pada Q3 2025 penjualan naik tipis.", AUGUST)).extracting(Timex::value).containsExactly("2025-Q3");
    }

    @Test
    void theEnglishWeekendWithIndonesianWords() {
        PublicationTime wed = PublicationTime.parse("2023-10-25T10:00+07:00");
        assertThat(tag("Gratis ongkos kirim berlaku weekend ini, padahal weekend lalu toko itu tutup.", wed))
                .extracting(Timex::text, Timex::value).containsExactly(tuple("weekend ini", "2023-W43-WE"), tuple("weekend lalu", "2023-W42-WE"));
    }

    @Test
    void aHolidayWithItsHijriYear() {
        PublicationTime jan = PublicationTime.parse("2023-01-10T08:00+07:00");
        assertThat(tag("Kementerian Agama memperkirakan Iduladha 1445 H jatuh pada pertengahan Juni 2024.", jan))
                .extracting(Timex::text, Timex::value).first().isEqualTo(tuple("Iduladha 1445 H", "2024-06-17"));
        // 1 Muharram 1446 H fell on 7 July 2024
        assertThat(tag("Pawai obor digelar pada malam tahun baru 1446 H, sehari sebelum libur Tahun Baru 1446 Hijriah.", jan))
                .extracting(Timex::text, Timex::value).contains(tuple("malam tahun baru 1446 H", "2024-07-06TNI"), tuple("Tahun Baru 1446 Hijriah", "2024-07-07"));
    }

    @Test
    void aRecurrenceTakesItsTimeOfDay() {
        assertThat(tag("Pasar murah dibuka setiap Sabtu pagi, posyandu melayani setiap hari pukul 08.00 WIB, dan pengajian digelar tiap Kamis jam 7 malam.", AUGUST))
                .extracting(Timex::text, Timex::type, Timex::value).containsExactly(
                        tuple("setiap Sabtu pagi", TimexType.SET, "XXXX-WXX-6TMO"),
                        tuple("setiap hari pukul 08.00 WIB", TimexType.SET, "XXXX-XX-XXT08:00"),
                        tuple("tiap Kamis jam 7 malam", TimexType.SET, "XXXX-WXX-4T19:00"));
    }

    @Test
    void newYearsNightAndItsMidnight() {
        PublicationTime eve = PublicationTime.parse("2019-12-31T10:00+07:00");
        assertThat(tag("Ribuan warga diperkirakan memadati alun-alun untuk merayakan malam tahun baru. Kembang api dinyalakan tepat pukul 00.00 WIB.", eve))
                .extracting(Timex::type, Timex::value).containsExactly(tuple(TimexType.TIME, "2019-12-31TNI"), tuple(TimexType.TIME, "2020-01-01T00:00"));
        // the year written after it is the year the night leads into
        assertThat(tag("Pesta malam tahun baru 2021 ditiadakan karena pandemi.", PublicationTime.parse("2020-11-02")))
                .extracting(Timex::value).containsExactly("2020-12-31TNI");
    }

    @Test
    void takbiranNightIsTheEveOfIdulfitri() {
        // Idulfitri 2024 fell on 10 April
        assertThat(tag("Polisi melarang konvoi kendaraan pada malam takbiran.", PublicationTime.parse("2024-04-05T09:00+07:00")))
                .extracting(Timex::text, Timex::value).containsExactly(tuple("malam takbiran", "2024-04-09TNI"));
    }

    @Test
    void allNightLongIsNotLastNight() {
        assertThat(tag("Warga desa menggelar wayang semalam suntuk di balai desa.", AUGUST)).isEmpty();
    }

    @Test
    void aBoundMonthAfterALaterMonthOfTheSameYearIsInTheNext() {
        PublicationTime jan = PublicationTime.parse("2026-01-14T06:00+07:00");
        assertThat(tag("Kemarau yang melanda sejak Agustus 2025 diperkirakan berlangsung hingga April.", jan))
                .extracting(Timex::value).containsExactly("2025-08", "2026-04");
    }

    @Test
    void aMonthDatedByItsSentenceCarriesTheYearOn() {
        // in July a yearless 19 December would be read as the last one
        String text = "Ujian akhir digelar pada November 2025, dengan ujian susulan pada pekan terakhir November. Rapor dibagikan 19 Desember.";
        assertThat(tag(text, PublicationTime.parse("2025-07-10T10:00+07:00"))).extracting(Timex::value).containsExactly("2025-11", "2025-11", "2025-12-19");
    }

    @Test
    void theNearFutureWithoutItsPreposition() {
        assertThat(tag("Pemerintah akan mengumumkan hasil audit dalam waktu dekat.", AUGUST))
                .extracting(Timex::text, Timex::value).containsExactly(tuple("waktu dekat", "FUTURE_REF"));
    }

    @Test
    void anAdvisoryLooksAhead() {
        PublicationTime wed = PublicationTime.parse("2026-01-14T06:00+07:00");
        assertThat(tag("Pendaki diimbau tidak naik ke puncak pada akhir pekan.", wed)).extracting(Timex::value).containsExactly("2026-W03-WE");
    }

    @Test
    void anAppealIsDatedWhenMadeByADayRightAfterItsAddressee() {
        PublicationTime wed = PublicationTime.parse("2025-05-21T09:00+07:00");
        assertThat(tag("Dinas Perikanan mengimbau para pemilik kapal pada 18 Mei untuk menunda pelayaran.", wed))
                .extracting(Timex::value).containsExactly("2025-05-18");
        assertThat(tag("Wali kota mengimbau pedagang pada Senin agar tidak berjualan di trotoar.", wed))
                .extracting(Timex::value).containsExactly("2025-05-19");
    }
}
