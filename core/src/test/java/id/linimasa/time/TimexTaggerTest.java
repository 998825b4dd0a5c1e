package id.linimasa.time;

import id.linimasa.extract.PublicationTime;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** One group per family of expressions; every sentence is written for this test. */
class TimexTaggerTest {

    private static final TimexTagger TAGGER = new TimexTagger();
    /** Wednesday 29 October 2025. */
    private static final PublicationTime WED = PublicationTime.parse("2025-10-29T10:00+07:00");
    /** Friday 28 February 2025. */
    private static final PublicationTime FRI = PublicationTime.parse("2025-02-28T16:09+07:00");

    private static List<Timex> tag(String text, PublicationTime dct) {
        return TAGGER.tag(text, dct);
    }

    /** The single expression found in the text, as (text, type, value). */
    private static Object[] only(String text, PublicationTime dct) {
        List<Timex> t = tag(text, dct);
        assertThat(t).as("expressions in: %s", text).hasSize(1);
        return new Object[]{t.getFirst().text(), t.getFirst().type(), t.getFirst().value()};
    }

    private static Object[] x(String text, TimexType type, String value) {
        return new Object[]{text, type, value};
    }

    @Nested
    class Weekdays {
        @Test
        void bareWeekdayInPastNewsIsTheMostRecentOneOnOrBeforePublication() {
            assertThat(only("Menteri itu tiba di Surabaya pada hari Senin.", WED)).containsExactly(x("hari Senin", TimexType.DATE, "2025-10-27"));
            assertThat(only("Rapat digelar Rabu di gedung dewan.", WED)).containsExactly(x("Rabu", TimexType.DATE, "2025-10-29"));
        }

        @Test
        void lettersTheRulesFoldAreReadAsTheirPlainForms() {
            // The rules match case-insensitively, so a long s (as OCR or odd fonts produce) matches an s:
            // the values must be worked out from such words too, not fail the page.
            assertThat(only("Rapat digelar 5 Agu\u017Ftu\u017F 2024 di Jakarta.", WED)).containsExactly(x("5 Agu\u017Ftu\u017F 2024", TimexType.DATE, "2024-08-05"));
            assertThat(tag("Laporan itu terbit pada Kami\u017F (27/2), kata Agu\u017Ftinu\u017F.", FRI)).extracting(Timex::value).containsExactly("2025-02-27");
        }

        @Test
        void weekdayWithBracketDate() {
            assertThat(only("Kapal itu tenggelam Selasa (30/12/2014) di Selat Karimata.", WED)).containsExactly(x("Selasa (30/12/2014)", TimexType.DATE, "2014-12-30"));
            assertThat(only("Laporan itu terbit pada Kamis (27/2).", FRI)).containsExactly(x("Kamis (27/2)", TimexType.DATE, "2025-02-27"));
            assertThat(only("Surat dikirim pada Senin(15/8).", PublicationTime.parse("2022-08-15"))).containsExactly(x("Senin(15/8)", TimexType.DATE, "2022-08-15"));
            assertThat(only("Ia berbicara di Jakarta, Rabu, 17 Januari 2024.", WED)).containsExactly(x("Rabu, 17 Januari 2024", TimexType.DATE, "2024-01-17"));
            assertThat(only("Rapat digelar Senin (27 Februari 2023) di Jakarta.", WED)).containsExactly(x("Senin (27 Februari 2023)", TimexType.DATE, "2023-02-27"));
        }

        @Test
        void relativeWeekdays() {
            assertThat(only("Pemimpin itu mengawasi latihan pada Rabu kemarin.", FRI)).containsExactly(x("Rabu kemarin", TimexType.DATE, "2025-02-26"));
            assertThat(only("Gudang itu terbakar Senin lalu.", WED)).containsExactly(x("Senin lalu", TimexType.DATE, "2025-10-27"));
            assertThat(only("Sidang dilanjutkan Jumat depan.", WED)).containsExactly(x("Jumat depan", TimexType.DATE, "2025-10-31"));
            assertThat(only("Rabu lalu harga cabai naik.", WED)).containsExactly(x("Rabu lalu", TimexType.DATE, "2025-10-22"));
            assertThat(only("Para nelayan dibebaskan Kamis besok.", WED)).containsExactly(x("Kamis besok", TimexType.DATE, "2025-10-30"));
            assertThat(only("Sidang perdana digelar Senin (27/10) lalu.", WED)).containsExactly(x("Senin (27/10) lalu", TimexType.DATE, "2025-10-27"));
        }

        @Test
        void aWeekdayInASentenceAboutTheFutureLooksAhead() {
            assertThat(only("Presiden akan meresmikan bendungan itu pada Senin.", WED)).containsExactly(x("Senin", TimexType.DATE, "2025-11-03"));
            assertThat(only("\"Kami tidak akan menyerah,\" katanya Senin.", WED)).containsExactly(x("Senin", TimexType.DATE, "2025-10-27"));
        }

        @Test
        void weekdayWithPartOfDayIsATime() {
            assertThat(only("Gempa terjadi Kamis malam.", FRI)).containsExactly(x("Kamis malam", TimexType.TIME, "2025-02-27TNI"));
            assertThat(only("Banjir datang Selasa (20/5) pagi.", PublicationTime.parse("2025-05-21"))).containsExactly(x("Selasa (20/5) pagi", TimexType.TIME, "2025-05-20TMO"));
        }

        @Test
        void lowerCaseMingguIsAWeek() {
            assertThat(only("Harga beras turun minggu lalu.", WED)).containsExactly(x("minggu lalu", TimexType.DATE, "2025-W43"));
            assertThat(only("Pasar ramai pada hari Minggu.", WED)).containsExactly(x("hari Minggu", TimexType.DATE, "2025-10-26"));
        }
    }

    @Nested
    class CalendarDates {
        @Test
        void dayMonthYearInWordsAndDigits() {
            assertThat(only("Ia dilantik pada 1 Maret 2025.", WED)).containsExactly(x("1 Maret 2025", TimexType.DATE, "2025-03-01"));
            assertThat(only("Dokumen bertanggal 28 Feb 2025 itu bocor.", WED)).containsExactly(x("28 Feb 2025", TimexType.DATE, "2025-02-28"));
            assertThat(only("Data per 30/06/2024 menunjukkan kenaikan.", WED)).containsExactly(x("30/06/2024", TimexType.DATE, "2024-06-30"));
            assertThat(only("The deal was signed on March 3, 2024.", WED)).containsExactly(x("March 3, 2024", TimexType.DATE, "2024-03-03"));
        }

        @Test
        void dayMonthWithoutYearTakesTheYearNearestPublication() {
            assertThat(only("Upacara digelar pada 17 Agustus.", WED)).containsExactly(x("17 Agustus", TimexType.DATE, "2025-08-17"));
            assertThat(only("Laporan keuangan diaudit sejak 20 Desember.", PublicationTime.parse("2025-01-10"))).containsExactly(x("20 Desember", TimexType.DATE, "2024-12-20"));
        }

        @Test
        void monthAndYear() {
            assertThat(only("Invasi dimulai pada Februari 2022.", WED)).containsExactly(x("Februari 2022", TimexType.DATE, "2022-02"));
            assertThat(only("Proyek selesai akhir Februari 2025.", WED)).containsExactly(x("akhir Februari 2025", TimexType.DATE, "2025-02"));
        }

        @Test
        void monthAloneIsTheMostRecentOneUnlessTheTextSaysOtherwise() {
            assertThat(only("Pada bulan Juli, penerbangan langsung dibuka.", WED)).containsExactly(x("bulan Juli", TimexType.DATE, "2025-07"));
            assertThat(only("Harga naik sejak Desember.", WED)).containsExactly(x("Desember", TimexType.DATE, "2024-12"));
            assertThat(only("Pameran akan dibuka pada Desember.", WED)).containsExactly(x("Desember", TimexType.DATE, "2025-12"));
            assertThat(only("Kontrak diteken Oktober lalu.", WED)).containsExactly(x("Oktober lalu", TimexType.DATE, "2024-10"));
            assertThat(tag("Pada 2019 tim itu juara, dan pada Maret mereka pindah.", WED)).extracting(Timex::value).containsExactly("2019", "2019-03");
            assertThat(tag("Puncak kemarau tahun ini terjadi pada Desember.", WED)).extracting(Timex::value).containsExactly("2025", "2025-12");
            assertThat(tag("Bantuan dibagikan pada April, Mei, dan Juni.", PublicationTime.parse("2020-04-14"))).extracting(Timex::value)
                    .containsExactly("2020-04", "2020-05", "2020-06");
        }

        @Test
        void unresolvableMonthWithoutPublicationDate() {
            assertThat(only("Panen dimulai pada bulan Juli.", null)).containsExactly(x("bulan Juli", TimexType.DATE, "XXXX-07"));
        }
    }

    @Nested
    class Years {
        @Test
        void yearsInContext() {
            assertThat(only("Gedung itu dibangun tahun 2007.", WED)).containsExactly(x("tahun 2007", TimexType.DATE, "2007"));
            assertThat(only("Kedua negara bersahabat sejak 1948.", WED)).containsExactly(x("1948", TimexType.DATE, "1948"));
            assertThat(only("Pada 2022, ekspor turun.", WED)).containsExactly(x("2022", TimexType.DATE, "2022"));
            assertThat(only("Musik tahun 1990-an kembali digemari.", WED)).containsExactly(x("tahun 1990-an", TimexType.DATE, "199"));
            assertThat(only("Ia memimpin pada periode 2019/2020.", WED)).containsExactly(x("2019/2020", TimexType.DATE, "2019"));
        }

        @Test
        void yearRangesAreTwoDates() {
            assertThat(tag("Masa jabatan 2019-2024 berakhir.", WED)).extracting(Timex::text, Timex::value)
                    .containsExactly(tuple("2019", "2019"), tuple("2024", "2024"));
        }

        @Test
        void lawNumbersAreNotTimes() {
            assertThat(tag("Hal itu diatur Undang-Undang Nomor 17 Tahun 2003 tentang Keuangan Negara.", WED)).isEmpty();
        }

        @Test
        void countsAreNotYears() {
            assertThat(tag("Sebanyak 2000 orang mengungsi dan 1500 rumah rusak.", WED)).isEmpty();
            assertThat(tag("Lebih dari 600 orang tewas di lintasan sepanjang 1.587 kilometer.", WED)).isEmpty();
            assertThat(tag("Timnas U-17 menang 7-0 atas lawannya.", WED)).isEmpty();
            assertThat(tag("Angin bertiup 60 kilometer per jam.", WED)).isEmpty();
        }
    }

    @Nested
    class ClockAndPartsOfDay {
        @Test
        void clockTimesTakeTheLastDateOfTheText() {
            assertThat(tag("Pesawat hilang Selasa (30/12/2014) pukul 06.14 WIB.", WED)).extracting(Timex::text, Timex::type, Timex::value)
                    .containsExactly(tuple("Selasa (30/12/2014)", TimexType.DATE, "2014-12-30"), tuple("pukul 06.14 WIB", TimexType.TIME, "2014-12-30T06:14"));
            assertThat(only("Rapat dimulai jam 7 malam.", WED)).containsExactly(x("jam 7 malam", TimexType.TIME, "2025-10-29T19:00"));
            assertThat(only("Jenazah tiba pukul 1 siang.", WED)).containsExactly(x("pukul 1 siang", TimexType.TIME, "2025-10-29T13:00"));
        }

        @Test
        void aClockTimeBeforeItsDayTakesThatDay() {
            assertThat(tag("Vihara dibuka pukul 06.00 hingga 20.00 WIB besok.", WED)).extracting(Timex::value)
                    .containsExactly("2025-10-30T06:00", "2025-10-30T20:00", "2025-10-30");
            assertThat(tag("Sidang dibuka Kamis (30/10) pukul 09.00, Jumat (31/10) ditutup.", WED)).extracting(Timex::value)
                    .containsExactly("2025-10-30", "2025-10-30T09:00", "2025-10-31");
        }

        @Test
        void aClockTimeBelongsToTheLastDayNotToAYearMentionedSince() {
            assertThat(tag("Rapat digelar Senin (27/10). Peserta membahas aturan tahun 2003. Rapat ditutup pukul 17.30 WIB.", WED))
                    .extracting(Timex::value).containsExactly("2025-10-27", "2003", "2025-10-27T17:30");
        }

        @Test
        void clockRangesAreTwoTimes() {
            assertThat(tag("Layanan buka pukul 08.00-16.00 WIB.", WED)).extracting(Timex::text, Timex::value)
                    .containsExactly(tuple("pukul 08.00", "2025-10-29T08:00"), tuple("16.00 WIB", "2025-10-29T16:00"));
        }

        @Test
        void partsOfTheDay() {
            assertThat(only("Hujan turun kemarin sore.", WED)).containsExactly(x("kemarin sore", TimexType.TIME, "2025-10-28TAF"));
            assertThat(only("Ia tiba pagi ini.", WED)).containsExactly(x("pagi ini", TimexType.TIME, "2025-10-29TMO"));
            // "tadi malam" is last night (KBBI: malam yang baru lalu); "dini hari tadi" is early this morning.
            assertThat(only("Listrik padam tadi malam.", WED)).containsExactly(x("tadi malam", TimexType.TIME, "2025-10-28TNI"));
            assertThat(only("Listrik padam malam tadi.", WED)).containsExactly(x("malam tadi", TimexType.TIME, "2025-10-28TNI"));
            assertThat(only("Kereta anjlok dini hari tadi.", WED)).containsExactly(x("dini hari tadi", TimexType.TIME, "2025-10-29TNI"));
        }
    }

    @Nested
    class Deictic {
        @Test
        void daysAroundPublication() {
            assertThat(only("Polisi menangkap pelaku kemarin.", WED)).containsExactly(x("kemarin", TimexType.DATE, "2025-10-28"));
            assertThat(only("Sidang ditunda hingga besok.", WED)).containsExactly(x("besok", TimexType.DATE, "2025-10-30"));
            assertThat(only("Jenazah dimakamkan lusa.", WED)).containsExactly(x("lusa", TimexType.DATE, "2025-10-31"));
            assertThat(only("Harga emas hari ini stabil.", WED)).containsExactly(x("hari ini", TimexType.DATE, "2025-10-29"));
        }

        @Test
        void todayInAQuoteIsTheDayItWasSaid() {
            assertThat(tag("\"Hari ini kita membuktikan bahwa laut bisa damai,\" kata Presiden di Jakarta, Selasa (28/10).", WED))
                    .extracting(Timex::text, Timex::value).containsExactly(tuple("Hari ini", "2025-10-28"), tuple("Selasa (28/10)", "2025-10-28"));
            assertThat(tag("Hari ini hujan, kata dia, Selasa (28/10).", WED)).extracting(Timex::value).containsExactly("2025-10-29", "2025-10-28");
        }

        @Test
        void presentPastAndFutureReferences() {
            assertThat(only("Saat ini stok beras aman.", WED)).containsExactly(x("Saat ini", TimexType.DATE, "PRESENT_REF"));
            assertThat(only("Ia kini menjabat gubernur.", WED)).containsExactly(x("kini", TimexType.DATE, "PRESENT_REF"));
            assertThat(only("Sekarang warga bisa mendaftar daring.", WED)).containsExactly(x("Sekarang", TimexType.DATE, "PRESENT_REF"));
            assertThat(only("Kawasan itu dulu hutan.", WED)).containsExactly(x("dulu", TimexType.DATE, "PAST_REF"));
            assertThat(tag("Warga diminta mendaftar terlebih dulu.", WED)).isEmpty();
        }

        @Test
        void weeksMonthsAndYearsAroundPublication() {
            assertThat(only("Harga naik pekan lalu.", WED)).containsExactly(x("pekan lalu", TimexType.DATE, "2025-W43"));
            assertThat(only("Ia pindah bulan ini.", WED)).containsExactly(x("bulan ini", TimexType.DATE, "2025-10"));
            assertThat(only("Pajak naik tahun depan.", WED)).containsExactly(x("tahun depan", TimexType.DATE, "2026"));
            assertThat(only("Rudal itu diuji awal minggu ini.", FRI)).containsExactly(x("awal minggu ini", TimexType.DATE, "2025-W09"));
            assertThat(only("Proyek rampung akhir tahun.", WED)).containsExactly(x("akhir tahun", TimexType.DATE, "2025"));
            assertThat(only("Gaji dibayar pertengahan bulan depan.", WED)).containsExactly(x("pertengahan bulan depan", TimexType.DATE, "2025-11"));
            assertThat(only("Mereka berlibur akhir pekan lalu.", WED)).containsExactly(x("akhir pekan lalu", TimexType.DATE, "2025-W43-WE"));
        }
    }

    @Nested
    class Narrative {
        @Test
        void anchorsCountFromTheLastDateTheTextSet() {
            List<Timex> t = tag("Gempa terjadi pada 28 September 2018. Sehari kemudian bantuan tiba. Saat itu listrik padam. "
                    + "Dua hari sebelumnya warga sudah merasakan getaran.", WED);
            assertThat(t).extracting(Timex::text, Timex::value).containsExactly(tuple("28 September 2018", "2018-09-28"),
                    tuple("Sehari kemudian", "2018-09-29"), tuple("Saat itu", "2018-09-29"), tuple("Dua hari sebelumnya", "2018-09-27"));
        }

        @Test
        void daysAfterAYearInsideAClauseCountFromTheLastDay() {
            assertThat(tag("Polisi menangkap dua tersangka pada Senin (27/10). Keduanya diduga mencuri kabel sejak 2019. "
                    + "Sehari kemudian, polisi menggeledah gudang mereka.", WED)).extracting(Timex::text, Timex::value)
                    .containsExactly(tuple("Senin (27/10)", "2025-10-27"), tuple("2019", "2019"), tuple("Sehari kemudian", "2025-10-28"));
        }

        @Test
        void theSamePeriodAYearBefore() {
            assertThat(tag("Kasus pada Juli 2025 naik dibandingkan bulan yang sama tahun lalu.", WED)).extracting(Timex::text, Timex::value)
                    .containsExactly(tuple("Juli 2025", "2025-07"), tuple("bulan yang sama tahun lalu", "2024-07"));
        }

        @Test
        void daysCountedFromAMonthHaveNoDay() {
            assertThat(tag("Banjir melanda pada Juni 2024. Sebulan kemudian warga pulang. Dua hari kemudian sekolah dibuka.", WED))
                    .extracting(Timex::value).containsExactly("2024-06", "2024-07", "XXXX-XX-XX");
            assertThat(only("The ship sank a year ago.", WED)).containsExactly(x("a year ago", TimexType.DATE, "2024"));
        }

        @Test
        void offsetsFromPublication() {
            assertThat(only("Kebakaran serupa terjadi tiga tahun lalu.", WED)).containsExactly(x("tiga tahun lalu", TimexType.DATE, "2022"));
            assertThat(only("Ia pulang dua hari lalu.", WED)).containsExactly(x("dua hari lalu", TimexType.DATE, "2025-10-27"));
            assertThat(only("Kasus itu terungkap beberapa hari lalu.", WED)).containsExactly(x("beberapa hari lalu", TimexType.DATE, "PAST_REF"));
        }
    }

    @Nested
    class Durations {
        @Test
        void amountsOfTime() {
            assertThat(only("Rapat berlangsung dua jam.", WED)).containsExactly(x("dua jam", TimexType.DURATION, "PT2H"));
            assertThat(only("Perang telah berlangsung selama tiga tahun.", WED)).containsExactly(x("tiga tahun", TimexType.DURATION, "P3Y"));
            assertThat(only("Dalam beberapa bulan terakhir harga naik.", WED)).containsExactly(x("beberapa bulan terakhir", TimexType.DURATION, "PXM"));
            assertThat(only("Ia dipenjara setahun.", WED)).containsExactly(x("setahun", TimexType.DURATION, "P1Y"));
            assertThat(only("Warga menunggu dua puluh lima hari.", WED)).containsExactly(x("dua puluh lima hari", TimexType.DURATION, "P25D"));
            assertThat(only("Proyek itu molor 1,5 tahun.", WED)).containsExactly(x("1,5 tahun", TimexType.DURATION, "P1.5Y"));
            assertThat(only("Antrean mengular berjam-jam.", WED)).containsExactly(x("berjam-jam", TimexType.DURATION, "PTXH"));
            assertThat(only("Ia bekerja lebih dari lima jam.", WED)).containsExactly(x("lebih dari lima jam", TimexType.DURATION, "PT5H"));
            assertThat(only("Penerbangan ditunda 3 jam 15 menit.", WED)).containsExactly(x("3 jam 15 menit", TimexType.DURATION, "PT3H15M"));
            assertThat(only("Ia dihukum dua tahun dan enam bulan.", WED)).containsExactly(x("dua tahun dan enam bulan", TimexType.DURATION, "P2Y6M"));
        }

        @Test
        void whatIsLeftIsADuration() {
            assertThat(only("Masa jabatannya tinggal setahun lagi.", WED)).containsExactly(x("setahun lagi", TimexType.DURATION, "P1Y"));
            assertThat(only("Gedung itu selesai dua tahun lagi.", WED)).containsExactly(x("dua tahun lagi", TimexType.DATE, "2027"));
        }

        @Test
        void dailyLifeIsNotADay() {
            assertThat(tag("Kebutuhan sehari-hari makin mahal.", WED)).isEmpty();
        }
    }

    @Nested
    class SetsSeasonsQuartersHolidays {
        @Test
        void recurrences() {
            assertThat(only("Pasar digelar setiap Senin.", WED)).containsExactly(x("setiap Senin", TimexType.SET, "XXXX-WXX-1"));
            assertThat(only("Laporan dikirim tiap tahun.", WED)).containsExactly(x("tiap tahun", TimexType.SET, "P1Y"));
            assertThat(only("Pemilu digelar lima tahun sekali.", WED)).containsExactly(x("lima tahun sekali", TimexType.SET, "P5Y"));
            assertThat(only("Obat diminum dua kali sehari.", WED)).containsExactly(x("dua kali sehari", TimexType.SET, "P1D"));
            assertThat(only("Bak mandi dikuras seminggu sekali.", WED)).containsExactly(x("seminggu sekali", TimexType.SET, "P1W"));
        }

        @Test
        void seasonsQuartersCenturies() {
            assertThat(only("Serangan meningkat pada musim panas lalu.", WED)).containsExactly(x("musim panas lalu", TimexType.DATE, "2024-SU"));
            assertThat(only("Laba naik pada kuartal III 2023.", WED)).containsExactly(x("kuartal III 2023", TimexType.DATE, "2023-Q3"));
            assertThat(only("Penjualan turun pada paruh pertama 2024.", WED)).containsExactly(x("paruh pertama 2024", TimexType.DATE, "2024-H1"));
            assertThat(only("Defisit melebar pada semester I.", WED)).containsExactly(x("semester I", TimexType.DATE, "2025-H1"));
            assertThat(only("Bangunan itu berdiri sejak abad ke-17.", WED)).containsExactly(x("abad ke-17", TimexType.DATE, "16"));
        }

        @Test
        void holidays() {
            assertThat(only("Toko tutup saat Natal.", WED)).containsExactly(x("Natal", TimexType.DATE, "2025-12-25"));
            assertThat(only("Arus mudik Lebaran tahun lalu padat.", WED)).containsExactly(x("Lebaran tahun lalu", TimexType.DATE, "2024-04-10"));
            assertThat(only("Upacara HUT ke-80 RI digelar di istana.", WED)).containsExactly(x("HUT ke-80 RI", TimexType.DATE, "2025-08-17"));
            assertThat(only("Lomba digelar menyambut HUT RI ke-79.", WED)).containsExactly(x("HUT RI ke-79", TimexType.DATE, "2024-08-17"));
            assertThat(tag("Perayaan Tahun Baru Imlek berlangsung meriah.", WED)).isEmpty();
        }
    }

    @Test
    void rangesOfDaysShareTheirMonthAndYear() {
        assertThat(tag("Pameran digelar 1-3 Maret 2025.", WED)).extracting(Timex::text, Timex::value)
                .containsExactly(tuple("1", "2025-03-01"), tuple("3 Maret 2025", "2025-03-03"));
    }

    @Test
    void spansPointIntoTheText() {
        String text = "Pada 2024, kedua negara menandatangani perjanjian. Kamis (27/2) delegasi tiba.";
        for (Timex t : tag(text, FRI)) assertThat(t.span().of(text)).isEqualTo(t.text());
    }

    @Nested
    class OrdinalDaysErasAndRamadan {
        /** Monday 18 March 2024, in the first week of Ramadan 1445 H (which began on 12 March). */
        private static final PublicationTime RAMADAN = PublicationTime.parse("2024-03-18T05:00+07:00");

        @Test
        void ordinalDayTakesTheDayItsSentenceNamesElsePublication() {
            assertThat(tag("Indonesia menambah emas pada hari ketiga SEA Games, Senin (27/10).", WED))
                    .extracting(Timex::text, Timex::value).containsExactly(tuple("hari ketiga", "2025-10-27"), tuple("Senin (27/10)", "2025-10-27"));
            assertThat(only("Pencarian hari ke-5 difokuskan di selatan pulau.", WED)).containsExactly(x("hari ke-5", TimexType.DATE, "2025-10-29"));
        }

        @Test
        void ramadanDaysWeeksAndMonth() {
            assertThat(only("Harga cabai naik sejak hari ketiga puasa.", RAMADAN)).containsExactly(x("hari ketiga puasa", TimexType.DATE, "2024-03-14"));
            assertThat(only("Harga naik memasuki pekan kedua Ramadan.", RAMADAN)).containsExactly(x("pekan kedua Ramadan", TimexType.DATE, "2024-W12"));
            assertThat(only("Permintaan melambat selama bulan puasa.", PublicationTime.parse("2010-04-22"))).containsExactly(x("bulan puasa", TimexType.DATE, "2010-08"));
            assertThat(tag("Ia berpuasa dan ikut buka puasa bersama.", RAMADAN)).isEmpty();
        }

        @Test
        void namedErasArePast() {
            assertThat(only("Kebebasan pers dibatasi pada masa Orde Baru.", WED)).containsExactly(x("masa Orde Baru", TimexType.DATE, "PAST_REF"));
        }

        @Test
        void habitualPartsOfDayAndHolidaysAreNotDated() {
            assertThat(only("Kami mengungsi kalau hujan turun sore hari.", WED)).containsExactly(x("sore hari", TimexType.TIME, "XXXX-XX-XXTAF"));
            assertThat(tag("Harga daging naik tiap menjelang Lebaran.", WED)).isEmpty();
            assertThat(tag("Pedagang biasanya berjualan sejak pagi.", WED)).extracting(Timex::value).containsExactly("XXXX-XX-XXTMO");
            assertThat(only("Warga berolahraga setiap pagi di alun-alun.", WED)).containsExactly(x("setiap pagi", TimexType.SET, "XXXX-XX-XXTMO"));
            assertThat(tag("Hari pertama sekolah selalu menegangkan bagi anak-anak.", WED)).isEmpty();
            assertThat(tag("Kenaikan serupa terjadi setiap tahun menjelang Lebaran.", WED)).extracting(Timex::text).containsExactly("setiap tahun");
        }

        @Test
        void partOfDayBeforeADateAndAsTheBoundOfAStretch() {
            assertThat(only("Korban dibunuh pada malam 17 Maret 2012.", WED)).containsExactly(x("malam 17 Maret 2012", TimexType.TIME, "2012-03-17TNI"));
            assertThat(tag("Tim dayung bertanding Senin sejak pagi hingga tengah malam.", WED)).extracting(Timex::text, Timex::value)
                    .containsExactly(tuple("Senin", "2025-10-27"), tuple("pagi", "2025-10-27TMO"), tuple("tengah malam", "2025-10-27T24:00"));
            assertThat(tag("Ia datang pagi dan pergi malam.", WED)).isEmpty();
        }

        @Test
        void nightTimeToldAfterTheNextMorningBelongsToTheNightBefore() {
            assertThat(tag("Pasar terbakar Jumat (24/10) malam dan api padam keesokan paginya. Laporan pertama masuk pukul 22.05 WIB.", WED))
                    .extracting(Timex::value).containsExactly("2025-10-24TNI", "2025-10-25TMO", "2025-10-24T22:05");
            assertThat(tag("Rapat dimulai Senin pagi dan ditutup pukul 21.00 WIB.", WED)).extracting(Timex::value)
                    .containsExactly("2025-10-27TMO", "2025-10-27T21:00");
        }

        @Test
        void partOfDayAfterARecurrenceIsAnyDay() {
            assertThat(tag("Latihan digelar dua kali sehari, yakni pagi dan sore hari.", WED)).extracting(Timex::text, Timex::value)
                    .containsExactly(tuple("dua kali sehari", "P1D"), tuple("pagi", "XXXX-XX-XXTMO"), tuple("sore hari", "XXXX-XX-XXTAF"));
        }

        @Test
        void deixisInAQuotationCountsFromTheDateOfAnAttributionBeforeIt() {
            assertThat(tag("Presiden, Senin (20/10), mengatakan, \"Hari ini kita mulai bekerja.\"", WED)).extracting(Timex::value)
                    .containsExactly("2025-10-20", "2025-10-20");
            assertThat(tag("Senin (20/10) rapat digelar. \"Hari ini kami libur,\" kata seorang guru.", WED)).extracting(Timex::value)
                    .containsExactly("2025-10-20", "2025-10-29");
        }

        @Test
        void dayAndMonthRightAfterADatedPastSentenceStayInItsYear() {
            assertThat(tag("Rupiah jatuh pada Juni 1998. Mahasiswa menduduki gedung DPR sejak 18 Mei.", WED)).extracting(Timex::value)
                    .containsExactly("1998-06", "1998-05-18");
            assertThat(tag("Longsor besar terjadi pada Januari 2006 dan menewaskan 76 orang. Status darurat berlaku selama 14 hari sejak 27 Oktober.", WED))
                    .extracting(Timex::value).containsExactly("2006-01", "P14D", "2025-10-27");
        }

        @Test
        void clockTimeInANewParagraphLeavesTheBackgroundForTheDayOfTheNews() {
            String text = "Hakim menjatuhkan vonis Rabu (29/10).\nTerdakwa membunuh korban pada 17 Maret 2025. Korban ditemukan keesokan harinya.\n"
                    + "Sidang dimulai pukul 10.00 WITA.";
            assertThat(tag(text, WED)).extracting(Timex::value).containsExactly("2025-10-29", "2025-03-17", "2025-03-18", "2025-10-29T10:00");
            assertThat(tag("Warga memilih Rabu (22/10).\nTPS dibuka pukul 07.00 WIB.", WED)).extracting(Timex::value)
                    .containsExactly("2025-10-22", "2025-10-22T07:00");
        }

        @Test
        void clockTimeFollowedByTadiIsToday() {
            assertThat(tag("Gempa terjadi Minggu (26/10). BMKG mencatat 130 gempa susulan hingga pukul 06.00 WITA tadi.", WED))
                    .extracting(Timex::value).containsExactly("2025-10-26", "2025-10-29T06:00");
        }

        @Test
        void weekdayWithABracketRangeAndQuarterWithSlashYear() {
            assertThat(tag("Pameran digelar Senin-Rabu (27-29/10).", WED)).extracting(Timex::text, Timex::value)
                    .containsExactly(tuple("Senin", "2025-10-27"), tuple("Rabu (27-29/10)", "2025-10-29"));
            assertThat(tag("Pameran digelar Senin-Rabu (3-5/11).", WED)).extracting(Timex::text, Timex::value)
                    .containsExactly(tuple("Senin", "2025-11-03"), tuple("Rabu (3-5/11)", "2025-11-05"));
            assertThat(only("Penjualan kuartal I/2010 naik.", WED)).containsExactly(x("kuartal I/2010", TimexType.DATE, "2010-Q1"));
        }
    
        @Test
        void saidOnAWeekdayIsPastEvenInASentenceAboutTheFuture() {
            assertThat(tag("The ministry will cut fuel subsidies next year, an official said on Tuesday.", WED))
                    .extracting(Timex::text, Timex::value).containsExactly(tuple("next year", "2026"), tuple("Tuesday", "2025-10-28"));
        }

        @Test
        void aWeekdayInAConditionLooksAhead() {
            assertThat(only("\"Kalau Jumat dia tidak datang, kami jemput paksa,\" ujar jaksa.", WED)).containsExactly(x("Jumat", TimexType.DATE, "2025-10-31"));
            // A comparison is no condition.
            assertThat(only("Harga turun jika dibandingkan dengan Senin.", WED)).containsExactly(x("Senin", TimexType.DATE, "2025-10-27"));
        }

        @Test
        void aMonthInASentenceAboutWhatUsuallyHappensIsAnyYears() {
            assertThat(tag("Di daerah itu banjir biasanya datang pada Januari dan Februari.", WED)).extracting(Timex::value).containsExactly("XXXX-01", "XXXX-02");
            assertThat(tag("Sejak itu lomba perahu digelar setiap tahun pada bulan Agustus.", WED)).extracting(Timex::value).containsExactly("P1Y", "XXXX-08");
            assertThat(only("Warga rutin mengungsi sejak Juli.", WED)).containsExactly(x("Juli", TimexType.DATE, "2025-07"));
        }

        @Test
        void aMonthAsTheEndOfAStretchIsTheNearestOne() {
            assertThat(only("\"Our stocks are safe until March,\" the minister said.", PublicationTime.parse("2011-01-20"))).containsExactly(x("March", TimexType.DATE, "2011-03"));
            assertThat(only("Harga bertahan hingga Agustus.", WED)).containsExactly(x("Agustus", TimexType.DATE, "2025-08"));
        }

        @Test
        void aDayMonthsAheadIsMeantOnlyWhenTheSentenceSpeaksOfTheFuture() {
            PublicationTime nov = PublicationTime.parse("2020-11-25");
            assertThat(only("Kasus pertama diumumkan pada 2 Maret.", nov)).containsExactly(x("2 Maret", TimexType.DATE, "2020-03-02"));
            assertThat(only("Vaksinasi akan dimulai pada 2 Maret.", nov)).containsExactly(x("2 Maret", TimexType.DATE, "2021-03-02"));
            assertThat(only("Warga memilih pada 9 Desember.", nov)).containsExactly(x("9 Desember", TimexType.DATE, "2020-12-09"));
        }

        @Test
        void aComparisonOrAFutureSentenceDoesNotCarryTheYearOfTheSentenceBefore() {
            PublicationTime jun = PublicationTime.parse("2008-06-02");
            assertThat(tag("Inflasi Mei 2008 tertinggi sejak Oktober 2005. Harga BBM naik pada 24 Mei.", jun)).extracting(Timex::value)
                    .containsExactly("2008-05", "2005-10", "2008-05-24");
            PublicationTime sep = PublicationTime.parse("2024-09-15");
            assertThat(tag("Persija terakhir kalah pada Juli 2023. Liga dimulai pada 9 Agustus dan dijadwalkan berakhir pada Mei 2025.", sep))
                    .extracting(Timex::value).containsExactly("2023-07", "2024-08-09", "2025-05");
        }

        @Test
        void untilMorningAfterANightIsTheNextMorning() {
            assertThat(tag("Gempa terjadi Rabu (22/10) pukul 23.40 WIT. Warga bertahan di lapangan selama beberapa menit hingga pagi.", WED))
                    .extracting(Timex::value).containsExactly("2025-10-22", "2025-10-22T23:40", "PTXM", "2025-10-23TMO");
            assertThat(tag("Hujan turun Selasa (28/10) siang dan berlangsung hingga sore.", WED)).extracting(Timex::value)
                    .containsExactly("2025-10-28TMI", "2025-10-28TAF");
            assertThat(tag("Sidang pada 21 Oktober berlangsung hingga dini hari.", WED)).extracting(Timex::value)
                    .containsExactly("2025-10-21", "2025-10-22TNI");
        }

        @Test
        void minutesOrHoursAfterAClockTimeAreAClockTime() {
            assertThat(tag("Pesawat lepas landas Senin (27/10) pukul 08.35 WIT dan dijadwalkan mendarat 45 menit kemudian.", WED))
                    .extracting(Timex::text, Timex::type, Timex::value).containsExactly(tuple("Senin (27/10)", TimexType.DATE, "2025-10-27"),
                            tuple("pukul 08.35 WIT", TimexType.TIME, "2025-10-27T08:35"), tuple("45 menit kemudian", TimexType.TIME, "2025-10-27T09:20"));
            assertThat(only("Kapal itu tenggelam setelah berlayar selama tiga jam.", WED)).containsExactly(x("tiga jam", TimexType.DURATION, "PT3H"));
        }

        @Test
        void aClockTimeOfWhatIsDoneDoesNotTakeADayStillToCome() {
            assertThat(tag("Tiket dijual Rabu (29/10) untuk keberangkatan 20 Desember. Hingga pukul 11.00 WIB, 5.000 tiket telah terjual.", WED))
                    .extracting(Timex::value).containsExactly("2025-10-29", "2025-12-20", "2025-10-29T11:00");
        }

        @Test
        void aCountWithinTheLastStretchIsNoRecurrence() {
            assertThat(only("Target itu direvisi dua kali dalam tiga bulan terakhir.", WED)).containsExactly(x("tiga bulan terakhir", TimexType.DURATION, "P3M"));
            assertThat(only("Bantuan dikirim dua kali dalam sebulan.", WED)).containsExactly(x("dua kali dalam sebulan", TimexType.SET, "P1M"));
        }

        @Test
        void theNthDayCountsFromTheDaySomethingBegan() {
            PublicationTime sat = PublicationTime.parse("2023-06-17T20:00+07:00");
            assertThat(tag("Festival digelar mulai Jumat (16/6/2023) hingga Minggu (18/6/2023). Pengunjung ramai pada hari kedua. "
                    + "Pada hari pertama, pengunjung datang sejak sore hingga pukul 22.00 WIB.", sat)).extracting(Timex::value)
                    .containsExactly("2023-06-16", "2023-06-18", "2023-06-17", "2023-06-16", "2023-06-16TAF", "2023-06-16T22:00");
        }

        @Test
        void newYearAfterChristmasAndHolidaysInAFutureSentence() {
            PublicationTime jun = PublicationTime.parse("2023-06-17");
            assertThat(tag("Pasar diperkirakan ramai hingga akhir tahun menjelang libur Natal dan Tahun Baru.", jun)).extracting(Timex::value)
                    .containsExactly("2023", "2023-12-25", "2024-01-01");
            assertThat(only("Pemerintah berencana menambah kereta untuk Tahun Baru.", jun)).containsExactly(x("Tahun Baru", TimexType.DATE, "2024-01-01"));
            // Idul Fitri is tabulated from 2008.
            assertThat(tag("Tahun lalu, pemudik memadati stasiun menjelang Lebaran.", PublicationTime.parse("2015-04-28")))
                    .extracting(Timex::value).containsExactly("2014", "2014-07-28");
        }

        @Test
        void englishQuartersHalvesAndDayRanges() {
            PublicationTime oct = PublicationTime.parse("2022-10-05");
            assertThat(only("Inflation is expected to peak in the fourth quarter.", oct)).containsExactly(x("the fourth quarter", TimexType.DATE, "2022-Q4"));
            assertThat(only("Sales fell in the first half of last year.", oct)).containsExactly(x("the first half of last year", TimexType.DATE, "2021-H1"));
            assertThat(tag("The board will meet on Oct. 19-20.", oct)).extracting(Timex::text, Timex::value)
                    .containsExactly(tuple("Oct. 19", "2022-10-19"), tuple("20", "2022-10-20"));
        }
    
        @Test
        void nyepiAndEarlierEidsAreTabulated() {
            PublicationTime mar = PublicationTime.parse("2024-03-09T10:00+08:00");
            assertThat(only("Bandara ditutup saat Hari Raya Nyepi.", mar)).containsExactly(x("Hari Raya Nyepi", TimexType.DATE, "2024-03-11"));
            assertThat(only("Jalan tol padat menyusul libur Idul Adha.", PublicationTime.parse("2017-09-05"))).containsExactly(x("Idul Adha", TimexType.DATE, "2017-09-01"));
        }

        @Test
        void theStoryGoesOnFromTheDayBeforeOrAfterANamedDay() {
            PublicationTime mar = PublicationTime.parse("2024-03-09T10:00+08:00");
            assertThat(tag("Sehari sebelum Nyepi, warga menggelar pawai pada malam hari.", mar)).extracting(Timex::value)
                    .containsExactly("P1D", "2024-03-11", "2024-03-10TNI");
            assertThat(tag("Dua hari setelah Rabu (22/10), warga kembali ke rumah sejak pagi.", WED)).extracting(Timex::value)
                    .containsExactly("P2D", "2025-10-22", "2025-10-24TMO");
        }

        @Test
        void theSameMonthOrYearAsTheStory() {
            assertThat(tag("Hasil ujian diumumkan pada pertengahan Juni 2010. Ujian susulan digelar pada bulan yang sama.", WED)).extracting(Timex::value)
                    .containsExactly("2010-06", "2010-06");
            // Without a month set by the text there is nothing to be the same as.
            assertThat(tag("Ujian susulan digelar pada bulan yang sama.", WED)).isEmpty();
        }

        @Test
        void aBareWeekendEarlyInTheWeekIsTheOneJustPast() {
            PublicationTime mon = PublicationTime.parse("2023-10-09T08:00+07:00");
            assertThat(only("Serangan udara berlangsung sepanjang akhir pekan.", mon)).containsExactly(x("akhir pekan", TimexType.DATE, "2023-W40-WE"));
            assertThat(only("Pasar malam akan dibuka akhir pekan.", mon)).containsExactly(x("akhir pekan", TimexType.DATE, "2023-W41-WE"));
            assertThat(only("Pengunjung ramai karena akhir pekan.", PublicationTime.parse("2023-06-17"))).containsExactly(x("akhir pekan", TimexType.DATE, "2023-W24-WE"));
        }

        @Test
        void endOfAQuarter() {
            assertThat(only("Tekanan jual berlanjut hingga akhir kuartal I.", PublicationTime.parse("2025-03-18"))).containsExactly(x("akhir kuartal I", TimexType.DATE, "2025-Q1"));
        }
    
        @Test
        void partsOfTheDaySpellingOutARecurrenceAreAnyDays() {
            assertThat(tag("\"Kami berlatih dua kali sehari, pagi dan sore,\" kata pelatih.", WED)).extracting(Timex::text, Timex::value)
                    .containsExactly(tuple("dua kali sehari", "P1D"), tuple("pagi", "XXXX-XX-XXTMO"), tuple("sore", "XXXX-XX-XXTAF"));
            // Without the recurrence, a bare "pagi" is no time.
            assertThat(tag("Mereka datang pagi dan pulang sore.", WED)).isEmpty();
        }

        @Test
        void aMorningClockTimeAfterANightInTheSameSentenceIsTheNextMorning() {
            PublicationTime sun = PublicationTime.parse("2021-12-05T09:40+07:00");
            assertThat(tag("Pencarian dihentikan tadi malam karena hujan dan dilanjutkan pukul 07.00 WIB.", sun)).extracting(Timex::value)
                    .containsExactly("2021-12-04TNI", "2021-12-05T07:00");
        }

        @Test
        void englishRatesUnitsAndModifiers() {
            PublicationTime dec = PublicationTime.parse("2013-12-30T10:00+07:00");
            assertThat(tag("The new wage of Rp 2.44 million a month was the largest rise in more than a decade.", dec))
                    .extracting(Timex::text, Timex::type, Timex::value)
                    .containsExactly(tuple("a month", TimexType.SET, "P1M"), tuple("more than a decade", TimexType.DURATION, "P1DE"));
            assertThat(only("Workers asked to delay the increase until mid-2014.", dec)).containsExactly(x("mid-2014", TimexType.DATE, "2014"));
            assertThat(only("Earlier this month, Bekasi set its wage.", dec)).containsExactly(x("Earlier this month", TimexType.DATE, "2013-12"));
            // "a month" with nothing to measure is not tagged.
            assertThat(tag("It was a month of protests.", dec)).isEmpty();
        }

        @Test
        void everySundayCapitalisedIsAWeekday() {
            assertThat(only("Jalan itu ditutup setiap Minggu.", WED)).containsExactly(x("setiap Minggu", TimexType.SET, "XXXX-WXX-7"));
            assertThat(only("Rapat digelar setiap minggu.", WED)).containsExactly(x("setiap minggu", TimexType.SET, "P1W"));
        }

        @Test
        void expectedIsAFutureCue() {
            PublicationTime jul = PublicationTime.parse("2024-07-17");
            assertThat(only("The Fed diperkirakan mulai memangkas suku bunga pada September.", jul)).containsExactly(x("September", TimexType.DATE, "2024-09"));
            assertThat(only("Harga beras naik pada September.", jul)).containsExactly(x("September", TimexType.DATE, "2023-09"));
        }
    
        @Test
        void hijriDatesOfTheTabulatedMonths() {
            PublicationTime apr = PublicationTime.parse("2024-04-08T20:30+07:00");
            assertThat(only("Pemerintah menetapkan 1 Syawal 1445 Hijriah lewat sidang isbat.", apr)).containsExactly(x("1 Syawal 1445 Hijriah", TimexType.DATE, "2024-04-10"));
            assertThat(only("Puasa dimulai 1 Ramadhan 1446 H.", apr)).containsExactly(x("1 Ramadhan 1446 H", TimexType.DATE, "2025-03-01"));
            assertThat(only("Salat Id digelar 10 Dzulhijjah 1444 H.", apr)).containsExactly(x("10 Dzulhijjah 1444 H", TimexType.DATE, "2023-06-29"));
            // Months we do not tabulate stay untagged rather than guessed.
            assertThat(tag("Peringatan 12 Rabiul Awal 1446 H berlangsung khidmat.", apr)).isEmpty();
        }

        @Test
        void theDayOfSayingDoesNotDateTheStorysClockTimes() {
            PublicationTime sat = PublicationTime.parse("2018-09-29T14:00+08:00");
            assertThat(tag("A quake struck Sulawesi on Friday, killing 384 people, officials said on Saturday. It hit at 6:02 p.m. "
                    + "A tsunami warning was lifted 34 minutes later.", sat)).extracting(Timex::text, Timex::value)
                    .containsExactly(tuple("Friday", "2018-09-28"), tuple("Saturday", "2018-09-29"), tuple("6:02 p.m.", "2018-09-28T18:02"),
                            tuple("34 minutes later", "2018-09-28T18:36"));
        }

        @Test
        void englishComingDays() {
            assertThat(only("The toll is likely to rise in the coming days.", WED)).containsExactly(x("the coming days", TimexType.DURATION, "PXD"));
        }
    
        @Test
        void quartersWithAHyphenatedYear() {
            assertThat(tag("Ekonomi triwulan III-2024 tumbuh dibandingkan triwulan III-2023 dan semester I-2024.", WED)).extracting(Timex::text, Timex::value)
                    .containsExactly(tuple("triwulan III-2024", "2024-Q3"), tuple("triwulan III-2023", "2023-Q3"), tuple("semester I-2024", "2024-H1"));
        }

        @Test
        void daysCountedToAHoliday() {
            PublicationTime mar = PublicationTime.parse("2025-03-24T10:00+07:00");
            assertThat(only("Puncak arus mudik diprediksi terjadi pada H-3 Lebaran.", mar)).containsExactly(x("H-3 Lebaran", TimexType.DATE, "2025-03-28"));
            assertThat(tag("Tahun lalu, arus balik memuncak pada H+2 Lebaran.", mar)).extracting(Timex::value).containsExactly("2024", "2024-04-12");
        }

        @Test
        void policeHoursAndDifferences() {
            assertThat(only("Polisi memberi waktu 2 x 24 jam kepada pelaku.", WED)).containsExactly(x("2 x 24 jam", TimexType.DURATION, "PT48H"));
            assertThat(only("Pelaku wajib lapor 1x24 jam.", WED)).containsExactly(x("1x24 jam", TimexType.DURATION, "PT24H"));
            assertThat(only("Exports were banned two years earlier than planned.", WED)).containsExactly(x("two years", TimexType.DURATION, "P2Y"));
            assertThat(only("Demand will double over the next decade.", WED)).containsExactly(x("the next decade", TimexType.DURATION, "P1DE"));
        }
    
        @Test
        void yesterdayWithItsDateInBrackets() {
            assertThat(only("Jaksa menahan dua tersangka, kemarin (28/10).", WED)).containsExactly(x("kemarin (28/10)", TimexType.DATE, "2025-10-28"));
        }

        @Test
        void fiscalYearsEarlyMorningsAndNewYearsEve() {
            assertThat(only("Sepanjang tahun buku 2024, laba naik.", WED)).containsExactly(x("tahun buku 2024", TimexType.DATE, "2024"));
            assertThat(tag("Upacara digelar Sabtu (25/10). Sebagian tamu berangkat dini hari.", WED)).extracting(Timex::value)
                    .containsExactly("2025-10-25", "2025-10-25TNI");
            assertThat(only("Hujan turun mulai siang.", WED)).containsExactly(x("siang", TimexType.TIME, "2025-10-29TMI"));
            assertThat(only("Pada malam pergantian tahun, hujan deras mengguyur Jakarta.", PublicationTime.parse("2023-01-02")))
                    .containsExactly(x("malam pergantian tahun", TimexType.TIME, "2022-12-31TNI"));
        }

        @Test
        void partOfThatDayAfterAYearTakesTheStorysLastDay() {
            assertThat(tag("Upacara digelar Sabtu (25/10). Pembangunan dimulai pada 2022. Bendera diturunkan sore harinya.", WED))
                    .extracting(Timex::value).containsExactly("2025-10-25", "2022", "2025-10-25TAF");
        }
    
        @Test
        void theDayACauseBeganIsBackgroundToTheDayOfTheNews() {
            assertThat(tag("Banjir menerjang Senin (27/10) siang, setelah hujan mengguyur sejak Minggu sore. Air masuk rumah pukul 13.15 WIT.", WED))
                    .extracting(Timex::value).containsExactly("2025-10-27TMI", "2025-10-26TAF", "2025-10-27T13:15");
        }

        @Test
        void aZoneAfterAWeekdayAndItsPartOfTheDay() {
            assertThat(only("Madrid menang pada Rabu (29/10/2025) dini hari WIB.", WED)).containsExactly(x("Rabu (29/10/2025) dini hari WIB", TimexType.TIME, "2025-10-29TNI"));
            // "waktu setempat" stays outside, as the dev set annotates it.
            assertThat(only("Pasukan masuk pada Senin (27/10) dini hari waktu setempat.", WED)).containsExactly(x("Senin (27/10) dini hari", TimexType.TIME, "2025-10-27TNI"));
        }

        @Test
        void englishLateLastYearAndAYearEarlierThanAMonth() {
            PublicationTime mar = PublicationTime.parse("2023-03-08");
            assertThat(only("The government issued it late last year.", mar)).containsExactly(x("late last year", TimexType.DATE, "2022"));
            assertThat(tag("Unemployment was 5.86 percent in August 2022, down from 6.49 percent a year earlier.", mar)).extracting(Timex::value)
                    .containsExactly("2022-08", "2021-08");
        }
    
        @Test
        void aDeadlineStillToComeIsNotTheDayOfAClockTime() {
            assertThat(tag("Tanggul jebol Minggu (26/10) dini hari. Status darurat berlaku hingga 10 November. \"Air masuk rumah pukul 02.00,\" kata warga.", WED))
                    .extracting(Timex::value).containsExactly("2025-10-26TNI", "2025-11-10", "2025-10-26T02:00");
            // A clock time right after its own day keeps it.
            assertThat(tag("Bandara ditutup mulai Senin (27/10) pukul 06.00 WITA hingga Selasa (28/10) pukul 06.00 WITA.", WED))
                    .extracting(Timex::value).containsExactly("2025-10-27", "2025-10-27T06:00", "2025-10-28", "2025-10-28T06:00");
        }

        @Test
        void untilAWeekdayIsTheNearestOne() {
            PublicationTime fri = PublicationTime.parse("2010-11-05");
            assertThat(only("Flights were suspended until Saturday.", fri)).containsExactly(x("Saturday", TimexType.DATE, "2010-11-06"));
            assertThat(only("Pencarian berlangsung hingga Kamis.", fri)).containsExactly(x("Kamis", TimexType.DATE, "2010-11-04"));
        }

        @Test
        void eraOfADecadeAndTargetsAhead() {
            assertThat(only("Tanggul itu dibangun pada era 1980-an.", WED)).containsExactly(x("era 1980-an", TimexType.DATE, "198"));
            assertThat(only("Pemerintah menargetkan vaksinasi massal mulai Juli.", PublicationTime.parse("2021-06-24")))
                    .containsExactly(x("Juli", TimexType.DATE, "2021-07"));
        }
    
        @Test
        void thatNoonIsTheStorysDayNotTheReportsPresent() {
            PublicationTime tue = PublicationTime.parse("2022-11-22T08:00+07:00");
            assertThat(tag("Gempa mengguncang Cianjur, Senin (21/11/2022). Hingga pagi ini, korban tercatat 162 orang. "
                    + "Sebagian besar korban sedang belajar di sekolah siang itu.", tue)).extracting(Timex::value)
                    .containsExactly("2022-11-21", "2022-11-22TMO", "2022-11-21TMI");
        }

        @Test
        void englishLaterThatDay() {
            assertThat(tag("Voting closed on Wednesday. Quick counts released later that day put him ahead.", PublicationTime.parse("2024-02-15")))
                    .extracting(Timex::text, Timex::value).containsExactly(tuple("Wednesday", "2024-02-14"), tuple("later that day", "2024-02-14"));
        }

        @Test
        void aDayAndMonthInAFutureSentenceIsTheComingOne() {
            assertThat(only("The new president will be sworn in on Oct. 20.", PublicationTime.parse("2024-02-15")))
                    .containsExactly(x("Oct. 20", TimexType.DATE, "2024-10-20"));
        }

        @Test
        void aWeekdaysDateIsInTheYearWhereItHasThatWeekdayWhateverTheTense() {
            PublicationTime fri = PublicationTime.parse("2023-12-15T09:00+07:00");
            assertThat(only("Kedua menteri sepakat tidak akan menambah pasukan, usai bertemu di perbatasan, Kamis (14/12).", fri))
                    .containsExactly(x("Kamis (14/12)", TimexType.DATE, "2023-12-14"));
            assertThat(only("Kedua menteri akan bertemu lagi di perbatasan, Kamis (12/12).", fri))
                    .containsExactly(x("Kamis (12/12)", TimexType.DATE, "2024-12-12"));
        }

        @Test
        void aQuotationsYearStaysInIt() {
            PublicationTime sat = PublicationTime.parse("2016-07-30");
            assertThat(tag("\"Tahun lalu pengunjung mencapai 40.000 orang,\" kata ketua panitia, Jumat (29/7).", sat)).extracting(Timex::value)
                    .containsExactly("2015", "2016-07-29");
        }

        @Test
        void aBareWeekdayTheTextHasDatedIsThatDay() {
            PublicationTime sat = PublicationTime.parse("2016-07-30");
            assertThat(tag("Festival berlangsung hingga Minggu (7/8). Festival ditutup dengan kembang api pada Minggu malam.", sat)).extracting(Timex::value)
                    .containsExactly("2016-08-07", "2016-08-07TNI");
        }
    
        @Test
        void daysListedBeforeTheirMonthAndTheWeekdayAHolidayFallsOn() {
            PublicationTime apr = PublicationTime.parse("2024-04-08T20:30+07:00");
            assertThat(tag("Cuti bersama jatuh pada 8, 9, 12, dan 15 April.", apr)).extracting(Timex::text, Timex::value)
                    .containsExactly(tuple("8", "2024-04-08"), tuple("9", "2024-04-09"), tuple("12", "2024-04-12"), tuple("15 April", "2024-04-15"));
            assertThat(tag("Idul Fitri tahun ini jatuh pada hari Rabu.", apr)).extracting(Timex::value).containsExactly("2024-04-10", "2024-04-10");
            // Numbers that count things before "dan" are not days.
            assertThat(tag("Tim itu menang 3-0 dan 15 April menjadi hari bersejarah.", apr)).extracting(Timex::text).containsExactly("15 April");
        }
    
        @Test
        void weeksOfTheYearEndsOfMonthsAndListedRecurringWeekdays() {
            PublicationTime may = PublicationTime.parse("2024-05-22");
            assertThat(tag("Kasus DBD dicatat sejak awal tahun hingga pekan ke-20.", may)).extracting(Timex::text, Timex::value)
                    .containsExactly(tuple("awal tahun", "2024"), tuple("pekan ke-20", "2024-W20"));
            // A matchweek is no week of the year.
            assertThat(tag("Persib menang pada pekan ke-20 Liga 1.", may)).isEmpty();
            assertThat(only("The rule is expected to take effect by the end of March.", PublicationTime.parse("2025-02-11")))
                    .containsExactly(x("the end of March", TimexType.DATE, "2025-03"));
            assertThat(tag("Bulog menggelar operasi pasar setiap Senin dan Kamis.", may)).extracting(Timex::value).containsExactly("XXXX-WXX-1", "XXXX-WXX-4");
        }
    
        @Test
        void englishHyphenatedAmountsInWordsAndPresentTenseEndings() {
            PublicationTime may = PublicationTime.parse("2017-05-09");
            assertThat(only("Prosecutors had sought a one-year probation.", may)).containsExactly(x("one-year", TimexType.DURATION, "P1Y"));
            assertThat(only("His term ends in October.", may)).containsExactly(x("October", TimexType.DATE, "2017-10"));
            assertThat(only("The protests took place in October.", may)).containsExactly(x("October", TimexType.DATE, "2016-10"));
        }
    }

    /** Forms the blind batches 21 and 22 and the event batch id-12 showed. */
    @Nested
    class SeenInLaterBlindBatches {
        private final PublicationTime tue = PublicationTime.parse("2014-07-22T19:10+08:00");

        @Test
        void halfAnHourIsThirtyMinutes() {
            assertThat(only("Kereta itu tiba lebih cepat setengah jam.", tue)).containsExactly(x("setengah jam", TimexType.DURATION, "PT30M"));
            assertThat(only("Warga menunggu setengah tahun.", tue)).containsExactly(x("setengah tahun", TimexType.DURATION, "P6M"));
        }

        @Test
        void deadlinesAndStartsLookAhead() {
            assertThat(only("\"Paling cepat barangnya tiba Kamis,\" ujarnya.", tue)).containsExactly(x("Kamis", TimexType.DATE, "2014-07-24"));
            assertThat(only("Laporan itu harus diserahkan paling lambat Senin.", tue)).containsExactly(x("Senin", TimexType.DATE, "2014-07-28"));
            assertThat(only("The minister is scheduled to visit the port on Thursday.", tue)).containsExactly(x("Thursday", TimexType.DATE, "2014-07-24"));
        }

        @Test
        void sinceAWeekdayIsOnOrBeforePublicationEvenWhenAComingOneWasDated() {
            assertThat(tag("Listrik baru normal Senin (28/7). \"Kami pakai lilin sejak Senin,\" katanya.", tue)).extracting(Timex::value)
                    .containsExactly("2014-07-28", "2014-07-21");
        }

        @Test
        void englishWireForms() {
            assertThat(only("Prices rose over the past week.", tue)).containsExactly(x("the past week", TimexType.DURATION, "P1W"));
            assertThat(only("The quake struck at 0915 GMT.", tue)).containsExactly(x("0915 GMT", TimexType.TIME, "2014-07-22T09:15"));
            assertThat(only("The coast is sinking by up to 25 cm a year.", tue)).containsExactly(x("a year", TimexType.SET, "P1Y"));
        }
    }
}
