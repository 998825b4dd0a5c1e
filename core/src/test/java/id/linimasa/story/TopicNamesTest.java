package id.linimasa.story;

import id.linimasa.Linimasa;
import id.linimasa.extract.Article;
import id.linimasa.extract.PublicationTime;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class TopicNamesTest {

    private static Set<String> names(String outlet, String dateline, String text) {
        Article a = new Article("t", "t.txt", null, "Judul", PublicationTime.parse("2025-06-02T10:00+07:00"), null, List.of(), List.of(),
                outlet, dateline, "id", List.of(), List.of(), text);
        return TopicNames.of(Linimasa.analyse(a));
    }

    @Test
    void countriesByIdOtherNamesByTheirDistinctiveWords() {
        Set<String> n = names(null, null, "Bupati Bengkalis Kasmarni menemui Menteri Luar Negeri Malaysia di Kuala Lumpur pada Senin. "
                + "Pemerintah Kabupaten Bengkalis menanggung biaya pemulangan sembilan nelayan.");
        assertThat(n).contains("MYS", "bengkalis").doesNotContain("kabupaten", "pemerintah", "menteri", "Malaysia", "malaysia");
    }

    @Test
    void theDatelineAndTheOutletAreNotWhatTheReportIsAbout() {
        Set<String> n = names("Warta Timur", "MAKASSAR", "MAKASSAR, Warta Timur - Warga Desa Teluk Pambang menanti kepulangan "
                + "sembilan nelayan yang ditahan di Port Dickson sejak Senin.");
        assertThat(n).contains("dickson").doesNotContain("makassar", "warta", "timur");
    }
}
