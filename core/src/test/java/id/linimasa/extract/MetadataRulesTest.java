package id.linimasa.extract;

import id.linimasa.text.LanguageGuesser;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Small rules behind the metadata, each on text written for this test. */
class MetadataRulesTest {

    @Test
    void siteNamesAndSectionNamesAreCutFromTitles() {
        Set<String> sites = Set.of("Kompas.com", "https://www.kabarkota.co.id");
        assertThat(TitleFinder.strip("Harga Cabai Naik Lagi - Kompas.com", sites)).isEqualTo("Harga Cabai Naik Lagi");
        assertThat(TitleFinder.strip("Tempo.co: Harga Cabai Naik Lagi", Set.of())).isEqualTo("Harga Cabai Naik Lagi");
        assertThat(TitleFinder.strip("Harga Cabai Naik Lagi | Liputan6.com", Set.of())).isEqualTo("Harga Cabai Naik Lagi");
        assertThat(TitleFinder.strip("Opini | Mengapa Harga Cabai Naik Lagi Tahun Ini", Set.of())).isEqualTo("Mengapa Harga Cabai Naik Lagi Tahun Ini");
        assertThat(TitleFinder.strip("Harga Cabai Naik Lagi - Kabarkota", sites)).isEqualTo("Harga Cabai Naik Lagi");
        // a colon inside a headline is the headline's own
        assertThat(TitleFinder.strip("Menteri: Harga Cabai Akan Turun Bulan Depan", Set.of())).isEqualTo("Menteri: Harga Cabai Akan Turun Bulan Depan");
    }

    @Test
    void leadGivesOutletAndDatelineWhicheverComesFirst() {
        assertThat(LeadFinder.find("TEMPO.CO, Jakarta - Harga cabai naik.")).isEqualTo(new LeadFinder.Lead("Jakarta", "TEMPO.CO"));
        assertThat(LeadFinder.find("MEDAN, kabarsumut.id – Harga cabai naik.")).isEqualTo(new LeadFinder.Lead("MEDAN", "kabarsumut.id"));
        assertThat(LeadFinder.find("Jakarta (ANTARA) - Harga cabai naik.")).isEqualTo(new LeadFinder.Lead("Jakarta", "ANTARA"));
        assertThat(LeadFinder.find("BUFFALO, N.Y. — Prices rose.")).isEqualTo(new LeadFinder.Lead("BUFFALO, N.Y.", null));
        assertThat(LeadFinder.find("Harga cabai naik lagi pekan ini.")).isEqualTo(new LeadFinder.Lead(null, null));
    }

    @Test
    void bylineNamesStopAtDatesAndRoles() {
        assertThat(BylineFinder.names("Rina Anggraini Diperbarui 2 Nov 2023", 0)).containsExactly("Rina Anggraini");
        assertThat(BylineFinder.names("Agus Salim dan Maya Lestari", 0)).containsExactly("Agus Salim", "Maya Lestari");
        assertThat(BylineFinder.names("Bryan Smith Nov 19, 2019", 0)).containsExactly("Bryan Smith");
        assertThat(BylineFinder.titleCase("ALIFIA DWI")).isEqualTo("Alifia Dwi");
    }

    @Test
    void languageIsIndonesianEnglishOrUnknown() {
        assertThat(LanguageGuesser.guess("Presiden mengatakan bahwa pemerintah akan membangun jembatan yang baru di desa itu dan warga menyambut dengan gembira."))
                .isEqualTo("id");
        assertThat(LanguageGuesser.guess("The president said that the government will build a new bridge in the village and the people were glad of it."))
                .isEqualTo("en");
        assertThat(LanguageGuesser.guess("Il presidente ha detto che il governo costruirà un nuovo ponte nel villaggio e la gente era contenta di questo."))
                .isNull();
    }
}
