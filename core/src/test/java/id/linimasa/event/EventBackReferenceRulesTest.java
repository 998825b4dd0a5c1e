package id.linimasa.event;

import id.linimasa.ArticleFixture;
import org.junit.jupiter.api.Test;

import java.util.List;

import static id.linimasa.event.CodedEvents.code;
import static id.linimasa.event.CodedEvents.ofType;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Actors named before the sentence and referred back to (lists of states, bodies by their kind, "pihaknya", talks told
 * before), armed groups named after a state, offices named without a state, lists of titled members.
 */
class EventBackReferenceRulesTest {

    /** The one event of the type has exactly these states as sources and targets. */
    private static void assertSides(List<Event> events, Plover type, List<String> sources, List<String> targets) {
        assertThat(ofType(events, type)).singleElement().satisfies(e -> {
            assertThat(e.sources()).isEqualTo(sources);
            assertThat(e.targets()).isEqualTo(targets);
        });
    }

    @Test
    void anOrdinalWithNegaraIsTheLastListOfThatManyStates() {
        List<Event> events = code(ArticleFixture.world("Rusia dan Amerika Serikat berunding di Jenewa pada Senin. "
                + "Sehari kemudian, Rusia, Korea Utara, dan Korea Selatan bertemu di Beijing. "
                + "Ketiga negara itu kemudian mengecam Ukraina. Amerika Serikat mendesak ketiga negara itu menghentikan latihan."));
        assertSides(events, Plover.ACCUSE, List.of("RUS", "PRK", "KOR"), List.of("UKR"));
        assertSides(events, Plover.REQUEST, List.of("USA"), List.of("RUS", "PRK", "KOR"));
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
        assertSides(events, Plover.REQUEST, List.of("RUS"), List.of("PRK"));
        events = code(ArticleFixture.world("Choe Son Hui tiba di Moskow pada Selasa. Pihaknya mengancam Ukraina."));
        assertThat(ofType(events, Plover.THREATEN)).singleElement().satisfies(e -> assertThat(e.sources()).containsExactly("PRK"));
    }

    @Test
    void anArmedMovementNamedAfterAStateDoesNotActForIt() {
        List<Event> events = code(ArticleFixture.world("Tehrik-i-Taliban Pakistan menyerang pos militer Pakistan pada Senin.")
                .state("PAK", "Pakistan").body("org:tehrik_i_taliban_pakistan", "Tehrik-i-Taliban Pakistan", null));
        assertSides(events, Plover.ASSAULT, List.of("org:tehrik_i_taliban_pakistan"), List.of("PAK"));
    }

    @Test
    void anOfficeNamedWithoutAStateIsIndonesiasOnlyInAnArticleNamingIndonesia() {
        ArticleFixture foreign = ArticleFixture.world("Pemerintah Prancis memperpanjang jam malam di Noumea pada Kamis. "
                        + "Menteri Dalam Negeri Gerald Darmanin menuduh Rusia mencampuri urusan dalam negeri.")
                .state("FRA", "Prancis").body("org:pemerintah_prancis", "Pemerintah Prancis", "FRA")
                .person("per:gerald_darmanin", "Gerald Darmanin", null, "Menteri Dalam Negeri");
        assertThat(ofType(code(foreign), Plover.ACCUSE)).singleElement().satisfies(e -> assertThat(e.sources()).containsExactly("FRA"));
        ArticleFixture home = ArticleFixture.world("Indonesia memperpanjang status siaga di Natuna pada Kamis. "
                        + "Menteri Dalam Negeri Gerald Darmanin menuduh Rusia mencampuri urusan dalam negeri.")
                .state("IDN", "Indonesia").person("per:gerald_darmanin", "Gerald Darmanin", null, "Menteri Dalam Negeri");
        assertThat(ofType(code(home), Plover.ACCUSE)).singleElement().satisfies(e -> assertThat(e.sources()).containsExactly("IDN"));
    }

    @Test
    void talksToldBeforeGiveAMediationItsSidesAndTalksToComeTheirs() {
        List<Event> events = code(ArticleFixture.world("Rusia dan Ukraina sepakat bertukar tawanan pada Sabtu. "
                + "Perundingan itu ditengahi oleh Amerika Serikat. Pertemuan lanjutan dijadwalkan berlangsung di Jenewa bulan depan."));
        assertThat(ofType(events, Plover.CONSULT)).filteredOn(e -> e.sources().equals(List.of("USA"))).singleElement()
                .satisfies(e -> assertThat(e.targets()).containsExactlyInAnyOrder("RUS", "UKR"));
        assertThat(ofType(events, Plover.CONSULT)).filteredOn(e -> e.status() == EventStatus.PLANNED).singleElement()
                .satisfies(e -> assertThat(List.of(e.sources().getFirst(), e.targets().getFirst())).containsExactlyInAnyOrder("RUS", "UKR"));
    }

    @Test
    void aMeetingBetweenNamedSidesIsAnEventInsideAnotherSentenceAndItsListKeepsTitledMembers() {
        List<Event> events = code(ArticleFixture.world("Kesepakatan itu dicapai dalam pertemuan antara Presiden Amerika Serikat Joe Biden, "
                + "Penjabat Perdana Menteri Ukraina Ivan Petrenko, dan Presiden Rusia Vladimir Putin di Jenewa.")
                .person("per:joe_biden", "Joe Biden", "USA", "Presiden").person("per:ivan_petrenko", "Ivan Petrenko", "UKR", "Penjabat Perdana Menteri"));
        assertSides(events, Plover.CONSULT, List.of("USA"), List.of("UKR", "RUS"));
    }

    @Test
    void aVerbGoingOnFromAnActToldAsSaidIsTheSpeakersWhenItWouldBeDoneToTheDoer() {
        List<Event> events = code(ArticleFixture.world("Washington menyatakan Korea Utara tengah mengerahkan pasukan di perbatasan "
                + "dan mendesak Pyongyang menarik pasukan tersebut."));
        assertSides(events, Plover.REQUEST, List.of("USA"), List.of("PRK"));
    }

    @Test
    void theAccusedsOwnActKeepsTheAccuserForTheVerbAfterDan() {
        List<Event> events = code(ArticleFixture.world("Amerika Serikat mengkritik keputusan Korea Utara mengundang pasukan asing "
                + "dan meminta Rusia menarik pasukannya."));
        assertSides(events, Plover.REQUEST, List.of("USA"), List.of("RUS"));
    }

    @Test
    void aRequestAfterDanThatNamesNoAddresseeIsMadeToWhomTheActBeforeWasAimed() {
        List<Event> events = code(ArticleFixture.world("Korea Selatan menahan kapal Korea Utara pada Senin. "
                + "Pyongyang mengecam penahanan itu dan meminta agar para awak segera dibebaskan."));
        assertSides(events, Plover.REQUEST, List.of("PRK"), List.of("KOR"));
    }

    @Test
    void aRequestAnActAnswersAtItsMakersAskingIsMadeToWhomTheActIsBy() {
        List<Event> events = code(ArticleFixture.world("Rusia mengirim tim penyelamat ke Pyongyang atas permintaan Korea Utara, "
                + "kata Peskov."));
        assertSides(events, Plover.REQUEST, List.of("PRK"), List.of("RUS"));
        // the object of a refusal is what was asked, which the gold codes apart
        assertThat(ofType(code(ArticleFixture.world("Rusia menolak permintaan Ukraina untuk membebaskan kapal tersebut.")),
                Plover.REQUEST)).isEmpty();
    }
}
