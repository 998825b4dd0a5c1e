package id.linimasa.event;

import id.linimasa.ArticleFixture;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Who did what to whom, by the kinds of construction the blind batch id-8 showed wrong (sentences written for these tests). */
class ActorKindsTest {

    private static List<Event> code(ArticleFixture f) {
        return new EventCoder().apply(f.analysis()).events();
    }

    private static Event ofType(List<Event> events, Plover type) {
        return events.stream().filter(e -> e.type() == type).findFirst().orElseThrow();
    }

    private static String sides(Event e) {
        return String.join(",", e.sources()) + ">" + String.join(",", e.targets());
    }

    /** Indonesia, Malaysia, Switzerland, the WTO, and two officials: one named by a national office alone, one with his state. */
    private static ArticleFixture mission(String text) {
        return ArticleFixture.text(text)
                .state("IDN", "Indonesia")
                .state("MYS", "Malaysia")
                .state("CHE", "Swiss")
                .place("loc:jenewa", "Jenewa", "CHE")
                .body("org:wto", "Organisasi Perdagangan Dunia", null, "WTO")
                .person("per:budi_santoso", "Budi Santoso", null, "Menteri Perdagangan", "Budi")
                .person("per:tengku_zafrul", "Tengku Zafrul", null, "Menteri Perdagangan", "Zafrul");
    }

    @Test
    void anOfficialJoinedToAForeignOneKeepsHisOwnState() {
        List<Event> events = code(mission("Delegasi gabungan yang dipimpin Menteri Perdagangan Budi Santoso dan Menteri "
                + "Perdagangan Malaysia Tengku Zafrul mengecam Organisasi Perdagangan Dunia. Budi kemudian mengkritik WTO."));
        assertThat(events).extracting(ActorKindsTest::sides).containsExactly("IDN,MYS>org:wto", "IDN>org:wto");
    }

    @Test
    void aVisitToAPlaceIsAimedAtTheBodyOfNoStateMetThere() {
        Event visit = ofType(code(mission("Menteri Perdagangan Budi Santoso dan Menteri Perdagangan Malaysia Tengku Zafrul "
                + "berkunjung ke Jenewa, Swiss, Selasa (4/6/2024), dan bertemu pejabat WTO.")
                .timex("Selasa (4/6/2024)", "2024-06-04")), Plover.CONSULT);
        assertThat(visit.mode()).isEqualTo("visit");
        assertThat(sides(visit)).isEqualTo("IDN,MYS>org:wto");
    }
}
