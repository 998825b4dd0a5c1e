package id.linimasa.event;

import id.linimasa.ArticleFixture;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Rules found on the eleventh blind batch (examples/events/id-11): going home, states named by "negara itu" (its new verbs are tested with the tenth batch's). */
class EventBlindElevenRulesTest {

    private static List<Event> code(String text) {
        return new EventCoder().apply(ArticleFixture.world(text).analysis()).events();
    }

    private static List<Event> ofType(List<Event> events, Plover type) {
        return events.stream().filter(e -> e.type() == type).toList();
    }

    @Test
    void goingHomeIsNoVisit() {
        assertThat(code("Usai kunjungan itu, Kim Jong Un bertolak ke Pyongyang pada Sabtu malam.")).isEmpty();
        assertThat(ofType(code("Putin dijadwalkan bertolak ke Korea Utara."), Plover.CONSULT)).singleElement()
                .satisfies(e -> assertThat(e.targets()).containsExactly("PRK"));
    }

    @Test
    void oneStateNamedByNegaraItuIsTheLastStateNamed() {
        List<Event> events = new EventCoder().apply(ArticleFixture.world("Tentara Rusia tiba di Korea Utara pada Selasa. "
                + "Dua tahun lalu, negara Asia Timur itu meminta bantuan kepada Rusia.").place("loc:asia_timur", "Asia Timur", null)
                .analysis()).events();
        assertThat(ofType(events, Plover.REQUEST)).singleElement().satisfies(e -> assertThat(e.sources()).containsExactly("PRK"));
        events = code("Amerika Serikat menangguhkan keanggotaan Rusia, lalu membekukan aset negara tersebut.");
        assertThat(ofType(events, Plover.SANCTION)).hasSize(2).allSatisfy(e -> assertThat(e.targets()).containsExactly("RUS"));
    }
}
