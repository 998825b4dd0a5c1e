package id.linimasa.event;

import id.linimasa.ArticleFixture;
import org.junit.jupiter.api.Test;

import java.util.List;

import static id.linimasa.event.CodedEvents.code;
import static id.linimasa.event.CodedEvents.ofType;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rules found with the blind batch {@code examples/events/id-13}: verbs the lexicon lacked, hearsay that does not reach
 * another subject's clause, and a denial told as a relative clause after the claim it answers.
 */
class EventBlindThirteenRulesTest {

    @Test
    void verbsOfEmergenciesSealsEscortsAndConsultationsAreCoded() {
        assertThat(ofType(code(ArticleFixture.world("Ukraina menetapkan keadaan darurat di Kyiv.")), Plover.COERCE)).singleElement()
                .satisfies(e -> assertThat(e.sources()).containsExactly("UKR"));
        assertThat(ofType(code(ArticleFixture.world("Ukraina memberlakukan jam malam di Kyiv.")), Plover.COERCE)).hasSize(1);
        assertThat(ofType(code(ArticleFixture.world("Kapal Rusia dihalau oleh Ukraina.")), Plover.COERCE)).singleElement()
                .satisfies(e -> assertThat(e.sources()).containsExactly("UKR"));
        assertThat(ofType(code(ArticleFixture.world("Ukraina menyegel gudang milik Rusia.")), Plover.COERCE)).hasSize(1);
        assertThat(ofType(code(ArticleFixture.world("Korea Selatan melarang duta besar Rusia kembali ke Seoul.")), Plover.SANCTION))
                .singleElement().satisfies(e -> assertThat(e.mode()).isEqualTo("diplomatic"));
        assertThat(ofType(code(ArticleFixture.world("Korea Utara menerbangkan bantuan ke Rusia.")), Plover.AID)).hasSize(1);
        assertThat(ofType(code(ArticleFixture.world("Ukraina berkonsultasi dengan Amerika Serikat.")), Plover.CONSULT)).singleElement()
                .satisfies(e -> assertThat(e.targets()).containsExactly("USA"));
        assertThat(ofType(code(ArticleFixture.world("Rusia menyambut putusan Korea Utara.")), Plover.SUPPORT)).hasSize(1);
        // the barred envoy told first is a description, not a ban the text tells
        assertThat(ofType(code(ArticleFixture.world("Duta Besar Amerika Serikat di Moskow dilarang menjenguk tahanan itu.")),
                Plover.SANCTION)).isEmpty();
    }

    @Test
    void hearsayDoesNotReachTheClauseOfAnotherSubject() {
        Event praise = ofType(code(ArticleFixture.world("Rusia menyatakan menghormati keputusan itu, sementara Korea Utara memuji Ukraina.")),
                Plover.SUPPORT).getFirst();
        assertThat(praise.status()).isEqualTo(EventStatus.ASSERTED);
        // "..., tetapi berterima kasih": the same speaker's clause goes on
        Event thanks = ofType(code(ArticleFixture.world("Putin mengatakan Rusia belum membutuhkan bantuan, tetapi berterima kasih kepada Korea Utara.")),
                Plover.SUPPORT).getFirst();
        assertThat(thanks.status()).isEqualTo(EventStatus.REPORTED);
        // what a claimant does next is its own act
        Event threat = ofType(code(ArticleFixture.world("Korea Utara mengaku bertanggung jawab dan mengancam Ukraina.")),
                Plover.THREATEN).getFirst();
        assertThat(threat.status()).isEqualTo(EventStatus.ASSERTED);
    }

    @Test
    void aRelativeDenialAfterAClaimAnswersTheClaimantAndTakesNoDateOfTheClaim() {
        List<Event> events = code(ArticleFixture.world("Ukraina menuduh Korea Utara mengirim pasukan ke Rusia bulan lalu, "
                + "tuduhan yang dibantah Pyongyang.").timex("bulan lalu", "2025-02"));
        assertThat(ofType(events, Plover.REJECT)).singleElement().satisfies(e -> {
            assertThat(e.sources()).containsExactly("PRK");
            assertThat(e.targets()).containsExactly("UKR");
            assertThat(e.status()).isEqualTo(EventStatus.ASSERTED);
            assertThat(e.date()).isNull();
        });
    }

    @Test
    void theGovernmentAtACapitalIsItsState() {
        List<Event> events = code(ArticleFixture.world("Putin menuding pemerintah di Washington mendalangi kerusuhan."));
        assertThat(ofType(events, Plover.ACCUSE)).singleElement().satisfies(e -> {
            assertThat(e.sources()).containsExactly("RUS");
            assertThat(e.targets()).containsExactly("USA");
        });
    }

    @Test
    void aDateClosingTheSentenceAfterACommaDatesARequestWhoseUrgedActItFollows() {
        List<Event> events = code(ArticleFixture.world("Rusia meminta Ukraina menarik pasukan dari perbatasan, Senin (23/12/2024).")
                .timex("Senin (23/12/2024)", "2024-12-23"));
        assertThat(ofType(events, Plover.REQUEST)).singleElement()
                .satisfies(e -> assertThat(e.date().value()).isEqualTo("2024-12-23"));
        // a date of the urged act itself stays the urged act's
        events = code(ArticleFixture.world("Rusia meminta Ukraina menarik pasukan paling lambat 15 Maret.").timex("15 Maret", "2025-03-15"));
        assertThat(ofType(events, Plover.REQUEST)).singleElement().satisfies(e -> assertThat(e.date()).isNull());
    }

    @Test
    void aThreatAfterDanWithNoOneNamedIsAimedAtWhomItsSubjectsActWas() {
        List<Event> events = code(ArticleFixture.world("Korea Utara mengecam Korea Selatan dan Amerika Serikat dan mengancam akan membalas."));
        assertThat(ofType(events, Plover.THREATEN)).singleElement()
                .satisfies(e -> assertThat(e.targets()).containsExactly("KOR", "USA"));
    }

    @Test
    void anEmergencyOverAHazardIsNoCoercionButOneOverUnrestIs() {
        assertThat(ofType(code(ArticleFixture.world("Pemerintah Kota Bandung mengumumkan status darurat sampah pada Senin.")), Plover.COERCE)).isEmpty();
        assertThat(ofType(code(ArticleFixture.world("Pemerintah Rusia memberlakukan keadaan darurat di Kursk setelah serangan Ukraina.")),
                Plover.COERCE)).singleElement().satisfies(e -> assertThat(e.sources()).containsExactly("RUS"));
    }

    @Test
    void aThreatAfterAFriendlyActIsNotAimedAtItsPartner() {
        List<Event> events = code(ArticleFixture.world("Korea Utara mengirim bantuan ke Rusia dan mengancam akan menembak jatuh pesawat mata-mata."));
        assertThat(ofType(events, Plover.THREATEN)).singleElement().satisfies(e -> assertThat(e.targets()).isEmpty());
    }
}
