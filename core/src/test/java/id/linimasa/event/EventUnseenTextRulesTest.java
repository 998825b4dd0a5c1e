package id.linimasa.event;

import id.linimasa.ArticleFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static id.linimasa.event.CodedEvents.ofType;
import static org.assertj.core.api.Assertions.assertThat;

/** Rules found on the tenth blind batch (examples/events/id-10): verbs the lexicon lacked, leads, back-references, decrees. */
class EventUnseenTextRulesTest {

    private static List<Event> code(String text) {
        return CodedEvents.code(ArticleFixture.world(text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Amerika Serikat mengutus Menteri Luar Negeri ke Ukraina.             | CONSULT   | USA | UKR
            Putin membahas perdagangan melalui telepon dengan Kim Jong Un.       | CONSULT   | RUS | PRK
            Rusia dan Korea Utara setuju memperluas perdagangan.                 | AGREE     | RUS | PRK
            Rusia memberikan suaka kepada warga Ukraina.                         | AID       | RUS | UKR
            Rusia menangguhkan keanggotaan Ukraina.                              | SANCTION  | RUS | UKR
            Rusia menghentikan semua pembicaraan dengan Ukraina.                 | SANCTION  | RUS | UKR
            Korea Utara melepaskan dua warga Korea Selatan.                      | CONCEDE   | PRK | KOR
            Korea Utara melepaskan tembakan ke arah Korea Selatan.               | ASSAULT   | PRK | KOR
            Rusia menyerahkan para tahanan kepada Ukraina.                       | COOPERATE | RUS | UKR
            Rusia menawarkan kerja sama antariksa kepada Korea Utara.            | COOPERATE | RUS | PRK
            Ukraina memaksa kapal Rusia berbalik arah.                           | COERCE    | UKR | RUS
            Putin mengampuni tahanan Ukraina.                                    | CONCEDE   | RUS | UKR
            Korea Selatan memberikan amnesti kepada warga Korea Utara.           | CONCEDE   | KOR | PRK
            Amerika Serikat membiayai pembangunan pelabuhan di Ukraina.          | AID       | USA | UKR
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
    void theDatelineAndOutletOpeningTheArticleActInNothing() {
        List<Event> events = code("Kyiv, Kantor Berita -- Seorang pria bersenjata menyerbu Kedutaan Besar Rusia pada Jumat pagi.");
        Event attack = ofType(events, Plover.ASSAULT).getFirst();
        assertThat(attack.sources()).isEmpty();
        assertThat(attack.targets()).containsExactly("RUS");
    }

    @Test
    void aNounOfAuthorityBeforeAVerbNamesNoAct() {
        assertThat(ofType(code("Putin mengatakan kewenangan membebaskan warga Ukraina kini ada di tangan Korea Utara."), Plover.CONCEDE))
                .isEmpty();
    }

    @Test
    void aDecisionToActNamesAnActAlreadyTold() {
        List<Event> events = code("Rusia membebaskan tiga warga Ukraina. Ukraina berterima kasih kepada Rusia atas keputusan membebaskan warga Ukraina itu.");
        assertThat(ofType(events, Plover.CONCEDE)).hasSize(1);
    }

    @Test
    void anObjectFirstPassiveWhoseObjectRefersBackTellsNoNewAct() {
        List<Event> events = code("Rusia dan Korea Utara sepakat memperluas perdagangan. "
                + "Kesepakatan itu dicapai oleh kedua negara setelah perundingan panjang.");
        assertThat(ofType(events, Plover.AGREE)).hasSize(1);
    }

    @Test
    void aRocketAfterDenganIsTheMeansOfALaunchNotAnAttack() {
        assertThat(ofType(code("Satelit Ukraina diluncurkan dengan roket Amerika Serikat dari Florida."), Plover.ASSAULT)).isEmpty();
    }

    @Test
    void aDecreeSignedIsNoAgreement() {
        assertThat(ofType(code("Keputusan presiden tentang amnesti itu diteken Putin sehari kemudian."), Plover.AGREE)).isEmpty();
        assertThat(ofType(code("Putin meneken keputusan presiden tentang amnesti bagi warga Ukraina."), Plover.AGREE)).isEmpty();
        assertThat(ofType(code("Putin meneken perjanjian dengan Kim Jong Un."), Plover.AGREE)).hasSize(1);
    }

    @Test
    void steppingOutOfWhatTheTaggerCalledAPersonIsNoWithdrawal() {
        ArticleFixture f = ArticleFixture.world("Choe keluar dari Rutan Cipinang pada Jumat malam.")
                .person("per:rutan_cipinang", "Rutan Cipinang", null, "tahanan");
        assertThat(ofType(CodedEvents.code(f), Plover.RETREAT)).isEmpty();
    }

    @Test
    void aWelcomeWithNoGuestNamedIsNoVisit() {
        assertThat(ofType(code("Presiden Amerika Serikat menyambut para tahanan yang dibebaskan di pangkalan udara."), Plover.CONSULT))
                .isEmpty();
    }

    @Test
    void whoAttendedAnActWasThereWhenItHappened() {
        // a new paragraph takes no date from the last one's acts, but from the act it opens on
        List<Event> events = CodedEvents.code(ArticleFixture.world("Rusia dan Korea Utara menandatangani perjanjian di Moskow pada Selasa (4/3).\n"
                + "Penandatanganan itu disaksikan Menteri Luar Negeri Choe Son Hui yang sedang berkunjung ke Rusia.")
                .timex("Selasa (4/3)", "2025-03-04"));
        Event visit = ofType(events, Plover.CONSULT).getFirst();
        assertThat(visit.date()).isNotNull();
        assertThat(visit.date().value()).isEqualTo("2025-03-04");
    }

    @Test
    void aDeputyMinisterActsForTheStateAsTheMinisterDoes() {
        ArticleFixture f = ArticleFixture.world("Wakil Menteri Luar Negeri Budi Santoso meminta Rusia membebaskan para nelayan.")
                .person("per:budi_santoso", "Budi Santoso", null, "Wakil Menteri Luar Negeri");
        Event request = ofType(CodedEvents.code(f), Plover.REQUEST).getFirst();
        assertThat(request.sources()).containsExactly("IDN");
    }

    @Test
    void theSameMeetingDatesWhatWasDoneInIt() {
        List<Event> events = CodedEvents.code(ArticleFixture.world("Amerika Serikat menangguhkan keanggotaan Rusia pada Kamis (31/8). "
                + "Dalam pertemuan yang sama, Amerika Serikat juga mengutuk Korea Utara.").timex("Kamis (31/8)", "2023-08-31"));
        Event condemnation = ofType(events, Plover.ACCUSE).getFirst();
        assertThat(condemnation.date()).isNotNull();
        assertThat(condemnation.date().value()).isEqualTo("2023-08-31");
    }

    @Test
    void whomAVisitSendsGoesWithItsSourceAndItsTargetIsWhereTheyGo() {
        ArticleFixture f = ArticleFixture.world("Amerika Serikat mengutus Menteri Urusan Asia Budi Santoso ke Ukraina pada Jumat.")
                .person("per:budi_santoso", "Budi Santoso", null, "Menteri Urusan Asia");
        Event visit = ofType(CodedEvents.code(f), Plover.CONSULT).getFirst();
        assertThat(visit.sources()).containsExactly("USA");
        assertThat(visit.targets()).containsExactly("UKR");
    }

    @Test
    void aClauseOfTimeWithNoSubjectGoesOnWithTheMainClausesSubject() {
        Event meeting = ofType(code("Ukraina meminta Rusia membebaskan tawanan saat bertemu Presiden Amerika Serikat di Jenewa."),
                Plover.CONSULT).getFirst();
        assertThat(meeting.sources()).containsExactly("UKR");
        assertThat(meeting.targets()).containsExactly("USA");
    }

    @Test
    void aDateInARelativeAsideBeforeTheVerbIsTheAsidesNotTheVerbs() {
        List<Event> events = CodedEvents.code(ArticleFixture.world("Choe, yang melarikan diri dari Korea Utara pada 2016, ditangkap Rusia di Moskow pada Oktober 2018.")
                .timex("2016", "2016").timex("Oktober 2018", "2018-10"));
        Event arrest = ofType(events, Plover.COERCE).getFirst();
        assertThat(arrest.date().value()).isEqualTo("2018-10");
    }

    @Test
    void aDatelinesOutletPutsNoPlaceInItsState() {
        ArticleFixture f = ArticleFixture.world("Honiara, Harian Kita - Rusia mengirim delegasi ke Honiara pada Jumat.")
                .place("loc:honiara", "Honiara", null).body("org:harian_kita", "Harian Kita", "IDN");
        Event visit = ofType(CodedEvents.code(f), Plover.CONSULT).getFirst();
        assertThat(visit.targets()).doesNotContain("IDN");
    }
}
