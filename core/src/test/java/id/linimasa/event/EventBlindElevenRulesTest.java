package id.linimasa.event;

import id.linimasa.ArticleFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Rules found on the eleventh blind batch (examples/events/id-11): verbs the lexicon lacked, states named by "negara itu". */
class EventBlindElevenRulesTest {

    private static List<Event> code(String text) {
        return new EventCoder().apply(ArticleFixture.world(text).analysis()).events();
    }

    private static List<Event> ofType(List<Event> events, Plover type) {
        return events.stream().filter(e -> e.type() == type).toList();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Korea Selatan menyerahkan satu juta dosis vaksin kepada Ukraina.     | AID      | KOR | UKR
            Amerika Serikat menawarkan bantuan logistik kepada Ukraina.          | AID      | USA | UKR
            Amerika Serikat menjanjikan 300 juta dolar kepada Ukraina.           | AID      | USA | UKR
            Korea Selatan melatih tenaga kesehatan Ukraina.                      | AID      | KOR | UKR
            Amerika Serikat menyambut keputusan Korea Utara.                     | SUPPORT  | USA | PRK
            Ukraina mengajukan banding atas putusan Rusia.                       | ACCUSE   | UKR | RUS
            Rusia menjatuhkan larangan bermain kepada atlet Ukraina.             | SANCTION | RUS | UKR
            Korea Utara mencabut kebijakan larangan masuk bagi warga Korea Selatan. | CONCEDE | PRK | KOR
            """)
    void codesVerbsTheLexiconLacked(String sentence, Plover type, String source, String target) {
        List<Event> events = code(sentence);
        assertThat(events).as("events of: %s", sentence).isNotEmpty();
        Event e = events.getFirst();
        assertThat(e.type()).as(e.toString()).isEqualTo(type);
        assertThat(e.sources()).as(e.toString()).containsExactly(source);
        assertThat(e.targets()).as(e.toString()).containsExactly(target);
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
