package id.linimasa.event;

import id.linimasa.Analysis;
import id.linimasa.ArticleFixture;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.util.List;

import static id.linimasa.event.CodedEvents.code;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class EventCoderTest {

    private static Event only(String text) {
        List<Event> events = code(ArticleFixture.world(text));
        assertThat(events).as("events of: %s", text).hasSize(1);
        return events.getFirst();
    }

    private static Event first(String text) {
        List<Event> events = code(ArticleFixture.world(text));
        assertThat(events).as("events of: %s", text).isNotEmpty();
        return events.getFirst();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Rusia dan Korea Utara sepakat memperluas perdagangan perbatasan.                 | AGREE     | RUS | PRK
            Amerika Serikat menandatangani nota kesepahaman dengan Ukraina.                  | AGREE     | USA | UKR
            Presiden Vladimir Putin bertemu dengan Kim Jong Un di Vladivostok.              | CONSULT   | RUS | PRK
            Kim Jong Un mengunjungi Rusia bulan lalu.                                       | CONSULT   | PRK | RUS
            Kim Jong Un berterima kasih kepada Rusia atas bantuan pangan.                   | SUPPORT   | PRK | RUS
            Korea Utara mendukung Rusia dalam sidang darurat.                               | SUPPORT   | PRK | RUS
            Rusia dan Korea Utara bekerja sama membangun jalur kereta.                      | COOPERATE | RUS | PRK
            Rusia memberikan bantuan pangan kepada Korea Utara.                             | AID       | RUS | PRK
            Ukraina meminta Amerika Serikat mempercepat pengiriman amunisi.                 | REQUEST   | UKR | USA
            Korea Selatan menuduh Korea Utara memasok peluru artileri.                      | ACCUSE    | KOR | PRK
            Amerika Serikat mengecam Korea Utara atas uji rudal terbaru.                    | ACCUSE    | USA | PRK
            Rusia menolak tawaran gencatan senjata dari Ukraina.                            | REJECT    | RUS | UKR
            Korea Utara mengancam Korea Selatan dengan serangan balasan.                    | THREATEN  | PRK | KOR
            Ratusan warga Ukraina memprotes Rusia di depan gedung kedutaan.                 | PROTEST   | UKR | RUS
            Amerika Serikat menjatuhkan sanksi baru terhadap Korea Utara.                   | SANCTION  | USA | PRK
            Korea Utara mengirim ribuan pasukan ke Rusia.                                   | MOBILIZE  | PRK | RUS
            Rusia meluncurkan rudal balistik ke Ukraina.                                    | ASSAULT   | RUS | UKR
            Rusia menyerang Ukraina dari tiga arah.                                         | ASSAULT   | RUS | UKR
            Korea Selatan menangkap dua warga Korea Utara di perbatasan.                    | COERCE    | KOR | PRK
            Rusia membebaskan tawanan perang Ukraina dalam pertukaran terbaru.              | CONCEDE   | RUS | UKR
            Rusia menarik pasukan dari Ukraina utara.                                       | RETREAT   | RUS | UKR
            Korea Utara membebaskan dua warga Korea Selatan.                                | CONCEDE   | PRK | KOR
            Ukraina mengusir diplomat Rusia dari Kyiv.                                      | SANCTION  | UKR | RUS
            Amerika Serikat memberlakukan embargo terhadap Korea Utara.                     | SANCTION  | USA | PRK
            Korea Selatan menahan kapal Korea Utara di perbatasan laut.                     | COERCE    | KOR | PRK
            Rusia menduduki wilayah Ukraina sejak 2014.                                     | ASSAULT   | RUS | UKR
            Korea Utara menyambut baik tawaran Rusia.                                       | SUPPORT   | PRK | RUS
            Rusia dan Korea Utara meratifikasi pakta pertahanan.                            | AGREE     | RUS | PRK
            Ukraina meluncurkan serangan pesawat nirawak ke wilayah Rusia.                  | ASSAULT   | UKR | RUS
            Ukraina menerima bantuan senjata dari Amerika Serikat.                          | AID       | USA | UKR
            Presiden Amerika Serikat menerima telepon dari Presiden Ukraina.                | CONSULT   | UKR | USA
            """)
    void codesEachCategoryWithItsActors(String sentence, Plover type, String source, String target) {
        Event e = first(sentence);
        assertThat(e.type()).isEqualTo(type);
        assertThat(e.type()).as(e.toString()).isEqualTo(type);
        assertThat(e.sources()).as(e.toString()).containsExactly(source);
        assertThat(e.targets()).as(e.toString()).containsExactly(target);
        assertThat(e.status()).isEqualTo(EventStatus.ASSERTED);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Perjanjian itu ditandatangani oleh Putin dan Kim di Pyongyang.   | AGREE    | RUS | PRK
            Ukraina diserang Rusia pada malam hari.                          | ASSAULT  | RUS | UKR
            Korea Utara dituduh Korea Selatan memasok senjata.               | ACCUSE   | KOR | PRK
            Korea Utara dijatuhi sanksi oleh Amerika Serikat.                | SANCTION | USA | PRK
            Ribuan tentara Korea Utara dikirim ke Rusia.                     | MOBILIZE | PRK | RUS
            Rusia dikunjungi Kim Jong Un untuk kedua kalinya.                | CONSULT  | PRK | RUS
            """)
    void passiveFormsSwapSubjectAndAgent(String sentence, Plover type, String source, String target) {
        Event e = first(sentence);
        assertThat(e.type()).isEqualTo(type);
        assertThat(e.sources()).containsExactly(source);
        assertThat(e.targets()).containsExactly(target);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Korea Utara tidak mengirim pasukan ke Rusia.                          | NEGATED
            Rusia belum menandatangani perjanjian itu dengan Ukraina.              | NEGATED
            Putin akan mengunjungi Korea Utara.                                    | PLANNED
            Kim Jong Un berencana bertemu dengan Putin di Vladivostok.             | PLANNED
            Jika Korea Utara menyerang Korea Selatan, perang akan meluas.          | HYPOTHETICAL
            Korea Utara dilaporkan mengirim pasukan ke Rusia.                      | REPORTED
            Menurut laporan intelijen, Korea Utara memasok rudal kepada Rusia.     | REPORTED
            Korea Utara diduga memasok senjata kepada Rusia.                       | REPORTED
            Rusia mengaku telah menembak jatuh pesawat Ukraina.                    | REPORTED
            Kelompok bersenjata tak dikenal menyerang Kyiv.                        | ASSERTED
            "Jika Korea Utara menyerang lagi, kami akan menembak jatuh setiap rudal," kata Putin. | HYPOTHETICAL
            """)
    void marksWhatIsNotAssertedAsFact(String sentence, EventStatus status) {
        assertThat(first(sentence).status()).isEqualTo(status);
    }

    @Test
    void aDenialIsARejectionAnsweringTheAccuserAndNegatesWhatItDenies() {
        List<Event> events = code(ArticleFixture.world("Korea Selatan menuduh Rusia memasok senjata. "
                + "Rusia membantah bahwa pihaknya menerima rudal dari Korea Utara."));
        Event denial = events.stream().filter(e -> e.type() == Plover.REJECT).findFirst().orElseThrow();
        assertThat(denial.status()).isEqualTo(EventStatus.ASSERTED);
        assertThat(denial.sources()).containsExactly("RUS");
        assertThat(denial.targets()).containsExactly("KOR");
        assertThat(events).filteredOn(e -> e.type() == Plover.AID && e.sources().contains("PRK"))
                .extracting(Event::status).containsExactly(EventStatus.NEGATED);
    }

    @Test
    void aDenialOfHavingActedIsARejectionAndNegatesTheAct() {
        List<Event> events = code(ArticleFixture.world("Korea Utara membantah telah mengirim pasukan ke Rusia."));
        assertThat(events).extracting(Event::type, Event::status).containsExactly(
                tuple(Plover.REJECT, EventStatus.ASSERTED),
                tuple(Plover.MOBILIZE, EventStatus.NEGATED));
    }

    @Test
    void aDenialAfterAnActByItselfAimsAtNoOne() {
        List<Event> events = code(ArticleFixture.world("Rusia menyerang Kyiv. Rusia membantah bahwa pihaknya menyasar warga sipil."));
        assertThat(events).filteredOn(e -> e.type() == Plover.REJECT).singleElement()
                .satisfies(e -> assertThat(e.targets()).isEmpty());
    }

    @Test
    void arrivingInACapitalIsAVisitToItsState() {
        Event e = first("Presiden Vladimir Putin tiba di Pyongyang pada Selasa untuk kunjungan kenegaraan.");
        assertThat(e.type()).isEqualTo(Plover.CONSULT);
        assertThat(e.mode()).isEqualTo("visit");
        assertThat(e.sources()).containsExactly("RUS");
        assertThat(e.targets()).containsExactly("PRK");
        assertThat(e.status()).isEqualTo(EventStatus.ASSERTED);
    }

    @Test
    void aGuestWelcomedIsTheSourceOfTheVisit() {
        Event e = only("Kim Jong Un disambut Presiden Vladimir Putin di Moskow.");
        assertThat(e.mode()).isEqualTo("visit");
        assertThat(e.sources()).containsExactly("PRK");
        assertThat(e.targets()).containsExactly("RUS");
    }

    @Test
    void aStateAfterACurrencyIsNoActor() {
        Event e = only("Korea Selatan meminta negara donor menyumbang 30 juta dolar AS.");
        assertThat(e.type()).isEqualTo(Plover.REQUEST);
        assertThat(e.targets()).doesNotContain("USA");
    }

    @Test
    void aListWithACommaBeforeItsLastNameKeepsEveryName() {
        Event e = only("Ukraina berterima kasih kepada Amerika Serikat, Korea Selatan, dan Korea Utara.");
        assertThat(e.targets()).containsExactly("USA", "KOR", "PRK");
    }

    @Test
    void twoSidesTogetherMeetAPartnerNamedAfterDengan() {
        Event e = only("Delegasi Amerika Serikat dan Korea Selatan bertemu dengan perwakilan militer Ukraina di Kyiv.");
        assertThat(e.sources()).containsExactly("USA", "KOR");
        assertThat(e.targets()).containsExactly("UKR");
    }

    @Test
    void theTwoMinistersAreThoseWhoLastMet() {
        List<Event> events = code(ArticleFixture.world("Amerika Serikat menjatuhkan sanksi kepada Rusia. Rusia mengancam Amerika Serikat. "
                + "Menteri Luar Negeri Korea Utara dan Menteri Luar Negeri Korea Selatan bertemu di Seoul pada Rabu. "
                + "Kedua menteri sepakat membuka jalur telepon."));
        assertThat(events).filteredOn(e -> e.type() == Plover.AGREE).singleElement()
                .satisfies(e -> assertThat(List.of(e.sources().getFirst(), e.targets().getFirst())).containsExactlyInAnyOrder("PRK", "KOR"));
    }

    @Test
    void anExerciseIsAimedAtNoOneUnlessHeldWithAPartner() {
        assertThat(only("Rusia memulai latihan gabungan Vostok Shield di Moskow.").targets()).isEmpty();
        assertThat(only("Rusia menggelar latihan militer dengan Korea Utara.").targets()).containsExactly("PRK");
    }

    @Test
    void troopsWithdrawnPassivelyAreWithdrawnByTheirOwner() {
        Event e = only("Pasukan Rusia mulai ditarik dari Ukraina pada Selasa.");
        assertThat(e.type()).isEqualTo(Plover.RETREAT);
        assertThat(e.sources()).containsExactly("RUS");
        assertThat(e.targets()).containsExactly("UKR");
    }

    @Test
    void citizensAndMigrantWorkersActForIndonesiaInATextSetAbroad() {
        ArticleFixture abroad = ArticleFixture.text("Polisi Malaysia menangkap tiga WNI di Johor.")
                .state("MYS", "Malaysia", "Kuala Lumpur").state("IDN", "Indonesia", "Jakarta");
        List<Event> events = code(abroad);
        assertThat(events).filteredOn(e -> e.type() == Plover.COERCE).singleElement()
                .satisfies(e -> assertThat(e.targets()).containsExactly("IDN"));
    }

    @Test
    void policeAndMinistersNamedByNoStateAreIndonesiasInATextAboutIndonesia() {
        ArticleFixture home = ArticleFixture.text("Ribuan buruh berunjuk rasa di Jakarta. Polisi membubarkan massa setelah sebagian "
                + "pengunjuk rasa melempari aparat dengan batu. Perwakilan buruh bertemu dengan Menteri Ketenagakerjaan di kantornya.")
                .state("IDN", "Indonesia", "Jakarta");
        List<Event> events = code(home);
        assertThat(events).filteredOn(e -> e.type() == Plover.COERCE).singleElement()
                .satisfies(e -> assertThat(e.sources()).containsExactly("org:polri"));
        assertThat(events).filteredOn(e -> e.type() == Plover.CONSULT).singleElement()
                .satisfies(e -> assertThat(e.targets()).containsExactly("IDN"));
        assertThat(events).as("the stones were thrown by the unnamed protesters, not the police")
                .noneMatch(e -> e.type() == Plover.ASSAULT && e.sources().contains("org:polri"));
    }

    @Test
    void policeInATextAboutAnotherStateAreNotIndonesias() {
        assertThat(code(ArticleFixture.world("Ribuan warga berunjuk rasa di Moskow. Polisi membubarkan massa dengan gas air mata.")))
                .noneMatch(e -> e.involved().contains("org:polri"));
    }

    @Test
    void aBareVerbAlsoTakesKan() {
        Event e = only("Rusia mengirimkan rudal ke Korea Utara.");
        assertThat(e.type()).isEqualTo(Plover.AID);
        assertThat(e.targets()).containsExactly("PRK");
    }

    @Test
    void aReactionIsAimedAtTheAgentOfTheActItNames() {
        assertThat(code(ArticleFixture.world("Ukraina memprotes larangan ekspor gandum yang diberlakukan Rusia.")))
                .filteredOn(e -> e.type() == Plover.PROTEST).singleElement()
                .satisfies(e -> assertThat(e.targets()).containsExactly("RUS"));
    }

    @Test
    void aThreatIsAimedAtTheAgentOfTheActItNames() {
        assertThat(code(ArticleFixture.world("Korea Utara mengancam latihan militer yang digelar Amerika Serikat.")))
                .filteredOn(e -> e.type() == Plover.THREATEN).singleElement()
                .satisfies(e -> assertThat(e.targets()).containsExactly("USA"));
    }

    @Test
    void thoseBackedByAStateActForItAndTheBackingIsNoEvent() {
        List<Event> events = code(ArticleFixture.world("Ukraina menuding peretas yang didukung Rusia menyerang jaringan listriknya."));
        assertThat(events).extracting(Event::type).doesNotContain(Plover.SUPPORT);
        assertThat(events).filteredOn(e -> e.type() == Plover.ACCUSE).singleElement()
                .satisfies(e -> assertThat(e.targets()).containsExactly("RUS"));
    }

    @Test
    void aPromisedActIsPlannedAndASpeakersNextActIsTheirOwn() {
        assertThat(only("Amerika Serikat menjanjikan bantuan kepada Ukraina.").status()).isEqualTo(EventStatus.PLANNED);
        Event demand = only("Washington menyebut penahanan itu bermotif politik dan menuntut Rusia membebaskannya.");
        assertThat(demand.type()).isEqualTo(Plover.REQUEST);
        assertThat(demand.status()).isEqualTo(EventStatus.ASSERTED);
    }

    @Test
    void anExchangeOfFireIsAnAttackByBothSides() {
        Event e = only("Pasukan Rusia dan Ukraina terlibat baku tembak di Kursk.");
        assertThat(e.type()).isEqualTo(Plover.ASSAULT);
        assertThat(List.of(e.sources().getFirst(), e.targets().getFirst())).containsExactly("RUS", "UKR");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Presiden Vladimir Putin melakukan kunjungan kenegaraan ke Korea Utara. | CONSULT | RUS | PRK
            Rusia melakukan serangan udara ke Ukraina.                             | ASSAULT | RUS | UKR
            Korea Selatan menyampaikan kecaman keras terhadap Korea Utara.         | ACCUSE  | KOR | PRK
            Rusia memberikan dukungan penuh kepada Korea Utara.                    | SUPPORT | RUS | PRK
            Amerika Serikat mengumumkan bantuan senilai 10 juta dolar untuk Ukraina. | AID   | USA | UKR
            """)
    void anActNamedByANounAfterALightVerbIsTheSubjects(String sentence, Plover type, String source, String target) {
        Event e = only(sentence);
        assertThat(e.type()).isEqualTo(type);
        assertThat(e.sources()).containsExactly(source);
        assertThat(e.targets()).containsExactly(target);
    }

    @Test
    void aBodyWhoseNameEndsInAStatesActsForIt() {
        Event e = code(ArticleFixture.world("Sembilan nelayan Korea Utara ditangkap aparat Badan Penjaga Pantai Korea Selatan di Laut Kuning.")
                .body("org:badan_penjaga_pantai_korea_selatan", "Badan Penjaga Pantai Korea Selatan", null)).getFirst();
        assertThat(e.type()).isEqualTo(Plover.COERCE);
        assertThat(e.sources()).containsExactly("KOR");
        assertThat(e.targets()).containsExactly("PRK");
    }

    @Test
    void forceTheAccuserSaysWasUsedOnNoOneNamedWasUsedOnTheAccuser() {
        List<Event> events = code(ArticleFixture.world("Ukraina menuduh Rusia membunuh warga sipil dan berjanji akan membalas."));
        assertThat(events).filteredOn(e -> e.type() == Plover.ASSAULT).singleElement().satisfies(e -> {
            assertThat(e.sources()).containsExactly("RUS");
            assertThat(e.targets()).containsExactly("UKR");
            assertThat(e.status()).isEqualTo(EventStatus.REPORTED);
        });
    }

    @Test
    void aMissionNamedAfterItsStateActsForIt() {
        List<Event> events = code(ArticleFixture.world("Kedutaan Besar Ukraina di Moskow memprotes penahanan itu.")
                .place("loc:kedutaan_besar_ukraina", "Kedutaan Besar Ukraina", null));
        assertThat(events).singleElement().satisfies(e -> assertThat(e.sources()).containsExactly("UKR"));
    }

    @Test
    void catchingFishIsNoArrest() {
        assertThat(code(ArticleFixture.world("Nelayan Korea Utara menangkap ikan di perairan Rusia."))).isEmpty();
    }

    @Test
    void aPassiveDescribingANameWithNoAgentIsNoEvent() {
        assertThat(code(ArticleFixture.world("Ukraina menolak mengekstradisi seorang pejabat Rusia yang dituduh korupsi.")))
                .extracting(Event::type).containsExactly(Plover.REJECT);
    }

    @Test
    void whatAnAccuserAllegesIsReported() {
        List<Event> events = code(ArticleFixture.world("Korea Selatan menuduh Korea Utara memasok peluru artileri kepada Rusia."));
        assertThat(events).extracting(Event::type).containsExactly(Plover.ACCUSE, Plover.AID);
        assertThat(events.get(0).status()).isEqualTo(EventStatus.ASSERTED);
        assertThat(events.get(1).status()).isEqualTo(EventStatus.REPORTED);
        assertThat(events.get(1).sources()).containsExactly("PRK");
        assertThat(events.get(1).targets()).containsExactly("RUS");
    }

    @Test
    void notOnlyIsNotANegation() {
        assertThat(only("Korea Utara tidak hanya mendukung Rusia secara politik.").status()).isEqualTo(EventStatus.ASSERTED);
    }

    @Test
    void modesForMeetingsVisitsLettersAndSignatures() {
        assertThat(only("Putin menerima kunjungan Choe Son Hui di Moskow.").mode()).isEqualTo("visit");
        assertThat(only("Putin mengirim surat kepada Kim Jong Un.").mode()).isEqualTo("letter");
        assertThat(only("Putin bertelepon dengan Kim Jong Un.").mode()).isEqualTo("phone");
        assertThat(only("Rusia dan Korea Utara menandatangani pakta pertahanan.").mode()).isEqualTo("sign");
        assertThat(only("Putin mengadakan pembicaraan dengan Choe Son Hui.").mode()).isEqualTo("meet");
    }

    @Test
    void hostingMakesTheVisitorTheSource() {
        Event e = only("Putin menerima kunjungan Choe Son Hui di Moskow.");
        assertThat(e.sources()).containsExactly("PRK");
        assertThat(e.targets()).containsExactly("RUS");
        assertThat(e.sourceEntities()).containsExactly("per:choe_son_hui");
        assertThat(e.targetEntities()).containsExactly("per:vladimir_putin");
        assertThat(e.location()).isEqualTo("RUS");
    }

    @Test
    void officialsActForTheStateOfTheirRole() {
        Event e = only("Menteri Luar Negeri Choe Son Hui bertemu dengan Dmitry Peskov.");
        assertThat(e.sources()).containsExactly("PRK");
        assertThat(e.targets()).containsExactly("RUS");
        assertThat(e.sourceEntities()).containsExactly("per:choe_son_hui");
    }

    @Test
    void theClauseOwnDateWinsAndContextDatesTheRest() {
        List<Event> events = code(ArticleFixture.world("""
                Kim Jong Un bertemu dengan Dmitry Peskov pada Selasa (14/1). Sehari sebelumnya Rusia telah mengirim surat kepada Korea Utara. \
                Korea Utara kemudian mengirim pasukan ke Rusia.""")
                .timex("Selasa (14/1)", "2025-01-14").timex("Sehari sebelumnya", "2025-01-13"));
        assertThat(events).extracting(Event::type).containsExactly(Plover.CONSULT, Plover.CONSULT, Plover.MOBILIZE);
        assertThat(events.get(0).date().value()).isEqualTo("2025-01-14");
        assertThat(events.get(0).date().precision()).isEqualTo(Precision.DAY);
        assertThat(events.get(0).date().timexSpan()).isNotNull();
        assertThat(events.get(1).date().value()).isEqualTo("2025-01-13");
        assertThat(events.get(2).date().value()).as("from context").isEqualTo("2025-01-13");
        assertThat(events.get(2).date().timexSpan()).isNull();
        assertThat(events.get(2).confidence()).isLessThan(events.get(0).confidence());
    }

    @Test
    void contextDatesReachNoFurtherThanTheParagraph() {
        List<Event> events = code(ArticleFixture.world("""
                Kim Jong Un bertemu dengan Dmitry Peskov pada Selasa (14/1).
                Korea Utara telah berulang kali mengirim pasukan ke Rusia.""")
                .timex("Selasa (14/1)", "2025-01-14"));
        assertThat(events).extracting(Event::type).containsExactly(Plover.CONSULT, Plover.MOBILIZE);
        assertThat(events.get(0).date().value()).isEqualTo("2025-01-14");
        assertThat(events.get(1).date()).as("background in the next paragraph").isNull();
    }

    @Test
    void anEventWithoutItsTargetIsLessCertain() {
        List<Event> events = code(ArticleFixture.world("""
                Korea Utara menuduh Rusia. Korea Utara menuduh."""));
        assertThat(events).extracting(Event::type).containsExactly(Plover.ACCUSE, Plover.ACCUSE);
        assertThat(events.get(0).identified()).isTrue();
        assertThat(events.get(1).identified()).isFalse();
        assertThat(events.get(1).confidence()).isLessThan(events.get(0).confidence()).isLessThanOrEqualTo(0.4);
    }

    @Test
    void aThreatIsAimedAtWhomTheThreatenedActIs() {
        List<Event> events = code(ArticleFixture.world("""
                Korea Utara mengancam akan menghentikan pasokan gas ke Rusia jika tuntutannya tidak dipenuhi."""));
        Event threat = events.stream().filter(e -> e.type() == Plover.THREATEN).findFirst().orElseThrow();
        assertThat(threat.sources()).containsExactly("PRK");
        assertThat(threat.targets()).containsExactly("RUS");
        assertThat(events).filteredOn(e -> e.type() != Plover.THREATEN)
                .allSatisfy(e -> assertThat(e.status()).isNotEqualTo(EventStatus.ASSERTED));
    }

    @Test
    void theTwoMinistersAreTheArticlesTwoStates() {
        List<Event> events = code(ArticleFixture.world("Rusia dan Korea Utara memperbarui hubungan. Kedua menteri luar negeri bertemu di Moskow."));
        assertThat(events).filteredOn(e -> e.type() == Plover.CONSULT).singleElement()
                .satisfies(e -> assertThat(e.involved()).contains("RUS", "PRK"));
    }

    @Test
    void aMeetingOnAVisitIsThatVisit() {
        Event e = only("Kim Jong Un mengunjungi Moskow dan bertemu Vladimir Putin.");
        assertThat(e.mode()).isEqualTo("visit");
        assertThat(e.targetEntities()).contains("per:vladimir_putin");
    }

    @Test
    void anUndatedTextGivesUndatedEventsNotThePublicationDate() {
        Event e = only("Putin bertemu dengan sejumlah diplomat senior Korea Utara di Vladivostok.");
        assertThat(e.date()).isNull();
    }

    @Test
    void aDateThatOnlyStartsAPeriodOrBelongsToAnotherVerbIsNotTheEventDate() {
        List<Event> events = code(ArticleFixture.world(
                "Korea Selatan telah memperdalam hubungan dengan Ukraina sejak mengirim pasukan ke perbatasan pada 2023.")
                .timex("pada 2023", "2023"));
        assertThat(events).extracting(Event::type).containsExactly(Plover.COOPERATE, Plover.MOBILIZE);
        assertThat(events.get(0).date()).isNull();
        assertThat(events.get(1).date().value()).isEqualTo("2023");
        assertThat(events.get(1).sources()).as("shares the main clause's subject").containsExactly("KOR");
    }

    @Test
    void aBackReferenceToTheMeetingTakesItsDate() {
        List<Event> events = code(ArticleFixture.world("""
                Putin menerima kunjungan Choe Son Hui pada hari Senin.
                Tahun 2024 kedua negara meneken pakta pertahanan.
                Pada kesempatan itu pula, Choe mengirim surat kepada Putin.""")
                .timex("pada hari Senin", "2025-10-27").timex("Tahun 2024", "2024"));
        assertThat(events).hasSize(3);
        assertThat(events.get(1).involved()).as("kedua negara").containsExactlyInAnyOrder("RUS", "PRK");
        assertThat(events.get(1).sources()).hasSize(1);
        assertThat(events.get(2).mode()).isEqualTo("letter");
        assertThat(events.get(2).date().value()).isEqualTo("2025-10-27");
    }

    @Test
    void quotedWordsTakeNoDateFromTheAttribution() {
        List<Event> events = code(ArticleFixture.world(
                "“Kami sudah sepakat dengan Korea Utara,” kata Putin kepada wartawan, Selasa (28/10/2025).")
                .timex("Selasa (28/10/2025)", "2025-10-28"));
        assertThat(events).hasSize(1);
        assertThat(events.getFirst().type()).isEqualTo(Plover.AGREE);
        assertThat(events.getFirst().date()).isNull();
        assertThat(events.getFirst().status()).isEqualTo(EventStatus.REPORTED);
    }

    @Test
    void captionsAreMarkedAndABareNounCodesNothing() {
        List<Event> events = code(ArticleFixture.world("Pertemuan ini menjadi sorotan dunia.")
                .caption("Putin berjabat tangan dengan Kim Jong Un di Vladivostok, 13 September 2023.")
                .timex("13 September 2023", "2023-09-13"));
        assertThat(events).hasSize(1);
        assertThat(events.getFirst().caption()).isTrue();
        assertThat(events.getFirst().date().value()).isEqualTo("2023-09-13");
    }

    @Test
    void sentencesWithoutLinkedActorsCodeNothing() {
        assertThat(code(ArticleFixture.world("Warga setempat menolak rencana pembangunan pasar."))).isEmpty();
    }

    @Test
    void aDateInsideAPhraseYieldsToTheLastEventDate() {
        List<Event> events = code(ArticleFixture.world("""
                Rusia dan Korea Utara menandatangani pakta pertahanan di Moskow pada Selasa (11/3). Pakta itu mengakhiri perundingan yang dimulai tiga bulan sebelumnya. \
                Pakta tersebut diteken oleh Kim Jong Un bersama Putin.""")
                .timex("pada Selasa (11/3)", "2025-03-11").timex("tiga bulan sebelumnya", "2024-12"));
        assertThat(events).extracting(Event::type).containsExactly(Plover.AGREE, Plover.AGREE);
        assertThat(events.get(1).date().value()).isEqualTo("2025-03-11");
    }

    @Test
    void aDateThatOpensTheSentenceMovesTheNarrative() {
        List<Event> events = code(ArticleFixture.world("""
                Putin bertemu dengan Kim Jong Un pada 2019.
                Pada 2023, hubungan kedua negara semakin erat. Korea Utara mengirim pasukan ke Rusia.""")
                .timex("pada 2019", "2019").timex("Pada 2023", "2023"));
        assertThat(events.getLast().type()).isEqualTo(Plover.MOBILIZE);
        assertThat(events.getLast().date().value()).isEqualTo("2023");
    }

    @Test
    void aProposedMeetingIsNoMeeting() {
        assertThat(code(ArticleFixture.world("Surat itu berisi tawaran perundingan antara Rusia dan Ukraina."))).isEmpty();
    }

    @Test
    void aPassiveWithItsObjectFirstTakesTheAgentAfterTheVerbAndTheRecipientAfterKepada() {
        Event e = only("Ini adalah surat yang dikirim Putin kepada Kim Jong Un bulan lalu.");
        assertThat(e.mode()).isEqualTo("letter");
        assertThat(e.sources()).containsExactly("RUS");
        assertThat(e.targets()).containsExactly("PRK");
    }

    @Test
    void whatTheAccusedDidNextIsTheirs() {
        List<Event> events = code(ArticleFixture.world("Ukraina menuduh Rusia membalas dengan memberikan bantuan rudal kepada Korea Utara."));
        assertThat(events).extracting(Event::type).containsExactly(Plover.ACCUSE, Plover.AID);
        assertThat(events.get(1).sources()).containsExactly("RUS");
    }

    @Test
    void aCaptionPicturingTwoLeadersAtAPlaceIsAMeeting() {
        List<Event> events = code(ArticleFixture.world("Hubungan kedua negara terus menguat.")
                .place("loc:vladivostok", "Vladivostok", "RUS")
                .caption("Kim Jong Un dan Vladimir Putin di Vladivostok, Kamis (25/4/2019).")
                .caption("Choe Son Hui di Pyongyang, Jumat (26/4/2019).")
                .caption("Choe Son Hui dan presiden Rusia Vladimir Putin di Moskow, Senin (27/10/2025).")
                .timex("Kamis (25/4/2019)", "2019-04-25").timex("Senin (27/10/2025)", "2025-10-27"));
        assertThat(events).hasSize(2);
        assertThat(events.get(1).date().value()).as("titles between the names").isEqualTo("2025-10-27");
        Event e = events.getFirst();
        assertThat(e.type()).isEqualTo(Plover.CONSULT);
        assertThat(e.caption()).isTrue();
        assertThat(e.involved()).contains("RUS", "PRK");
        assertThat(e.location()).isEqualTo("loc:vladivostok");
        assertThat(e.date().value()).isEqualTo("2019-04-25");
    }

    @Test
    void aMessageFromSomeoneNamesItsAuthorNotItsRecipient() {
        Event e = only("Choe Son Hui mengirim pesan dari Kim Jong Un.");
        assertThat(e.mode()).isEqualTo("letter");
        assertThat(e.targetEntities()).isEmpty();
    }

    @Test
    void aMeetingNounWithAStateAndItsOfficials() {
        Event e = only("Pertemuan antara Putin dan para diplomat Korea Utara digelar tertutup.");
        assertThat(e.sources()).containsExactly("RUS");
        assertThat(e.targets()).containsExactly("PRK");
    }

    @Test
    void aPlanBeforeTheQuotationMarksGovernsTheQuotedVerb() {
        Event e = only("Putin mengatakan Rusia akan “memperluas kerja sama dengan Korea Utara”.");
        assertThat(e.status()).isEqualTo(EventStatus.PLANNED);
    }

    @Test
    void anObjectFirstPassiveDoesNotReachAcrossAnotherVerb() {
        assertThat(code(ArticleFixture.world("Korea Selatan melacak rudal Korea Utara lalu mempelajari data yang ditembakkan kemarin.")))
                .noneMatch(e -> e.type() == Plover.ASSAULT);
    }

    @Test
    void anAttackNounWithOnlyItsTargetNamed() {
        Event e = only("Serangan ke wilayah Rusia meningkat tajam.");
        assertThat(e.type()).isEqualTo(Plover.ASSAULT);
        assertThat(e.sources()).isEmpty();
        assertThat(e.targets()).containsExactly("RUS");
    }

    @Test
    void theSubjectStandsBeforeARelativeAside() {
        Event e = only("Kim Jong Un, yang didampingi pejabat Rusia, meninjau pabrik sebelum bertemu dengan Choe Son Hui.");
        assertThat(e.type()).isEqualTo(Plover.CONSULT);
        assertThat(e.sourceEntities()).containsExactly("per:kim_jong_un");
    }
}
