package id.linimasa.event;

import id.linimasa.ArticleFixture;
import org.junit.jupiter.api.Test;

import java.util.List;

import static id.linimasa.event.CodedEvents.code;
import static id.linimasa.event.CodedEvents.ofType;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rules found with the blind batch {@code examples/events/id-15}: whose government a president named without a state
 * leads, which two states "kedua negara" names when one of the usual pair answers them, whom "pihaknya" names with
 * no subject in its sentence, and whose building a protest stands before.
 */
class EventBlindFifteenRulesTest {

    /** A story told from Colombo by an Indonesian outlet: the dateline names Indonesia, the body never does. */
    private static ArticleFixture fromColombo(String body) {
        return ArticleFixture.text("Kolombo, Kompas - " + body)
                .state("LKA", "Sri Lanka")
                .state("IND", "India")
                .body("org:kompas", "Kompas", "IDN")
                .person("per:wira_santhana", "Wira Santhana", null, "Presiden", "Santhana")
                .person("per:dilan_perera", "Dilan Perera", null, "Menteri Luar Negeri", "Perera");
    }

    @Test
    void aPresidentTheCatalogDoesNotKnowLeadsTheStateTheBodyTellsOfNotTheOutletsOwn() {
        List<Event> events = code(fromColombo(
                "Sri Lanka tengah merundingkan utangnya. Pemerintahan Presiden Wira Santhana menolak syarat baru dari India."));
        assertThat(ofType(events, Plover.REJECT)).singleElement().satisfies(e -> {
            assertThat(e.sources()).containsExactly("LKA");
            assertThat(e.targets()).containsExactly("IND");
        });
        // a minister named without a state, in the same story, stays the outlet's own: Indonesian news names its ministers so
        List<Event> minister = code(fromColombo(
                "Sri Lanka tengah merundingkan utangnya. Menteri Luar Negeri Dilan Perera menolak syarat baru dari India."));
        assertThat(ofType(minister, Plover.REJECT)).singleElement().satisfies(e -> assertThat(e.sources()).containsExactly("IDN"));
    }

    @Test
    void theTwoStatesTheSubjectAnswersAreTheLastTwoNamedTogetherWithoutIt() {
        List<Event> events = code(ArticleFixture.text("Kamboja dan Vietnam memprotes rencana Laos membangun bendungan. "
                        + "Kamboja meminta Laos menunda proyek itu. Vietnam juga meminta Laos menunda proyek itu. "
                        + "Laos menolak keberatan kedua negara itu.")
                .state("KHM", "Kamboja")
                .state("VNM", "Vietnam")
                .state("LAO", "Laos"));
        assertThat(ofType(events, Plover.REJECT)).singleElement().satisfies(e -> {
            assertThat(e.sources()).containsExactly("LAO");
            assertThat(e.targets()).containsExactly("KHM", "VNM");
        });
        // the pair the text told of stays what "kedua negara" names when the subject is not one of them
        List<Event> outside = code(ArticleFixture.text("Kamboja meminta Laos menunda proyek itu. Vietnam juga meminta Laos menunda "
                        + "proyek itu. Thailand mendesak kedua negara berunding.")
                .state("KHM", "Kamboja")
                .state("VNM", "Vietnam")
                .state("LAO", "Laos")
                .state("THA", "Thailand"));
        assertThat(ofType(outside, Plover.REQUEST)).filteredOn(e -> e.sources().equals(List.of("THA")))
                .singleElement().satisfies(e -> assertThat(e.targets()).hasSize(2).doesNotContain("THA"));
    }

    @Test
    void pihaknyaWithNoSubjectInItsSentenceIsWhoOpenedTheSentenceBefore() {
        List<Event> events = code(ArticleFixture.world("Aliansi Nelayan Pesisir mengkritik Korea Utara karena menahan kapal ikan. "
                        + "Pihaknya juga meminta Korea Utara membebaskan para awak.")
                .body("org:aliansi_nelayan_pesisir", "Aliansi Nelayan Pesisir", null));
        assertThat(ofType(events, Plover.REQUEST)).singleElement().satisfies(e -> {
            assertThat(e.sourceEntities()).containsExactly("org:aliansi_nelayan_pesisir");
            assertThat(e.targets()).containsExactly("PRK");
        });
        // a speaker named in its own sentence still comes first
        List<Event> spoken = code(ArticleFixture.world("Aliansi Nelayan Pesisir mengkritik Korea Utara karena menahan kapal ikan. "
                        + "Pihaknya juga meminta Korea Utara membebaskan para awak, kata Dmitry Peskov.")
                .body("org:aliansi_nelayan_pesisir", "Aliansi Nelayan Pesisir", null));
        assertThat(ofType(spoken, Plover.REQUEST)).singleElement().satisfies(e -> assertThat(e.sources()).containsExactly("RUS"));
    }

    @Test
    void pihaknyaSkipsANameInAFrontedPhraseOfTheSentenceBefore() {
        for (String opening : List.of("Dalam pertemuan dengan Ombudsman, ", "Kepada Ombudsman, ")) {
            List<Event> events = code(ArticleFixture.world(opening + "Aliansi Nelayan Pesisir mengadukan penahanan kapal ikan oleh Korea Utara. "
                            + "Pihaknya juga meminta Korea Utara membebaskan para awak.")
                    .body("org:aliansi_nelayan_pesisir", "Aliansi Nelayan Pesisir", null)
                    .body("org:ombudsman", "Ombudsman", "IDN"));
            assertThat(ofType(events, Plover.REQUEST)).as(opening).singleElement()
                    .satisfies(e -> assertThat(e.sourceEntities()).containsExactly("org:aliansi_nelayan_pesisir"));
        }
    }

    @Test
    void aProtestBeforeTheBuildingOfABodyTheArticleNamesIsAimedAtThatBody() {
        List<Event> events = code(ArticleFixture.text("Ketua Dewan Kota Sumberjaya menerima perwakilan nelayan. "
                        + "Ratusan nelayan berunjuk rasa di depan Gedung Dewan Kota Sumberjaya, Senin (12/1).")
                .body("org:dewan_kota_sumberjaya", "Dewan Kota Sumberjaya", "IDN")
                .place("loc:gedung_dewan_kota_sumberjaya", "Gedung Dewan Kota Sumberjaya", null));
        assertThat(ofType(events, Plover.PROTEST)).singleElement()
                .satisfies(e -> assertThat(e.targetEntities()).containsExactly("org:dewan_kota_sumberjaya"));
        // a building of no body the article names stays a place
        List<Event> square = code(ArticleFixture.text("Ratusan nelayan berunjuk rasa di depan Gedung Serbaguna Sumberjaya, Senin (12/1).")
                .place("loc:gedung_serbaguna_sumberjaya", "Gedung Serbaguna Sumberjaya", null));
        assertThat(ofType(square, Plover.PROTEST)).singleElement().satisfies(e -> assertThat(e.targets()).isEmpty());
    }
}
