package id.linimasa.event;

import id.linimasa.ArticleFixture;
import org.junit.jupiter.api.Test;

import java.util.List;

import static id.linimasa.event.CodedEvents.code;
import static id.linimasa.event.CodedEvents.ofType;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rules found on the third blind batch (examples/events/id-9): what a call, visit or request was for, conditions,
 * meetings on a visit told before, dates from the occasion a sentence refers back to, and actors of fronted phrases.
 */
class EventContextRulesTest {

    private static Event ofType(List<Event> events, Plover type) {
        return events.stream().filter(e -> e.type() == type).findFirst().orElseThrow();
    }

    private static String date(Event e) {
        return e.date() == null ? null : e.date().value();
    }

    @Test
    void whatAVisitOrRequestWasForIsNoActOfItsOwn() {
        assertThat(code(ArticleFixture.world("Korea Selatan mengirim utusan ke Washington untuk meminta keringanan tarif.")))
                .extracting(Event::type).containsExactly(Plover.CONSULT);
        assertThat(code(ArticleFixture.world("Ukraina meminta akses kepada Rusia untuk menemui para tawanan perangnya.")))
                .extracting(Event::type).containsExactly(Plover.REQUEST);
    }

    @Test
    void aPassiveConditionWithNoOneNamedIsNoRequest() {
        assertThat(code(ArticleFixture.world("Rusia menyatakan siap membantu Korea Utara jika diminta.")))
                .extracting(Event::type).containsExactly(Plover.AID);
    }

    @Test
    void aMeetingInASentenceOpeningOnTheVisitJustToldIsThatVisit() {
        List<Event> events = code(ArticleFixture.world("Putin berkunjung ke Pyongyang pada Selasa (18/6).\n"
                + "Dalam kunjungan itu, Putin bertemu Kim Jong Un di Istana Kumsusan.").timex("Selasa (18/6)", "2024-06-18"));
        assertThat(events).hasSize(1);
        assertThat(events.getFirst().mode()).isEqualTo("visit");
    }

    @Test
    void onTheSidelinesOfASummitIsTheSummitsDay() {
        List<Event> events = code(ArticleFixture.world("Putin menghadiri KTT di Kazan pada Selasa (22/10).\n"
                + "Di sela KTT, Putin bertemu Kim Jong Un.").timex("Selasa (22/10)", "2024-10-22"));
        assertThat(date(events.getLast())).isEqualTo("2024-10-22");
        assertThat(events.getLast().mode()).isEqualTo("meet");
    }

    @Test
    void theSameStatementIsTheDayOfTheLastAct() {
        List<Event> events = code(ArticleFixture.world("Amerika Serikat menjatuhkan sanksi kepada Korea Utara pada Senin (3/3).\n"
                + "Dalam pernyataan yang sama, Amerika Serikat menuduh Korea Utara melanggar resolusi PBB.")
                .timex("Senin (3/3)", "2025-03-03"));
        assertThat(date(ofType(events, Plover.ACCUSE))).isEqualTo("2025-03-03");
    }

    /** The event of the type coded from one sentence with one dated expression. */
    private static Event dated(String sentence, String when, String value, Plover type) {
        return ofType(code(ArticleFixture.world(sentence).timex(when, value)), type);
    }

    @Test
    void aDateAfterAgarOrAfterTheAccusedsActIsThatActsNotTheRequestsOrAccusations() {
        Event request = dated("Ukraina meminta dukungan Amerika Serikat agar paket bantuannya disahkan pada Oktober mendatang.",
                "Oktober mendatang", "2025-10", Plover.REQUEST);
        assertThat(request.targets()).containsExactly("USA");
        assertThat(request.date()).isNull();
        Event accusation = dated("Ukraina menuding Rusia mendalangi sabotase pipa gas pada 3 Maret lalu.", "3 Maret lalu", "2025-03-03",
                Plover.ACCUSE);
        assertThat(accusation.targets()).containsExactly("RUS");
        assertThat(accusation.date()).isNull();
    }

    @Test
    void bothMinistersAfterAFrontedConnectiveTakeTheMeetingsDay() {
        List<Event> events = code(ArticleFixture.world("Choe Son Hui bertemu Presiden Vladimir Putin di Moskow pada Selasa (4/3).\n"
                + "Selain itu, kedua menteri menandatangani nota kesepahaman tentang pariwisata.").timex("Selasa (4/3)", "2025-03-04"));
        assertThat(date(ofType(events, Plover.AGREE))).isEqualTo("2025-03-04");
    }

    @Test
    void aYearEndingANameDatesNothing() {
        Event e = ofType(code(ArticleFixture.world("Rusia dan Korea Utara membuka latihan Vostok 2024 di Vladivostok pada Senin (2/9).")
                .timex("2024", "2024").timex("Senin (2/9)", "2024-09-02")), Plover.MOBILIZE);
        assertThat(date(e)).isEqualTo("2024-09-02");
        // a year that opens the sentence, even after a capital, is a date
        Event framed = ofType(code(ArticleFixture.world("Pada 2024, Rusia dan Korea Utara menandatangani perjanjian kemitraan.")
                .timex("2024", "2024")), Plover.AGREE);
        assertThat(date(framed)).isEqualTo("2024");
    }

    @Test
    void aNameAfterMenurutIsNoSubject() {
        Event e = ofType(code(ArticleFixture.world("Menurut militer Ukraina, tentara Rusia menaiki kapal Ukraina dan merampas muatannya.")),
                Plover.COERCE);
        assertThat(e.sources()).containsExactly("RUS");
    }

    @Test
    void aWordForTheMilitaryAfterABracketedAbbreviationJoinsTheSubject() {
        Event e = ofType(code(ArticleFixture.world("Tentara Nasional Indonesia (TNI) dan militer Amerika Serikat membuka latihan gabungan di Situbondo.")
                .state("IDN", "Indonesia").body("org:tni", "Tentara Nasional Indonesia", "IDN", "TNI")), Plover.MOBILIZE);
        assertThat(e.sources()).containsExactlyInAnyOrder("IDN", "USA");
    }

    @Test
    void hackersSponsoredByTheStateOfAStateActForIt() {
        Event e = ofType(code(ArticleFixture.world("Amerika Serikat menuduh kelompok peretas yang disponsori negara Korea Utara mencuri data bank.")),
                Plover.ACCUSE);
        assertThat(e.targets()).containsExactly("PRK");
    }

    @Test
    void whenTheLeadersWhoJustMetAgreeADateInAnotherActsClauseIsNotTheirs() {
        List<Event> events = code(ArticleFixture.world("Putin bertemu Kim Jong Un di Pyongyang pada Rabu (19/6).\n"
                + "Kedua pemimpin menyambut baik peluncuran jalur kereta pada Mei lalu dan sepakat menambah rute penerbangan.")
                .timex("Rabu (19/6)", "2024-06-19").timex("Mei lalu", "2024-05"));
        assertThat(date(ofType(events, Plover.AGREE))).isEqualTo("2024-06-19");
    }

    @Test
    void tengahBeforeAVerbAfterSertaKeepsTheSubjectOfTheActBefore() {
        List<Event> events = code(ArticleFixture.world("Rusia telah menandatangani perjanjian dengan Korea Utara, serta tengah merundingkan "
                + "perjanjian serupa dengan Korea Selatan."));
        assertThat(events.getLast().sources()).containsExactly("RUS");
        assertThat(events.getLast().targets()).containsExactly("KOR");
    }

    @Test
    void aGatheringIsMetWithWhoeverHeldIt() {
        Event e = ofType(code(ArticleFixture.world("Kim Jong Un menghadiri jamuan makan malam yang digelar Presiden Rusia Vladimir Putin.")),
                Plover.CONSULT);
        assertThat(e.sources()).containsExactly("PRK");
        assertThat(e.targets()).containsExactly("RUS");
    }

    @Test
    void actsTheLexiconLearnedOnTheBatch() {
        assertThat(code(ArticleFixture.world("Rusia menghibahkan dua kapal patroli kepada Korea Utara."))).extracting(Event::type)
                .containsExactly(Plover.AID);
        assertThat(code(ArticleFixture.world("Korea Utara menutup wilayah udaranya bagi maskapai Korea Selatan."))).extracting(Event::type)
                .containsExactly(Plover.SANCTION);
        assertThat(code(ArticleFixture.world("Pasukan Rusia dan Ukraina saling tembak di dekat perbatasan."))).extracting(Event::type)
                .containsExactly(Plover.ASSAULT);
        assertThat(code(ArticleFixture.world("Ukraina menangguhkan perjanjian transit gas dengan Rusia."))).extracting(Event::type)
                .containsExactly(Plover.SANCTION);
        assertThat(code(ArticleFixture.world("Putin mengajak Korea Utara memperluas perdagangan."))).extracting(Event::type)
                .containsExactly(Plover.REQUEST);
    }
}
