package id.linimasa.event;

import id.linimasa.ArticleFixture;
import org.junit.jupiter.api.Test;

import java.util.List;

import static id.linimasa.event.CodedEvents.ofType;
import static org.assertj.core.api.Assertions.assertThat;

/** Rules found on the eleventh blind batch (examples/events/id-11): going home, states named by "negara itu" (its new verbs are tested with the tenth batch's). */
class EventBlindElevenRulesTest {

    private static List<Event> code(String text) {
        return CodedEvents.code(ArticleFixture.world(text));
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

    @Test
    void aBodyAgreeingWithNoPartnerDecidesOnTheActItNames() {
        List<Event> events = new EventCoder().apply(ArticleFixture.world("Dewan Perwakilan Rakyat sepakat menggunakan hak angket terhadap Putin.")
                .body("org:dpr", "Dewan Perwakilan Rakyat", "IDN", "DPR").analysis()).events();
        assertThat(ofType(events, Plover.AGREE)).isEmpty();
        assertThat(ofType(events, Plover.ACCUSE)).singleElement().satisfies(e -> assertThat(e.targets()).containsExactly("RUS"));
        // two sides agreeing still agree on what follows
        assertThat(ofType(code("Rusia dan Korea Utara sepakat menggunakan hak angket."), Plover.AGREE)).hasSize(1);
    }

    @Test
    void anActRightAfterTheMeetingJustToldHasItsDate() {
        List<Event> events = new EventCoder().apply(ArticleFixture.world("Putin tiba di Pyongyang pada Rabu (19/6). "
                + "Usai pertemuan, kedua negara menandatangani perjanjian kemitraan. Sebelum pertemuan itu, Putin menelepon Kim.")
                .timex("Rabu (19/6)", "2024-06-19").analysis()).events();
        assertThat(ofType(events, Plover.AGREE)).singleElement().satisfies(e -> assertThat(e.date().value()).isEqualTo("2024-06-19"));
        assertThat(ofType(events, Plover.CONSULT)).filteredOn(e -> "phone".equals(e.mode())).singleElement()
                .satisfies(e -> assertThat(e.date()).isNull());
    }

    @Test
    void aRequestGoingOnAfterACommaIsMadeToWhomTheActBeforeWasAimed() {
        assertThat(ofType(code("Ukraina mengirim surat kepada Rusia, meminta agar tahanan dibebaskan."), Plover.REQUEST)).singleElement()
                .satisfies(e -> assertThat(e.targets()).containsExactly("RUS"));
        // after "dan" the request names its own addressee, unnamed here
        assertThat(ofType(code("Ukraina mengutuk serangan Rusia dan meminta sekutu Barat mengirim bantuan."), Plover.REQUEST)).singleElement()
                .satisfies(e -> assertThat(e.targets()).isEmpty());
    }
}
