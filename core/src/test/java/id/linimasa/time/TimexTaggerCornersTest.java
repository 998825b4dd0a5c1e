package id.linimasa.time;

import id.linimasa.extract.PublicationTime;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** Corners of rules that read a direction or a following word; every sentence is written for this test. */
class TimexTaggerCornersTest {

    private static final TimexTagger TAGGER = new TimexTagger();

    private static List<Timex> tag(String text, PublicationTime dct) {
        return TAGGER.tag(text, dct);
    }

    @Test
    void aMarketDayIsSoughtTheWayTheRelationPoints() {
        // Wednesday 11 June 2014; the Thursdays around it were Pon (29 May), Kliwon (5 June), Pahing (12 June), Wage (19 June)
        PublicationTime wed = PublicationTime.parse("2014-06-11T10:00+07:00");
        assertThat(tag("Sedekah bumi digelar Kamis Wage lalu.", wed)).extracting(Timex::value).containsExactly("2014-05-15");
        assertThat(tag("Sedekah bumi akan digelar Kamis Pon depan.", wed)).extracting(Timex::value).containsExactly("2014-07-03");
    }

    @Test
    void aBareHMinusCountsFromLebaranOnlyWhenNoOtherDayIsNamed() {
        // Lebaran 2018 fell on 15 June, the regional elections on the 27th
        PublicationTime jun = PublicationTime.parse("2018-06-20T08:00+07:00");
        assertThat(tag("Logistik pilkada tiba di kecamatan pada H-3 pencoblosan.", jun)).isEmpty();
        assertThat(tag("Tiket ludes pada H-1 jelang pertandingan final.", jun)).isEmpty();
        assertThat(tag("Arus balik memuncak pada H+3, kata polisi.", jun)).extracting(Timex::text, Timex::value).containsExactly(tuple("H+3", "2018-06-18"));
        assertThat(tag("Pada H+4 tercatat 90 ribu kendaraan keluar Jakarta.", jun)).extracting(Timex::value).containsExactly("2018-06-19");
    }

    @Test
    void theIslamicNewYearNearestPublicationEvenTwiceInOneYear() {
        // 1429 H began on 10 January 2008, 1430 H on 29 December 2008
        assertThat(tag("Libur Tahun Baru Islam membuat Puncak padat.", PublicationTime.parse("2008-01-14"))).extracting(Timex::value)
                .containsExactly("2008-01-10");
        assertThat(tag("Warga menyambut Tahun Baru Islam dengan pawai obor.", PublicationTime.parse("2008-12-27"))).extracting(Timex::value)
                .containsExactly("2008-12-29");
        assertThat(tag("Pada 1 Muharram 1430 H, jalan ditutup.", PublicationTime.parse("2009-03-02"))).extracting(Timex::value)
                .containsExactly("2008-12-29");
    }

    @Test
    void duluAfterAComparisonIsThePast() {
        PublicationTime may = PublicationTime.parse("2021-05-27T09:00+07:00");
        assertThat(tag("Suasana pasar ikan kini jauh berbeda dengan dulu.", may)).extracting(Timex::value).containsExactly("PRESENT_REF", "PAST_REF");
        assertThat(tag("Hasil panen merosot dibandingkan dulu.", may)).extracting(Timex::value).containsExactly("PAST_REF");
    }

    @Test
    void lateAtNightIsOfTheNamedDayAndMalamMingguIsSaturdayNight() {
        // Monday 11 October 2021
        PublicationTime mon = PublicationTime.parse("2021-10-11T07:30+07:00");
        assertThat(tag("Relawan berjaga hingga larut malam Sabtu kemarin.", mon)).extracting(Timex::value)
                .contains("2021-10-09").doesNotContain("2021-10-08TNI");
        assertThat(tag("Alun-alun ramai pada malam minggu lalu.", mon)).extracting(Timex::text, Timex::value)
                .containsExactly(tuple("malam minggu lalu", "2021-10-09TNI"));
    }

    @Test
    void aComparativeAfterLebihIsNoPartOfTheDuration() {
        PublicationTime jan = PublicationTime.parse("2020-01-15T12:00+07:00");
        assertThat(tag("Menunggu dua tahun lebih baik daripada tergesa-gesa.", jan)).extracting(Timex::text).containsExactly("dua tahun");
        assertThat(tag("Mesin baru itu tiga tahun lebih awet.", jan)).extracting(Timex::text).containsExactly("tiga tahun");
    }
}
