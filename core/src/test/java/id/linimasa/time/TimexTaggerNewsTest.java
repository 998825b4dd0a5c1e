package id.linimasa.time;

import id.linimasa.extract.PublicationTime;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** Forms of regional and wire news that blind batches 19 and 20 showed; every sentence is written for this test. */
class TimexTaggerNewsTest {

    private static final TimexTagger TAGGER = new TimexTagger();

    private static List<Timex> tag(String text, String dct) {
        return TAGGER.tag(text, PublicationTime.parse(dct));
    }

    @Test
    void anAgeIsNoTime() {
        String dct = "2023-02-10T10:00+07:00";
        assertThat(tag("Pasar itu genap berusia 93 tahun tahun ini.", dct)).extracting(Timex::text).containsExactly("tahun ini");
        assertThat(tag("Saya mulai berjualan umur 19 tahun, kata nenek yang kini berumur 87 tahun itu.", dct)).extracting(Timex::text)
                .containsExactly("kini");
        // an amount of years that is no age stays a duration
        assertThat(tag("Ayah berjualan di sini 40 tahun.", dct)).extracting(Timex::value).containsExactly("P40Y");
    }

    @Test
    void aDateOrMonthInANameIsNoTime() {
        String dct = "2023-02-10T10:00+07:00";
        assertThat(tag("Menurut sejarawan Universitas Sebelas Maret, pasar itu ramai.", dct)).isEmpty();
        assertThat(tag("Macet terjadi di Jalan 17 Agustus dan Stadion 10 November.", dct)).isEmpty();
        assertThat(tag("Pasar itu terbakar pada 17 Agustus lalu.", dct)).extracting(Timex::value).containsExactly("2022-08-17");
    }

    @Test
    void aFullMonthTheLateNinetiesAndTheEndOfTheYear() {
        assertThat(tag("Umat Islam berpuasa selama sebulan penuh.", "2025-02-28T21:30+07:00")).extracting(Timex::text, Timex::value)
                .containsExactly(tuple("sebulan penuh", "P1M"));
        assertThat(tag("He was accused of abuses in the late 1990s.", "2024-02-15T09:00+07:00")).extracting(Timex::text, Timex::value)
                .containsExactly(tuple("the late 1990s", "199"));
        assertThat(tag("The rate applies until the end of the year.", "2024-09-17T14:20+07:00")).extracting(Timex::text, Timex::value)
                .containsExactly(tuple("the end of the year", "2024"));
    }

    @Test
    void aClockTimeBoundEarlierThanTheStartIsOnTheNextDay() {
        List<Timex> t = tag("Banjir merendam 14 kelurahan, Senin (13/5/2024) dini hari. Hujan mengguyur sejak Minggu (12/5) sore hingga pukul 03.00 Wita.\n"
                + "Air mencapai 1,2 meter pada pukul 04.30 Wita.", "2024-05-13T08:15+08:00");
        assertThat(t).extracting(Timex::text, Timex::value).contains(tuple("pukul 03.00 Wita", "2024-05-13T03:00"),
                tuple("pukul 04.30 Wita", "2024-05-13T04:30"));
    }

    @Test
    void aForecastsDayDatesNoClockTimeToldAfterIt() {
        List<Timex> t = tag("Banjir merendam Samarinda, Senin (13/5). Hujan diperkirakan masih turun, terutama Selasa (14/5) sore.\n"
                + "Pesawat yang dijadwalkan mendarat pukul 07.10 Wita tertunda dua jam.", "2024-05-13T08:15+08:00");
        assertThat(t).extracting(Timex::text, Timex::value).contains(tuple("pukul 07.10 Wita", "2024-05-13T07:10"));
        // a schedule's day still dates the clock time of its own sentence
        assertThat(tag("Presiden dijadwalkan tiba di Kupang, Kamis (16/5), pukul 10.00 Wita.", "2024-05-13T08:15+08:00"))
                .extracting(Timex::value).contains("2024-05-16T10:00");
    }

    @Test
    void theFirstDayIsTheFirstOfTheDaysJustListed() {
        List<Timex> t = tag("Konser digelar pada Sabtu (7/12/2024) dan Minggu (8/12/2024). Pada hari pertama, konser berlangsung pukul 19.30 "
                + "hingga 22.00 WIB.", "2024-12-05T13:00+07:00");
        assertThat(t).extracting(Timex::text, Timex::value).contains(tuple("hari pertama", "2024-12-07"), tuple("pukul 19.30", "2024-12-07T19:30"),
                tuple("22.00 WIB", "2024-12-07T22:00"));
        assertThat(tag("MPLS berlangsung tiga hari, 14-16 Juli. Pada hari pertama, siswa pulang pukul 10.00 WIB.", "2025-07-10T11:05+07:00"))
                .extracting(Timex::text, Timex::value).contains(tuple("hari pertama", "2025-07-14"), tuple("pukul 10.00 WIB", "2025-07-14T10:00"));
    }

    @Test
    void aDayInsideAQuotationDatesOnlyItsOwnClockTimes() {
        String dct = "2025-10-15T07:30+09:00";
        List<Timex> t = tag("Gempa mengguncang Seram, Selasa (14/10) malam. \"Hingga hari ini tercatat 31 gempa susulan,\" ujarnya.\n"
                + "Warga keluar rumah pukul 23.50 WIT.", dct);
        assertThat(t).extracting(Timex::text, Timex::value).contains(tuple("pukul 23.50 WIT", "2025-10-14T23:50"));
        assertThat(tag("\"Operasi berlanjut besok sejak pukul 06.00,\" katanya.", dct)).extracting(Timex::value)
                .containsExactly("2025-10-16", "2025-10-16T06:00");
    }

    @Test
    void theSameMomentToldInAnotherZoneIsOnItsDay() {
        List<Timex> t = tag("Gempa mengguncang Seram, Selasa (14/10) malam pukul 23.47 WIT. Ambon siaga, Rabu (15/10).\n"
                + "Getaran terasa di Kendari pukul 22.47 WITA. BMKG merilis informasi pukul 21.52 WIB.", "2025-10-15T07:30+09:00");
        assertThat(t).extracting(Timex::text, Timex::value).contains(tuple("pukul 22.47 WITA", "2025-10-14T22:47"),
                tuple("pukul 21.52 WIB", "2025-10-14T21:52"));
        // "tahun itu" after an age is no year
        assertThat(tag("Nenek berusia 67 tahun itu dirawat di RSUD.", "2025-10-15T07:30+09:00")).isEmpty();
    }
}
