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
}
