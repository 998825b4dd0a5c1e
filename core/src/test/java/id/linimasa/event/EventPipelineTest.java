package id.linimasa.event;

import id.linimasa.Analysis;
import id.linimasa.Linimasa;
import id.linimasa.extract.Article;
import id.linimasa.extract.PublicationTime;
import id.linimasa.quote.Quote;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Quotes and events through the whole standard pipeline (entities and time expressions found by their stages). */
class EventPipelineTest {

    private static final String BODY = """
            Di Moskow pada Kamis (13/3), Presiden Vladimir Putin bertemu Choe Son Hui, Menteri Luar Negeri Korea Utara. Keduanya membicarakan latihan bersama.
            “Hubungan kita berkembang pesat,” kata Putin kepada wartawan setelah pertemuan itu.
            Amerika Serikat menjatuhkan sanksi baru terhadap Korea Utara pada Jumat (14/3).
            Korea Utara tidak akan mengirim pasukan tambahan ke Ukraina, kata Choe.""";

    private static Analysis analyse() {
        Article a = new Article("t1", "t1.txt", null, "Putin Terima Menlu Korut", new PublicationTime(LocalDate.of(2025, 3, 15),
                LocalTime.of(10, 0), ZoneOffset.ofHours(7)), null, List.of(), List.of(), "contoh.id", "Moskow", "id",
                List.of(), List.of(), BODY);
        return Linimasa.analyse(a);
    }

    @Test
    void aMeetingDatedByItsOwnClauseWithStatesForOfficials() {
        Analysis a = analyse();
        Event meeting = a.events().stream().filter(e -> e.type() == Plover.CONSULT).findFirst().orElseThrow();
        assertThat(meeting.mode()).isEqualTo("meet");
        assertThat(meeting.sources()).containsExactly("RUS");
        assertThat(meeting.targets()).containsExactly("PRK");
        assertThat(meeting.date().value()).isEqualTo("2025-03-13");
        assertThat(meeting.location()).isNotNull();
        assertThat(meeting.status()).isEqualTo(EventStatus.ASSERTED);
    }

    @Test
    void aSanctionAndANegatedPlan() {
        Analysis a = analyse();
        Event sanction = a.events().stream().filter(e -> e.type() == Plover.SANCTION).findFirst().orElseThrow();
        assertThat(sanction.sources()).containsExactly("USA");
        assertThat(sanction.targets()).containsExactly("PRK");
        assertThat(sanction.date().value()).isEqualTo("2025-03-14");
        Event troops = a.events().stream().filter(e -> e.type() == Plover.MOBILIZE).findFirst().orElseThrow();
        assertThat(troops.status()).isEqualTo(EventStatus.NEGATED);
    }

    @Test
    void quotesWithTheirSpeakers() {
        List<Quote> quotes = analyse().quotes();
        assertThat(quotes).anySatisfy(q -> {
            assertThat(q.direct()).isTrue();
            assertThat(q.speakerId()).isEqualTo("per:vladimir_putin");
        });
        assertThat(quotes).anySatisfy(q -> {
            assertThat(q.direct()).isFalse();
            assertThat(q.speakerId()).isEqualTo("per:choe_son_hui");
        });
    }

    @Test
    void anEnvoyActsForTheStateThatSentThemNotTheOneTheyArePostedTo() {
        Article article = new Article("t2", "t2.txt", null, "Nelayan Ditahan", new PublicationTime(LocalDate.of(2024, 5, 2),
                LocalTime.of(9, 0), ZoneOffset.ofHours(7)), null, List.of(), List.of(), "contoh.id", "Jakarta", "id",
                List.of(), List.of(), "Duta Besar RI untuk Filipina Hendra Kusuma mengecam Filipina karena menahan enam nelayan asal Sulawesi Utara.");
        Event accusation = Linimasa.analyse(article).events().stream().filter(e -> e.type() == Plover.ACCUSE).findFirst().orElseThrow();
        assertThat(accusation.sources()).containsExactly("IDN");
        assertThat(accusation.targets()).containsExactly("PHL");
    }
}
