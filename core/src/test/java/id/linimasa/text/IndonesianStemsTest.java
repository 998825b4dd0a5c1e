package id.linimasa.text;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class IndonesianStemsTest {

    private static boolean share(String a, String b) {
        Set<String> common = new HashSet<>(IndonesianStems.candidates(a));
        common.retainAll(IndonesianStems.candidates(b));
        return !common.isEmpty();
    }

    @Test
    void inflectedFormsShareAStemWithTheirRoot() {
        assertThat(share("menandatangani", "tandatangan")).isTrue();
        assertThat(share("ditandatangani", "penandatanganan")).isTrue();
        assertThat(share("bertemu", "pertemuan")).isTrue();
        assertThat(share("mengirim", "kirim")).isTrue();
        assertThat(share("memukul", "pukul")).isTrue();
        assertThat(share("menyerang", "serangan")).isTrue();
        assertThat(share("mengunjungi", "kunjungan")).isTrue();
        assertThat(share("memperkuat", "kuat")).isTrue();
        assertThat(share("memperkuat", "diperkuat")).isTrue();
        assertThat(share("bukunya", "buku")).isTrue();
    }

    @Test
    void unrelatedWordsStayApart() {
        assertThat(share("rusia", "korea")).isFalse();
        assertThat(share("menang", "tangan")).isFalse();
        assertThat(share("pasukan", "pasar")).isFalse();
    }

    @Test
    void theWordItselfComesFirstAndShortOrNumericTokensAreLeftAlone() {
        assertThat(IndonesianStems.candidates("Menandatangani")).first().isEqualTo("menandatangani");
        assertThat(IndonesianStems.candidates("dan")).containsExactly("dan");
        assertThat(IndonesianStems.candidates("2025")).containsExactly("2025");
    }
}
