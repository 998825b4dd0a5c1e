package id.linimasa.event;

import id.linimasa.ArticleFixture;
import org.junit.jupiter.api.Test;

import java.util.List;

import static id.linimasa.event.CodedEvents.code;
import static id.linimasa.event.CodedEvents.ofType;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rules found with the blind batch {@code examples/events/id-14}: acts the lexicon lacked (martial law and its lifting,
 * impeachment, compensation, import limits, tear gas, an internet shutdown), and what they must not take (review findings).
 */
class EventBlindFourteenRulesTest {

    @Test
    void martialLawIsCoercionAndLiftingItOrAnEmergencyConcedes() {
        assertThat(ofType(code(ArticleFixture.world("Ukraina mengumumkan darurat militer di wilayah timur.")), Plover.COERCE))
                .singleElement().satisfies(e -> assertThat(e.sources()).containsExactly("UKR"));
        List<Event> lifted = code(ArticleFixture.world("Ukraina mencabut status darurat militer di Kyiv."));
        assertThat(ofType(lifted, Plover.CONCEDE)).singleElement().satisfies(e -> assertThat(e.sources()).containsExactly("UKR"));
        assertThat(ofType(lifted, Plover.SANCTION)).isEmpty();
        assertThat(ofType(code(ArticleFixture.world("Ukraina mencabut jam malam di Kyiv.")), Plover.CONCEDE)).hasSize(1);
        // revoking a state's status is still a sanction
        assertThat(ofType(code(ArticleFixture.world("Amerika Serikat mencabut status Rusia sebagai mitra dagang.")), Plover.SANCTION))
                .hasSize(1);
    }

    @Test
    void impeachmentCompensationImportLimitsTearGasAndShutdownsAreCoded() {
        assertThat(ofType(code(ArticleFixture.world("Parlemen Ukraina mengajukan mosi pemakzulan terhadap Presiden Ukraina.")),
                Plover.ACCUSE)).hasSize(1);
        assertThat(ofType(code(ArticleFixture.world("Rusia memberikan santunan kepada keluarga nelayan Korea Selatan.")), Plover.AID))
                .singleElement().satisfies(e -> assertThat(e.sources()).containsExactly("RUS"));
        assertThat(ofType(code(ArticleFixture.world("Korea Selatan membatasi impor baja dari Rusia.")), Plover.SANCTION))
                .singleElement().satisfies(e -> assertThat(e.mode()).isEqualTo("economic"));
        assertThat(ofType(code(ArticleFixture.world("Polisi Rusia menembakkan gas air mata ke arah pengunjuk rasa di Moskow.")),
                Plover.COERCE)).hasSize(1);
        assertThat(ofType(code(ArticleFixture.world("Rusia memblokir layanan data seluler di wilayah Belgorod.")), Plover.COERCE))
                .singleElement().satisfies(e -> assertThat(e.sources()).containsExactly("RUS"));
    }

    @Test
    void summoningAnEnvoyAccusesUnlessTheSentenceTellsTheProtest() {
        assertThat(ofType(code(ArticleFixture.world("Ukraina memanggil kuasa usaha Rusia di Kyiv.")), Plover.ACCUSE))
                .singleElement().satisfies(e -> {
                    assertThat(e.sources()).containsExactly("UKR");
                    assertThat(e.targets()).containsExactly("RUS");
                });
        List<Event> protest = code(ArticleFixture.world("Ukraina memanggil duta besar Rusia untuk menyampaikan protes."));
        assertThat(ofType(protest, Plover.PROTEST)).hasSize(1);
        assertThat(ofType(protest, Plover.ACCUSE)).isEmpty();
        List<Event> recall = code(ArticleFixture.world("Ukraina memanggil pulang duta besarnya dari Moskow."));
        assertThat(ofType(recall, Plover.SANCTION)).hasSize(1);
        assertThat(ofType(recall, Plover.ACCUSE)).isEmpty();
    }

    @Test
    void aDemonstrationByAnUnnamedCrowdIsCodedButNotARelativeClause() {
        assertThat(ofType(code(ArticleFixture.world("Ribuan warga berunjuk rasa di pusat kota pada malam hari.")), Plover.PROTEST))
                .hasSize(1);
        assertThat(ofType(code(ArticleFixture.world("Polisi Rusia menangkap mahasiswa yang berunjuk rasa di pusat kota.")),
                Plover.PROTEST)).isEmpty();
        // an adverb between "yang" and the verb keeps the clause relative; a ban or a right to protest is no protest
        assertThat(ofType(code(ArticleFixture.world("Polisi Rusia menangkap mahasiswa yang ikut berunjuk rasa di pusat kota.")),
                Plover.PROTEST)).isEmpty();
        assertThat(ofType(code(ArticleFixture.world("Warga dilarang berunjuk rasa di kawasan Istana.")), Plover.PROTEST)).isEmpty();
        assertThat(ofType(code(ArticleFixture.world("Hak mogok kerja dijamin undang-undang.")), Plover.PROTEST)).isEmpty();
    }

    @Test
    void aSummonsBesideAnotherOnesProtestStaysTheAccusation() {
        List<Event> events = code(ArticleFixture.world(
                "Ukraina memanggil duta besar Rusia setelah ribuan warga berunjuk rasa di depan kedutaan."));
        assertThat(ofType(events, Plover.ACCUSE)).singleElement().satisfies(e -> assertThat(e.targets()).containsExactly("RUS"));
        List<Event> both = code(ArticleFixture.world("Ukraina memanggil duta besar Rusia dan menyampaikan protes keras."));
        assertThat(ofType(both, Plover.PROTEST)).hasSize(1);
        assertThat(ofType(both, Plover.ACCUSE)).isEmpty();
    }

    @Test
    void summonsesOfNoEnvoyAndCivilActsAreNoEvents() {
        assertThat(code(ArticleFixture.world("Hakim memanggil kuasa hukum terdakwa dari Rusia."))).isEmpty();
        assertThat(code(ArticleFixture.world("Presiden Ukraina memanggil Wakil Menteri Luar Negeri ke Istana."))).isEmpty();
        assertThat(ofType(code(ArticleFixture.world("Ukraina memblokir data kependudukan dua juta warga.")), Plover.COERCE)).isEmpty();
        assertThat(ofType(code(ArticleFixture.world("Perusahaan Rusia itu menguasai lahan di desa Sungai Rengas.")), Plover.ASSAULT))
                .isEmpty();
    }

    @Test
    void whatASummonsIsForIsNoRequestOfItsOwn() {
        List<Event> events = code(ArticleFixture.world("Ukraina memanggil duta besar Rusia untuk meminta penjelasan."));
        assertThat(ofType(events, Plover.ACCUSE)).hasSize(1);
        assertThat(ofType(events, Plover.REQUEST)).isEmpty();
    }

    @Test
    void aNameJoinedToAPlaceOfProtestDoesNotRejectWhatTheProtestRejects() {
        List<Event> events = code(ArticleFixture.text("Ribuan dokter berunjuk rasa di depan Gedung DPR dan MPR menolak RUU itu.")
                .state("IDN", "Indonesia").body("org:dpr", "DPR", "IDN").body("org:mpr", "MPR", "IDN"));
        assertThat(ofType(events, Plover.PROTEST)).hasSize(1);
        assertThat(ofType(events, Plover.REJECT)).isEmpty();
    }

    @Test
    void fundingTakingACityAndGroundingAreCoded() {
        assertThat(ofType(code(ArticleFixture.world("Amerika Serikat mendanai kelompok oposisi di Ukraina.")), Plover.AID))
                .singleElement().satisfies(e -> assertThat(e.mode()).isEqualTo("economic"));
        assertThat(ofType(code(ArticleFixture.world("Rusia menguasai kota Bakhmut di Ukraina.")), Plover.ASSAULT)).hasSize(1);
        assertThat(ofType(code(ArticleFixture.world("Korea Selatan melarang pengoperasian pesawat buatan Rusia.")), Plover.SANCTION))
                .hasSize(1);
    }
}
