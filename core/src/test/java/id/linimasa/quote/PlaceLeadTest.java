package id.linimasa.quote;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PlaceLeadTest {

    /** Texts with the places the hand reading must get right: cut words, brackets, line breaks, other spaces, marks. */
    private static final List<String> TEXTS = List.of(
            "Warga bertahan di Halaman Rumah Sakit Umum Daerah Kota Bima ketika Budi datang.",
            "Jadi Andi pergi, lalu (di Jakarta) Rina menunggu; Di Pasar Pagi Arengka, Sinta berjualan.",
            "Rombongan tiba dari\u00A0Surabaya\u2003Timur kemarin; mereka pulang ke\nMedan dan Ke \r\nPadang.",
            "Delegates arrived in Jakarta, then flew at night FROM Bali to Lombok and at_ Ambon.",
            "Ia tinggal di Café Bạch Đằng, lalu di\u0301 Hanoi dan di 𝐁ogor bersama Éric.",
            "dikirim ke KM Sinar Bahari; kedi Jakarta; ke 2 Surabaya; ke  Makassar  ",
            "Kata Hamédi Budi datang; kata ädi Rina dan Ωdi Sinta pergi, lalu 2di Ambon.");

    @Test
    void answersAsItsPatternAtEveryOffset() {
        int found = 0;
        for (String text : TEXTS) {
            var pattern = PlaceLead.PATTERN.matcher(text);
            for (int start = 0; start <= text.length(); start++) {
                boolean expected = pattern.region(Math.max(0, start - PlaceLead.REACH), start).find();
                assertThat(PlaceLead.before(text, start)).as("%s at %d", text, start).isEqualTo(expected);
                if (expected) found++;
            }
        }
        assertThat(found).isGreaterThan(20);
    }

    @Test
    void findsPlacePrepositionsBeforeNames() {
        String text = "Warga bertahan di Halaman Rumah Sakit ketika Budi datang.";
        assertThat(PlaceLead.before(text, text.indexOf("Sakit"))).isTrue();
        assertThat(PlaceLead.before(text, text.indexOf("Budi"))).isFalse();
    }

    @Test
    void takesNoEndOfALongerWordForThePreposition() {
        String text = "Kata Hamédi Budi datang.";
        assertThat(PlaceLead.before(text, text.indexOf("Budi"))).isFalse();
        assertThat(PlaceLead.PATTERN.matcher(text).region(0, text.indexOf("Budi")).find()).isFalse();
    }
}
