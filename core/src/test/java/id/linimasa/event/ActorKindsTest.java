package id.linimasa.event;

import id.linimasa.ArticleFixture;
import org.junit.jupiter.api.Test;

import java.util.List;

import static id.linimasa.event.CodedEvents.code;
import static id.linimasa.event.CodedEvents.ofType;
import static org.assertj.core.api.Assertions.assertThat;

/** Who did what to whom, by the kinds of construction the blind batch id-8 showed wrong (sentences written for these tests). */
class ActorKindsTest {

    private static Event ofType(List<Event> events, Plover type) {
        return events.stream().filter(e -> e.type() == type).findFirst().orElseThrow();
    }

    /** The sides of the first event of the type coded from the text. */
    private static String sidesOf(Plover type, String text) {
        return sides(ofType(code(cast(text)), type));
    }

    private static String sides(Event e) {
        return String.join(",", e.sources()) + ">" + String.join(",", e.targets());
    }

    /** Indonesia and its neighbours, Switzerland, the WTO, governments, and officials named by office alone or with their state. */
    private static ArticleFixture cast(String text) {
        return ArticleFixture.text(text)
                .state("IDN", "Indonesia")
                .state("MYS", "Malaysia")
                .state("SAU", "Arab Saudi")
                .state("CHE", "Swiss")
                .state("NLD", "Belanda", "Kerajaan Belanda")
                .state("PSE", "Palestina")
                .state("ISR", "Israel")
                .state("SGP", "Singapura")
                .body("org:oki", "Organisasi Kerja Sama Islam", null, "OKI")
                .body("org:dpr", "DPR", "IDN")
                .place("loc:gedung_dpr", "Gedung DPR", null)
                .place("loc:senayan", "Senayan", null)
                .place("loc:jakarta", "Jakarta", "IDN")
                .person("per:wong", "Penny Wong", "AUS", "Menteri Luar Negeri")
                .state("AUS", "Australia")
                .body("org:pmi", "Palang Merah Indonesia", "IDN", "PMI")
                .place("loc:jenewa", "Jenewa", "CHE")
                .body("org:wto", "Organisasi Perdagangan Dunia", null, "WTO")
                .body("org:kemenhub", "Kementerian Perhubungan", "IDN")
                .body("org:pt_laut_biru", "PT Laut Biru", null)
                .body("org:lar", "Lembaga Advokasi Rakyat", null, "LAR")
                .body("org:serikat_buruh_nusantara", "Serikat Buruh Nusantara", null)
                .body("org:polri", "Polri", "IDN")
                .place("loc:medan", "Medan", "IDN")
                .place("loc:surabaya", "Surabaya", "IDN")
                .place("loc:makassar", "Makassar", "IDN")
                .body("org:pemerintah_malaysia", "Pemerintah Malaysia", "MYS")
                .body("org:pemerintah_arab_saudi", "Pemerintah Arab Saudi", "SAU")
                .person("per:budi_santoso", "Budi Santoso", null, "Menteri Perdagangan", "Budi")
                .person("per:tengku_zafrul", "Tengku Zafrul", null, "Menteri Perdagangan", "Zafrul")
                .person("per:nik_nazmi", "Nik Nazmi", null, "Menteri")
                .person("per:siti_nurbaya", "Siti Nurbaya", null, "Menteri Lingkungan Hidup")
                .person("per:yusuf_hasyim", "Yusuf Hasyim", null, "Menteri Agama", "Yusuf");
    }

    @Test
    void anOfficialJoinedToAForeignOneKeepsHisOwnState() {
        List<Event> events = code(cast("Delegasi gabungan yang dipimpin Menteri Perdagangan Budi Santoso dan Menteri "
                + "Perdagangan Malaysia Tengku Zafrul mengecam Organisasi Perdagangan Dunia. Budi kemudian mengkritik WTO."));
        assertThat(events).extracting(ActorKindsTest::sides).containsExactly("IDN,MYS>org:wto", "IDN>org:wto");
    }

    @Test
    void aVisitToAPlaceIsAimedAtTheBodyOfNoStateMetThere() {
        Event visit = ofType(code(cast("Menteri Perdagangan Budi Santoso dan Menteri Perdagangan Malaysia Tengku Zafrul "
                + "berkunjung ke Jenewa, Swiss, Selasa (4/6/2024), dan bertemu pejabat WTO.")
                .timex("Selasa (4/6/2024)", "2024-06-04")), Plover.CONSULT);
        assertThat(visit.mode()).isEqualTo("visit");
        assertThat(sides(visit)).isEqualTo("IDN,MYS>org:wto");
    }

    @Test
    void whoActsThroughAnOfficialWithALongTitleIsTheSource() {
        assertThat(sidesOf(Plover.CONSULT, "Pemerintah Malaysia melalui Menteri Sumber Daya Alam, Lingkungan, dan Perubahan Iklim "
                + "Nik Nazmi mengirim surat kepada Indonesia.")).isEqualTo("MYS>IDN");
    }

    @Test
    void theSubjectStandsBeforeAnAsideThatNamesTheSpeaker() {
        assertThat(sidesOf(Plover.AGREE, "Pemerintah Arab Saudi, menurut Yusuf, juga menyetujui permintaan Indonesia.")).isEqualTo("SAU>IDN");
    }

    @Test
    void aVerbAfterACommaGoesOnWithTheSubjectOfTheActJustTold() {
        assertThat(sidesOf(Plover.REQUEST, "Malaysia mengirim surat kepada Menteri Lingkungan Hidup Siti Nurbaya pada Jumat, "
                + "meminta Indonesia segera memadamkan kebakaran hutan.")).isEqualTo("MYS>IDN");
    }

    @Test
    void verbPhrasesWithANounObject() {
        List<Event> events = code(cast("Indonesia memanggil pulang Duta Besar Indonesia untuk Kerajaan Belanda. Malaysia mengajukan "
                + "permohonan ekstradisi kepada Indonesia. Kementerian Perhubungan membekukan izin operasi PT Laut Biru. "
                + "Pemerintah Malaysia menyampaikan belasungkawa kepada rakyat Indonesia."));
        assertThat(events).extracting(e -> e.type() + " " + sides(e))
                .containsExactly("SANCTION IDN>NLD", "REQUEST MYS>IDN", "SANCTION IDN>org:pt_laut_biru", "SUPPORT MYS>IDN");
    }

    @Test
    void whatACallWasForIsNoActOfItsOwn() {
        List<Event> events = code(cast("Menteri Luar Negeri Budi Santoso menelepon Menteri Luar Negeri Palestina untuk "
                + "menyampaikan dukungan Indonesia."));
        assertThat(events).extracting(Event::type).containsExactly(Plover.CONSULT);
    }

    @Test
    void aBodyNamedWithItsAbbreviationAndSeatActsForItself() {
        assertThat(sidesOf(Plover.REQUEST, "Lembaga Advokasi Rakyat (LAR) Medan mendesak Polri mengusut kematian dua pengunjuk rasa.")).isEqualTo("org:lar>org:polri");
    }

    @Test
    void placesListedAfterAPlacePrepositionAreNoTarget() {
        assertThat(sidesOf(Plover.PROTEST, "Serikat Buruh Nusantara berunjuk rasa di Medan, Surabaya dan Makassar.")).isEqualTo("org:serikat_buruh_nusantara>");
    }

    @Test
    void whoCondemnsAnAttackIsNotItsVictimButTheCiviliansItKilledAre() {
        assertThat(sidesOf(Plover.ASSAULT, "Malaysia mengecam serangan udara Israel ke sebuah kamp di Rafah yang menewaskan "
                + "sedikitnya 30 warga Palestina.")).isEqualTo("ISR>PSE");
    }

    @Test
    void whomAidIsForByPurposeRequestOrChannel() {
        List<Event> events = code(cast("Singapura siap mengirim tim pemadam untuk membantu Indonesia. Malaysia mengirim tim "
                + "penyelam atas permintaan Indonesia. Singapura memberikan bantuan senilai 100.000 dolar bagi para korban "
                + "melalui Palang Merah Indonesia (PMI)."));
        assertThat(events).filteredOn(e -> e.type() == Plover.AID).extracting(ActorKindsTest::sides)
                .containsExactly("SGP>IDN", "MYS>IDN", "SGP>IDN");
    }

    @Test
    void statesNamedBeforeTheMembersOfABodyActNotTheBody() {
        assertThat(sidesOf(Plover.REQUEST, "Indonesia bersama Malaysia dan sejumlah negara anggota Organisasi Kerja Sama Islam "
                + "(OKI) mendesak Israel menghentikan serangan.")).isEqualTo("IDN,MYS>ISR");
    }

    @Test
    void theGovernmentNamedAloneIsIndonesiasWhenTheSentenceNamesNoOtherStateInAnArticleAboutIndonesia() {
        assertThat(sidesOf(Plover.REJECT, "Indonesia menandatangani kontrak pembelian beras dengan Malaysia. Rencana impor "
                + "pemerintah itu ditolak Serikat Buruh Nusantara.")).isEqualTo("org:serikat_buruh_nusantara>IDN");
    }

    @Test
    void aProtestBeforeABodysBuildingIsAimedAtTheBodyAndWhatItRejectsIsPartOfIt() {
        List<Event> events = code(cast("Serikat Buruh Nusantara berunjuk rasa di depan Gedung DPR, Senayan, Jakarta, menolak "
                + "revisi undang-undang ketenagakerjaan."));
        assertThat(events).extracting(e -> e.type() + " " + sides(e)).containsExactly("PROTEST org:serikat_buruh_nusantara>org:dpr");
    }

    @Test
    void aCaptionSigningPastABracketedPosition() {
        Event signing = ofType(code(cast("Perjanjian itu dibahas sejak tahun lalu.").caption("Menteri Perdagangan Budi Santoso "
                + "(kanan) dan Menteri Luar Negeri Australia Penny Wong bertukar dokumen perjanjian di Jakarta.")), Plover.AGREE);
        assertThat(sides(signing)).isEqualTo("IDN>AUS");
    }

    @Test
    void thePresidentNamedByNoNameIsIndonesias() {
        assertThat(sidesOf(Plover.SUPPORT, "Serikat Buruh Nusantara menyatakan mendukung keputusan Presiden tersebut.")).isEqualTo("org:serikat_buruh_nusantara>IDN");
    }

    @Test
    void aVerbAfterDanAndATimeAdverbialSharesTheSubject() {
        Event refusal = ofType(code(cast("Malaysia tidak memiliki hubungan diplomatik dengan Israel dan selama ini menolak "
                + "normalisasi.")), Plover.REJECT);
        assertThat(refusal.sources()).containsExactly("MYS");
    }

    @Test
    void whatSelainAddsToWasToldBefore() {
        List<Event> events = code(cast("Selain menarik duta besarnya, Indonesia juga mengecam Belanda."));
        assertThat(events).extracting(Event::type).containsExactly(Plover.ACCUSE);
    }

    @Test
    void aLowerCaseDescriptionBetweenCommasIsAnAppositionOfTheSubject() {
        assertThat(sidesOf(Plover.SUPPORT, "Singapura dan Malaysia, dua negara pendiri Organisasi Kerja Sama Islam, menyampaikan "
                + "ucapan selamat kepada Indonesia.")).isEqualTo("SGP,MYS>IDN");
    }

    @Test
    void aSigningPartnerAfterALongObject() {
        assertThat(sidesOf(Plover.AGREE, "Menteri Agama Yusuf Hasyim menandatangani nota kesepahaman penyelenggaraan ibadah haji "
                + "tahun 1446 Hijriah di kota Jeddah pada awal pekan ini bersama Pemerintah Arab Saudi.")).isEqualTo("IDN>SAU");
    }

    @Test
    void leavingABodyIsAWithdrawalButAMoveAfterAVerbIsNot() {
        List<Event> events = code(cast("Malaysia menegaskan tidak akan keluar dari Organisasi Kerja Sama Islam. Kapal Singapura "
                + "itu diusir keluar dari perairan Indonesia oleh Malaysia."));
        assertThat(events).filteredOn(e -> e.type() == Plover.RETREAT).extracting(ActorKindsTest::sides)
                .containsExactly("MYS>org:oki");
    }

    @Test
    void steppingOutOfAPlaceNamingNoBodyOrStateIsNoWithdrawal() {
        List<Event> events = code(cast("Menteri Agama Yusuf Hasyim keluar dari ruang sidang dan menyapa wartawan."));
        assertThat(events).extracting(Event::type).doesNotContain(Plover.RETREAT);
    }

    @Test
    void anOrderIsARequest() {
        assertThat(sidesOf(Plover.REQUEST, "Malaysia memerintahkan Singapura menghentikan pembangunan tanggul.")).isEqualTo("MYS>SGP");
    }

    @Test
    void aCallToldAsANounAfterDalamIsTheSubjectsCall() {
        Event call = ofType(code(cast("Malaysia menyampaikan terima kasih atas bantuan Indonesia dalam percakapan telepon dengan "
                + "Singapura.")), Plover.CONSULT);
        assertThat(call.mode()).isEqualTo("phone");
        assertThat(sides(call)).isEqualTo("MYS>SGP");
    }

    @Test
    void aDemandToldRightAfterAProtestWithNoCommaIsTheProtest() {
        List<Event> events = code(cast("Serikat Buruh Nusantara berunjuk rasa di depan Gedung DPR pada Kamis pagi menuntut "
                + "kenaikan upah minimum."));
        assertThat(events).extracting(Event::type).containsExactly(Plover.PROTEST);
    }

    @Test
    void thePresidentOrGovernmentNamedAloneInForeignNewsIsNotIndonesias() {
        List<Event> president = code(ArticleFixture.world("Putin menerima Kim Jong Un di Moskow pada Selasa. Presiden juga "
                + "menolak tekanan dari Washington.").state("IDN", "Indonesia"));
        List<Event> government = code(ArticleFixture.world("Rusia dan Korea Utara meneken perjanjian kerja sama militer. "
                + "Pemerintah juga menolak kecaman itu.").state("IDN", "Indonesia"));
        assertThat(president).noneMatch(e -> e.sources().contains("IDN"));
        assertThat(government).noneMatch(e -> e.sources().contains("IDN"));
    }

    @Test
    void theLastOfAListClosedByACommaIsNoApposition() {
        assertThat(sidesOf(Plover.ACCUSE, "Malaysia, Singapura, dan Australia, mengecam pembangunan permukiman baru oleh Israel."))
                .isEqualTo("MYS,SGP,AUS>ISR");
        assertThat(sidesOf(Plover.ACCUSE, "Malaysia, Singapura, serta Australia, mengecam pembangunan permukiman baru oleh "
                + "Israel.")).isEqualTo("MYS,SGP,AUS>ISR");
        // a stretch ending in a name after "dan" goes on with the list: who it names accuses
        assertThat(ofType(code(cast("Indonesia, juga negara tetangganya Malaysia dan Singapura, mengecam pembangunan "
                + "permukiman baru oleh Israel.")), Plover.ACCUSE).sources()).contains("MYS", "SGP");
    }

    @Test
    void aNameWithAnAppositionAfterACommaIsTheSubjectNotTheLastActs() {
        Event condemnation = ofType(code(ArticleFixture.world("Usai Korea Utara menembakkan rudal ke laut, Korea Selatan, "
                + "tetangga terdekatnya, mengecam peluncuran itu.")), Plover.ACCUSE);
        assertThat(condemnation.sources()).containsExactly("KOR");
    }

    @Test
    void aRejectionByAnotherActorAfterAProtestIsItsOwnEvent() {
        List<Event> events = code(cast("Lembaga Advokasi Rakyat berdemonstrasi di depan kedutaan, Singapura menolak "
                + "permintaan ekstradisi itu."));
        assertThat(events).extracting(e -> e.type() + " " + String.join(",", e.sources())).contains("REJECT SGP");
        List<Event> placeNamed = code(cast("Lembaga Advokasi Rakyat berdemonstrasi di Kuala Lumpur, Malaysia, menolak "
                + "pembangunan tanggul.").place("loc:kuala_lumpur", "Kuala Lumpur", "MYS"));
        assertThat(placeNamed).extracting(Event::type).containsExactly(Plover.PROTEST);
    }

    @Test
    void aPlaceBeforeACommaIsNotListedWithTheSubjectAfterIt() {
        List<Event> events = code(cast("Serikat Buruh Nusantara berunjuk rasa di Jakarta, Malaysia menolak tuntutan itu."));
        assertThat(ofType(events, Plover.REJECT).sources()).containsExactly("MYS");
    }
}
