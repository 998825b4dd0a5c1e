package id.linimasa.event;

import id.linimasa.ArticleFixture;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Actors named before the sentence and referred back to: lists of states, bodies by their kind, "pihaknya", armed groups. */
class EventBackReferenceRulesTest {

    private static List<Event> code(ArticleFixture fixture) {
        return new EventCoder().apply(fixture.analysis()).events();
    }

    private static List<Event> ofType(List<Event> events, Plover type) {
        return events.stream().filter(e -> e.type() == type).toList();
    }

    @Test
    void anOrdinalWithNegaraIsTheLastListOfThatManyStates() {
        List<Event> events = code(ArticleFixture.world("Rusia dan Amerika Serikat berunding di Jenewa pada Senin. "
                + "Sehari kemudian, Rusia, Korea Utara, dan Korea Selatan bertemu di Beijing. "
                + "Ketiga negara itu kemudian mengecam Ukraina. Amerika Serikat mendesak ketiga negara itu menghentikan latihan."));
        assertThat(ofType(events, Plover.ACCUSE)).singleElement().satisfies(e -> {
            assertThat(e.sources()).containsExactly("RUS", "PRK", "KOR");
            assertThat(e.targets()).containsExactly("UKR");
        });
        assertThat(ofType(events, Plover.REQUEST)).singleElement().satisfies(e -> {
            assertThat(e.sources()).containsExactly("USA");
            assertThat(e.targets()).containsExactly("RUS", "PRK", "KOR");
        });
    }

    @Test
    void aBodyNamedByItsKindAndADemonstrativeIsTheLastSuchBodyNamed() {
        ArticleFixture fixture = ArticleFixture.world("Kelompok Harimau Merah menyerang sebuah pos di Ukraina pada Senin. "
                        + "Polisi Ukraina memburu para pelaku. Dua hari kemudian, kelompok bersenjata itu menyerang Kyiv.")
                .body("org:kelompok_harimau_merah", "Kelompok Harimau Merah", null)
                .body("org:polisi_ukraina", "Polisi Ukraina", "UKR");
        assertThat(ofType(code(fixture), Plover.ASSAULT)).hasSize(2)
                .allSatisfy(e -> assertThat(e.sourceEntities()).containsExactly("org:kelompok_harimau_merah"));
        // "perusahaan itu" is the company, not another body named after it
        fixture = ArticleFixture.world("PT Sinar Laut Abadi dinyatakan pailit pada Januari. Lembaga Advokasi Buruh mendampingi "
                        + "para pekerja. Ratusan buruh berunjuk rasa di depan kantor perusahaan itu pada Senin.")
                .body("org:pt_sinar_laut_abadi", "PT Sinar Laut Abadi", null)
                .body("org:lembaga_advokasi_buruh", "Lembaga Advokasi Buruh", null);
        assertThat(ofType(code(fixture), Plover.PROTEST)).singleElement()
                .satisfies(e -> assertThat(e.targetEntities()).containsExactly("org:pt_sinar_laut_abadi"));
    }

    @Test
    void pihaknyaIsTheSideOfWhomTheSentenceHasSpeakingElseOfTheLastPersonNamed() {
        List<Event> events = code(ArticleFixture.world("Putin berbicara kepada wartawan di Moskow pada Selasa. "
                + "Pihaknya juga berencana meminta bantuan Korea Utara, ujar Putin."));
        assertThat(ofType(events, Plover.REQUEST)).singleElement().satisfies(e -> {
            assertThat(e.sources()).containsExactly("RUS");
            assertThat(e.targets()).containsExactly("PRK");
        });
        events = code(ArticleFixture.world("Choe Son Hui tiba di Moskow pada Selasa. Pihaknya mengancam Ukraina."));
        assertThat(ofType(events, Plover.THREATEN)).singleElement().satisfies(e -> assertThat(e.sources()).containsExactly("PRK"));
    }

    @Test
    void anArmedMovementNamedAfterAStateDoesNotActForIt() {
        List<Event> events = code(ArticleFixture.world("Tehrik-i-Taliban Pakistan menyerang pos militer Pakistan pada Senin.")
                .state("PAK", "Pakistan").body("org:tehrik_i_taliban_pakistan", "Tehrik-i-Taliban Pakistan", null));
        assertThat(ofType(events, Plover.ASSAULT)).singleElement().satisfies(e -> {
            assertThat(e.sources()).containsExactly("org:tehrik_i_taliban_pakistan");
            assertThat(e.targets()).containsExactly("PAK");
        });
    }
}
