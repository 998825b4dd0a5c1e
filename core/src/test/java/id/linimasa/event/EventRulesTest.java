package id.linimasa.event;

import id.linimasa.ArticleFixture;
import org.junit.jupiter.api.Test;

import java.util.List;

import static id.linimasa.event.CodedEvents.code;
import static id.linimasa.event.CodedEvents.ofType;
import static org.assertj.core.api.Assertions.assertThat;

/** The rules tuned on the event gold set (examples/events): statements, complements, objects, passives, places, status. */
class EventRulesTest {

    private static Event only(ArticleFixture f) {
        List<Event> events = code(f);
        assertThat(events).hasSize(1);
        return events.getFirst();
    }

    private static Event ofType(List<Event> events, Plover type) {
        return events.stream().filter(e -> e.type() == type).findFirst().orElseThrow();
    }

    /** "KOR>USA": an event's source and target states, as the gold set writes them. */
    private static String sides(Event e) {
        return String.join(",", e.sources()) + ">" + String.join(",", e.targets());
    }

    private static Event only(String text) {
        return only(ArticleFixture.world(text));
    }

    @Test
    void aStatementAboutAnotherStateIsCodedWithItsOwnDate() {
        Event e = only(ArticleFixture.world("Peskov menyatakan hubungan Rusia dengan Korea Utara sangat erat pada Selasa (4/3).")
                .timex("Selasa (4/3)", "2025-03-04"));
        assertThat(e.type()).isEqualTo(Plover.STATEMENT);
        assertThat(e.sources()).containsExactly("RUS");
        assertThat(e.targets()).containsExactly("PRK");
        assertThat(e.date().value()).isEqualTo("2025-03-04");
    }

    @Test
    void aStatementTakesNoDateFromContext() {
        List<Event> events = code(ArticleFixture.world(
                "Putin bertemu Kim Jong Un pada Selasa (4/3). Peskov menyatakan hubungan Rusia dengan Korea Utara sangat erat.")
                .timex("Selasa (4/3)", "2025-03-04"));
        Event statement = ofType(events, Plover.STATEMENT);
        assertThat(statement.date()).isNull();
    }

    @Test
    void aStatementThatSaysAnEventIsCodedAsThatEventAlone() {
        Event e = only("Peskov mengatakan Rusia akan mendukung Korea Utara.");
        assertThat(e.type()).isEqualTo(Plover.SUPPORT);
        assertThat(e.status()).isEqualTo(EventStatus.PLANNED);
    }

    @Test
    void aStatementNeedsAStateOnEachSide() {
        assertThat(code(ArticleFixture.world("Peskov mengatakan cuaca di Moskow sangat dingin."))).isEmpty();
    }

    @Test
    void whatWasAgreedOrAskedIsPartOfTheAgreementOrRequest() {
        assertThat(only("Rusia dan Korea Utara sepakat saling membantu.").type()).isEqualTo(Plover.AGREE);
        Event request = only("Ukraina mendesak Korea Utara membebaskan warga Korea Selatan.");
        assertThat(request.type()).isEqualTo(Plover.REQUEST);
        assertThat(request.targets()).containsExactly("PRK");
    }

    @Test
    void aVerbAfterAClauseBreakIsNoComplement() {
        assertThat(code(ArticleFixture.world("Rusia dan Korea Utara sepakat, lalu menandatangani perjanjian.")))
                .extracting(Event::type).containsExactly(Plover.AGREE, Plover.AGREE);
    }

    @Test
    void anEventNounAsObjectGivesTheVerbItsTarget() {
        List<Event> events = code(ArticleFixture.world("Korea Selatan mengecam serangan Rusia ke Ukraina."));
        Event accuse = ofType(events, Plover.ACCUSE);
        assertThat(accuse.sources()).containsExactly("KOR");
        assertThat(accuse.targets()).containsExactly("RUS");
    }

    @Test
    void aStatesOwnBodyStandsForItselfWhenNoOtherStateTakesPart() {
        ArticleFixture home = ArticleFixture.world("Komisi Antikorupsi menahan seorang pejabat di Busan.")
                .body("org:kak", "Komisi Antikorupsi", "KOR");
        assertThat(only(home).sources()).containsExactly("org:kak");
        ArticleFixture abroad = ArticleFixture.world("Komisi Antikorupsi menahan seorang diplomat Rusia.")
                .body("org:kak", "Komisi Antikorupsi", "KOR");
        assertThat(sides(only(abroad))).isEqualTo("KOR>RUS");
    }

    @Test
    void aProtestMadeBySummoningAnEnvoyHasHappened() {
        Event e = only("Korea Selatan memanggil duta besar Rusia untuk menyampaikan protes keras.");
        assertThat(e.type()).isEqualTo(Plover.PROTEST);
        assertThat(e.status()).isEqualTo(EventStatus.ASSERTED);
        assertThat(sides(e)).isEqualTo("KOR>RUS");
        assertThat(only("Korea Selatan berencana untuk menyampaikan protes.").status()).isEqualTo(EventStatus.PLANNED);
    }

    @Test
    void aStatedSupportIsTheSpeakersOwnActNotAReport() {
        List<Event> events = code(ArticleFixture.world("Rusia menyatakan dukungan kepada Korea Utara dan mengecam Amerika Serikat."));
        assertThat(ofType(events, Plover.SUPPORT).status()).isEqualTo(EventStatus.ASSERTED);
        assertThat(ofType(events, Plover.ACCUSE).status()).isEqualTo(EventStatus.ASSERTED);
    }

    @Test
    void aPassiveSubjectReferringBackNamesTheTarget() {
        List<Event> events = code(ArticleFixture.world(
                "Rusia menyerang Ukraina pada Selasa (4/3). Insiden itu dikecam oleh Amerika Serikat.")
                .timex("Selasa (4/3)", "2025-03-04"));
        assertThat(sides(ofType(events, Plover.ACCUSE))).isEqualTo("USA>RUS");
    }

    @Test
    void aPassiveAgentNamedWithoutOleh() {
        Event e = only("Ukraina diserang pesawat nirawak Rusia.");
        assertThat(e.sources()).containsExactly("RUS");
        assertThat(e.targets()).containsExactly("UKR");
    }

    @Test
    void theOwnerOfWhatWasSeizedIsTheTarget() {
        Event e = only("Dua warga Korea Selatan ditahan oleh Korea Utara.");
        assertThat(e.type()).isEqualTo(Plover.COERCE);
        assertThat(e.sources()).containsExactly("PRK");
        assertThat(e.targets()).containsExactly("KOR");
    }

    @Test
    void aPlaceNoStateIsKnownForIsNoActor() {
        Event e = only(ArticleFixture.world("Korea Utara meluncurkan rudal ke Laut Timur.").place("loc:laut_timur", "Laut Timur", null));
        assertThat(e.sources()).containsExactly("PRK");
        assertThat(e.targets()).isEmpty();
    }

    @Test
    void anAppositionTiesAPlaceToItsState() {
        Event e = only(ArticleFixture.world("Rusia menyerang Dnipro, Ukraina, pada malam hari.").place("loc:dnipro", "Dnipro", null));
        assertThat(e.targets()).containsExactly("UKR");
        Event capital = only(ArticleFixture.world("Korea Selatan mengecam Kastelburg, ibu kota Varenia.")
                .state("loc:varenia", "Varenia").place("loc:kastelburg", "Kastelburg", null));
        assertThat(capital.targets()).containsExactly("loc:varenia");
    }

    @Test
    void aStateLearnedFromTheArticleActsAsAState() {
        Event e = only(ArticleFixture.world("Menteri Pertahanan Varenia, Oskar Brandt, mengunjungi Rusia.")
                .state("loc:varenia", "Varenia").person("per:oskar_brandt", "Oskar Brandt", null, "Menteri"));
        assertThat(e.sources()).containsExactly("loc:varenia");
        assertThat(e.targets()).containsExactly("RUS");
    }

    @Test
    void aNegatedWishIsHypotheticalNotDenied() {
        List<Event> events = code(ArticleFixture.world("Amerika Serikat memperingatkan Korea Utara agar tidak memasok senjata kepada Rusia."));
        Event aid = ofType(events, Plover.AID);
        assertThat(aid.status()).isEqualTo(EventStatus.HYPOTHETICAL);
    }

    @Test
    void aPlanWithAConditionAfterItIsHypothetical() {
        Event e = only("Amerika Serikat akan menjatuhkan sanksi terhadap Korea Utara jika uji rudal berlanjut.");
        assertThat(e.status()).isEqualTo(EventStatus.HYPOTHETICAL);
    }

    @Test
    void anAttributionAfterTheVerbMakesItReported() {
        assertThat(only("Korea Utara mengirim pasukan ke Rusia, menurut Ukraina.").status()).isEqualTo(EventStatus.REPORTED);
        assertThat(only("Menurut Ukraina, Korea Utara mengirim pasukan ke Rusia.").status()).isEqualTo(EventStatus.REPORTED);
    }

    @Test
    void aMeetingNounFollowedByASchedulingWordIsPlanned() {
        Event e = only("Pertemuan Putin dengan Kim Jong Un berikutnya dijadwalkan di Moskow.");
        assertThat(e.type()).isEqualTo(Plover.CONSULT);
        assertThat(e.status()).isEqualTo(EventStatus.PLANNED);
    }

    @Test
    void aRejectedAccusationIsAimedBackAtTheAccuser() {
        List<Event> events = code(ArticleFixture.world("Korea Selatan menuduh Korea Utara memasok senjata. Korea Utara menolak tuduhan itu."));
        Event reject = ofType(events, Plover.REJECT);
        assertThat(reject.sources()).containsExactly("PRK");
        assertThat(reject.targets()).containsExactly("KOR");
    }

    @Test
    void aReplyIsDatedByTheLetterItAnswersAndThePublication() {
        String text = "Putin mengirim surat kepada Kim Jong Un pada Senin (15/8).\nKim Jong Un membalas surat untuk Putin.";
        Event sameDay = code(ArticleFixture.world(text).published("2022-08-15").timex("Senin (15/8)", "2022-08-15")).getLast();
        assertThat(sameDay.sources()).containsExactly("PRK");
        assertThat(sameDay.date().value()).isEqualTo("2022-08-15");
        assertThat(sameDay.date().timexSpan()).isNull();
        Event later = code(ArticleFixture.world(text).published("2022-08-20").timex("Senin (15/8)", "2022-08-15")).getLast();
        assertThat(later.date().value()).isEqualTo("2022-08");
        assertThat(later.date().precision()).isEqualTo(Precision.MONTH);
        Event nextYear = code(ArticleFixture.world(text).published("2023-01-05").timex("Senin (15/8)", "2022-08-15")).getLast();
        assertThat(nextYear.date()).isNull();
    }

    @Test
    void aReactionToAnActToldBeforeIsAimedAtWhoDidIt() {
        List<Event> events = code(ArticleFixture.world("Rusia menyerang Ukraina pada malam hari. Korea Selatan mengecam serangan tersebut."));
        Event accuse = ofType(events, Plover.ACCUSE);
        assertThat(accuse.targets()).containsExactly("RUS");
    }

    @Test
    void whatARequestAskedForIsNoEvent() {
        Event e = only("Korea Utara menolak permintaan Korea Selatan untuk membebaskan kapal itu.");
        assertThat(e.type()).isEqualTo(Plover.REJECT);
    }

    @Test
    void theTwoStatesMostEventsWereBetweenAreKeduaNegara() {
        List<Event> events = code(ArticleFixture.world("""
                Perang di Ukraina, bantuan untuk Ukraina dan pengungsi Ukraina menjadi sorotan.
                Putin bertemu Kim Jong Un di Vladivostok. Rusia memuji Korea Utara. Kedua negara menandatangani perjanjian."""));
        Event agree = ofType(events, Plover.AGREE);
        assertThat(List.of(agree.sources().getFirst(), agree.targets().getFirst())).containsExactlyInAnyOrder("RUS", "PRK");
    }

    @Test
    void keduaNegaraKeepsTheOrderOfTheFirstEventBetweenThem() {
        List<Event> events = code(ArticleFixture.world(
                "Korea Selatan mengunjungi Amerika Serikat. Amerika Serikat memuji Korea Selatan. Kedua negara menandatangani perjanjian."));
        Event agree = ofType(events, Plover.AGREE);
        assertThat(sides(agree)).isEqualTo("KOR>USA");
    }

    @Test
    void aidOrADiplomaticActAtAPlaceInAnotherStateIsAimedAtThatState() {
        Event aid = only(ArticleFixture.world("Rusia siap membantu pembangunan pelabuhan di Korea Utara bagian timur."));
        assertThat(aid.type()).isEqualTo(Plover.AID);
        assertThat(sides(aid)).isEqualTo("RUS>PRK");
        Event embassy = only(ArticleFixture.world("Amerika Serikat akan membuka kembali kedutaan di Kyiv bulan depan."));
        assertThat(sides(embassy)).isEqualTo("USA>UKR");
        Event home = only(ArticleFixture.world("Rusia membantu pembangunan pelabuhan di Moskow."));
        assertThat(sides(home)).isEqualTo("RUS>");
    }

    @Test
    void aVerbAfterDanEndsTheSearchForTheObject() {
        List<Event> events = code(ArticleFixture.world(
                "Rusia membantah telah menyerang warga sipil dan menyebut sasarannya adalah gudang senjata Ukraina."));
        Event attack = ofType(events, Plover.ASSAULT);
        assertThat(sides(attack)).isEqualTo("RUS>");
    }

    @Test
    void aNameInAFrontedPhraseIsNotTheSubject() {
        Event e = only("Di sela pertemuan di Moskow, Putin bertemu Kim Jong Un.");
        assertThat(e.sources()).containsExactly("RUS");
    }

    @Test
    void aLetterReceivedPassivelyIsFromTheOwnerInItsObject() {
        Event e = only("Surat dari Kim Jong Un diterima Putin pada Senin.");
        assertThat(e.mode()).isEqualTo("letter");
        assertThat(e.sources()).containsExactly("PRK");
        assertThat(e.targets()).containsExactly("RUS");
    }

    @Test
    void aReplyToTheLetterToldBeforeGoesToItsWriter() {
        List<Event> events = code(ArticleFixture.world(
                "Kim Jong Un bertemu Presiden Amerika Serikat di Hanoi. Surat dari Putin dikirim kepada Kim Jong Un pada Senin. "
                        + "Kim Jong Un membalas surat itu dua hari kemudian."));
        Event reply = events.getLast();
        assertThat(reply.mode()).isEqualTo("letter");
        assertThat(sides(reply)).isEqualTo("PRK>RUS");
    }

    @Test
    void aReleaseOfThoseReferredBackToGoesToWhomTheSameSideSeizedThemFrom() {
        List<Event> events = code(ArticleFixture.world(
                "Korea Utara menangkap tiga nelayan Korea Selatan pada Senin. Korea Utara membebaskan ketiga nelayan itu pada Jumat."));
        assertThat(sides(ofType(events, Plover.CONCEDE))).isEqualTo("PRK>KOR");
        List<Event> unnamed = code(ArticleFixture.world(
                "Korea Utara menangkap tiga nelayan Korea Selatan pada Senin. Rusia membebaskan ketiga nelayan itu pada Jumat."));
        assertThat(sides(ofType(unnamed, Plover.CONCEDE))).isEqualTo("RUS>");
    }

    @Test
    void twoStatesNamedTogetherAreTheSidesNotAThirdParty() {
        Event e = only("Rusia dan Ukraina bertukar tawanan perang dengan mediasi Amerika Serikat.");
        assertThat(e.type()).isEqualTo(Plover.COOPERATE);
        assertThat(List.of(e.sources().getFirst(), e.targets().getFirst())).containsExactlyInAnyOrder("RUS", "UKR");
    }

    @Test
    void anActInAnActToldBeforeTakesItsDate() {
        List<Event> events = code(ArticleFixture.world(
                "Rusia dan Ukraina bertukar tawanan perang pada Minggu (5/1).\nRusia membebaskan tentara Ukraina dalam pertukaran itu.")
                .timex("Minggu (5/1)", "2025-01-05"));
        Event release = ofType(events, Plover.CONCEDE);
        assertThat(release.date().value()).isEqualTo("2025-01-05");
        assertThat(release.date().timexSpan()).isNull();
    }

    @Test
    void aVesselActsForItsFlagOrNotAtAll() {
        ArticleFixture flagged = ArticleFixture.world("Korea Utara menahan kapal nelayan Korea Selatan Sinar Laut di perairan itu.")
                .person("per:sinar_laut", "Sinar Laut", null, "kapal");
        Event e = only(flagged);
        assertThat(e.type()).isEqualTo(Plover.COERCE);
        assertThat(e.targets()).containsExactly("KOR");
        Event unflagged = only(ArticleFixture.world("Korea Utara menahan kapal Sinar Laut di perairan itu.")
                .person("per:sinar_laut", "Sinar Laut", null, "kapal"));
        assertThat(unflagged.targets()).isEmpty();
    }

    @Test
    void aDateAfterWhatWasAgreedIsThatActs() {
        Event e = only(ArticleFixture.world("Putin mengatakan Rusia dan Korea Utara sepakat melanjutkan perundingan keesokan harinya.")
                .timex("keesokan harinya", "2025-03-04"));
        assertThat(e.type()).isEqualTo(Plover.AGREE);
        assertThat(e.date()).isNull();
    }

    @Test
    void anAttackOnAPlaceInAStateIsAnAttackOnThatState() {
        Event e = only("Rusia melancarkan serangan rudal ke sejumlah kota di Ukraina.");
        assertThat(e.targets()).containsExactly("UKR");
    }

    @Test
    void aReferringObjectRightAfterTheVerbOutranksALaterName() {
        List<Event> events = code(ArticleFixture.world(
                "Amerika Serikat menyerang Korea Utara. Rusia mengutuk serangan itu sebagai pelanggaran kedaulatan Korea Utara."));
        Event accuse = ofType(events, Plover.ACCUSE);
        assertThat(accuse.targets()).containsExactly("USA");
    }

    @Test
    void welcomingAnAgreementIsAimedAtBothItsSides() {
        List<Event> events = code(ArticleFixture.world(
                "Rusia dan Korea Utara menandatangani perjanjian. Amerika Serikat menyambut baik kesepakatan tersebut."));
        Event support = ofType(events, Plover.SUPPORT);
        assertThat(support.targets()).containsExactlyInAnyOrder("RUS", "PRK");
    }

    @Test
    void theTwoWhoJustMetTakeTheirMeetingsDate() {
        List<Event> events = code(ArticleFixture.world(
                "Putin bertemu Kim Jong Un di Vladivostok pada Rabu (13/9).\nKedua pemimpin sepakat memperluas kerja sama militer.")
                .timex("Rabu (13/9)", "2023-09-13"));
        Event agree = ofType(events, Plover.AGREE);
        assertThat(agree.date().value()).isEqualTo("2023-09-13");
        assertThat(agree.date().timexSpan()).isNull();
    }

    @Test
    void closedBordersAndApprovedArmsSales() {
        Event closed = only("Korea Utara menutup perbatasan dengan Rusia.");
        assertThat(closed.type()).isEqualTo(Plover.SANCTION);
        assertThat(closed.targets()).containsExactly("RUS");
        Event sale = only("Amerika Serikat menyetujui penjualan senjata kepada Ukraina.");
        assertThat(sale.type()).isEqualTo(Plover.AID);
        assertThat(sale.mode()).isEqualTo("military");
        assertThat(sale.targets()).containsExactly("UKR");
    }

    @Test
    void aCaptionWithAPrimeMinistersTitleBetweenTheNames() {
        Event e = only(ArticleFixture.world("Kedua pihak belum berkomentar.")
                .caption("Presiden Rusia Vladimir Putin dan Perdana Menteri Korea Selatan Han Seo di Moskow, Senin (3/3).")
                .person("per:han_seo", "Han Seo", "KOR", "Perdana Menteri"));
        assertThat(e.caption()).isTrue();
        assertThat(e.type()).isEqualTo(Plover.CONSULT);
        assertThat(List.of(e.sources().getFirst(), e.targets().getFirst())).containsExactlyInAnyOrder("RUS", "KOR");
    }

    @Test
    void aStatementBesideAnEventOfOthersIsCodedToo() {
        List<Event> events = code(ArticleFixture.world(
                "Putin menegaskan bahwa hubungan dengan Korea Utara berjalan baik ketika ia menerima kunjungan Choe Son Hui pada Senin.")
                .timex("Senin", "2025-10-27"));
        assertThat(events).extracting(Event::type).containsExactlyInAnyOrder(Plover.CONSULT, Plover.STATEMENT);
        Event statement = ofType(events, Plover.STATEMENT);
        assertThat(statement).extracting(Event::sources, Event::targets, e -> e.date().value())
                .containsExactly(List.of("RUS"), List.of("PRK"), "2025-10-27");
        // what the speaker does in the same sentence is the statement
        assertThat(code(ArticleFixture.world("Rusia membantah menyerang Ukraina dan menyebut sasarannya adalah gudang senjata Korea Utara.")))
                .noneMatch(e -> e.type() == Plover.STATEMENT);
    }

    @Test
    void anOrganisationOfNoStateActsForItselfNotItsCountry() {
        // the catalog gives the party a country; a party is no state body all the same
        Event e = only(ArticleFixture.world("Partai Harapan Rakyat mengecam Rusia.")
                .body("org:partai_harapan_rakyat", "Partai Harapan Rakyat", "IDN"));
        assertThat(e.sources()).containsExactly("org:partai_harapan_rakyat");
        Event state = only(ArticleFixture.world("Badan Keamanan Laut mengecam Rusia.").body("org:bakamla", "Badan Keamanan Laut", "IDN"));
        assertThat(state.sources()).containsExactly("IDN");
    }

    @Test
    void aNationalOfficeNamedWithoutItsStateIsIndonesias() {
        Event e = only(ArticleFixture.world("Menteri Luar Negeri Sari Wulandari bertemu Vladimir Putin di Moskow.")
                .person("per:sari_wulandari", "Sari Wulandari", null, "Menteri Luar Negeri"));
        assertThat(e.sources()).containsExactly("IDN");
        assertThat(e.targets()).containsExactly("RUS");
    }

    @Test
    void allPartiesAreThoseOfThePlaceNamedElseTheTwoStatesOfTheStory() {
        List<Event> events = code(ArticleFixture.world("Kapal Tiongkok menabrak kapal Filipina. Indonesia meminta semua pihak menahan diri. "
                + "Jepang mendesak semua pihak yang bertikai di Sudan menghentikan pertempuran.")
                .state("CHN", "Tiongkok").state("PHL", "Filipina").state("IDN", "Indonesia").state("JPN", "Jepang").state("SDN", "Sudan"));
        assertThat(ofType(events, Plover.REQUEST).targets()).containsExactly("CHN", "PHL");
        assertThat(events.getLast().targets()).containsExactly("SDN");
    }

    @Test
    void afterTheAccusedsActAndGoesBackToTheAccuser() {
        List<Event> events = code(ArticleFixture.world("Rusia menuding Ukraina mencampuri urusan dalam negerinya dan menolak usulan Amerika Serikat."));
        assertThat(ofType(events, Plover.REJECT).sources()).containsExactly("RUS");
    }

    @Test
    void aReactionToAnActIsNotAimedAtWhomItWasDoneTo() {
        Event e = ofType(code(ArticleFixture.world("Amerika Serikat mengecam serangan terhadap kedutaan Korea Selatan.")), Plover.ACCUSE);
        assertThat(e.targets()).isEmpty();
        Event named = ofType(code(ArticleFixture.world("Amerika Serikat mengecam serangan Rusia terhadap Ukraina.")), Plover.ACCUSE);
        assertThat(named.targets()).containsExactly("RUS");
    }
}
