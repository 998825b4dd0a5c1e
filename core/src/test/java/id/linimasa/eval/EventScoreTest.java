package id.linimasa.eval;

import id.linimasa.event.Event;
import id.linimasa.event.EventDate;
import id.linimasa.event.EventStatus;
import id.linimasa.event.Plover;
import id.linimasa.event.Precision;
import id.linimasa.text.Sentence;
import id.linimasa.text.Span;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EventScoreTest {

    private static final String DOC = """
            # a test document
            @dct 2024-06-20T08:30+07:00
            Rusia dan Korea Utara menandatangani perjanjian pada Rabu (19/6/2024). Korea Selatan memprotes perjanjian itu.
            = AGREE sign RUS>PRK 2024-06-19 ASSERTED "menandatangani"
            = PROTEST - KOR>RUS,PRK - ASSERTED "memprotes"
            @caption Putin dan Kim di Pyongyang.
            = CONSULT meet PRK>RUS - ASSERTED "Putin"
            """;

    @Test
    void readsTextCaptionsAndTriggersAsSpansIntoTheAnalysisText(@TempDir Path dir) throws IOException {
        EventGoldDocument doc = read(dir, DOC);
        String text = doc.article().analysisText();
        assertThat(doc.gold()).hasSize(3);
        assertThat(doc.gold().get(0).trigger().of(text)).isEqualTo("menandatangani");
        assertThat(doc.gold().get(1).targets()).containsExactly("RUS", "PRK");
        assertThat(doc.gold().get(1).date()).isNull();
        assertThat(doc.gold().get(2).trigger().start()).isGreaterThanOrEqualTo(doc.article().captionStart());
        assertThat(doc.gold().get(2).trigger().of(text)).isEqualTo("Putin");
        assertThat(doc.created().date()).hasToString("2024-06-20");
    }

    @Test
    void aMalformedLineIsNamed(@TempDir Path dir) {
        assertThatThrownBy(() -> read(dir, "@dct 2024-06-20\nRusia menyerang Ukraina.\n= ASSAULT - RUS>UKR 2024 ASSERTED \"membom\"\n"))
                .hasMessageContaining("line 3").hasMessageContaining("not found");
        assertThatThrownBy(() -> read(dir, "@dct 2024-06-20\nRusia menyerang Ukraina.\n= ATTACK - RUS>UKR 2024 ASSERTED \"menyerang\"\n"))
                .hasMessageContaining("line 3").hasMessageContaining("ATTACK");
    }

    @Test
    void scoresTypeActorsDatesAndStatus(@TempDir Path dir) throws IOException {
        EventGoldDocument doc = read(dir, DOC);
        String text = doc.article().analysisText();
        int second = text.indexOf("Korea Selatan");
        List<Sentence> sentences = List.of(new Sentence(new Span(0, second - 1), false),
                new Sentence(new Span(second, text.indexOf('\n')), false),
                new Sentence(new Span(doc.article().captionStart(), text.length()), true));
        Span agree = doc.gold().get(0).trigger(), protest = doc.gold().get(1).trigger();
        List<Event> system = List.of(
                // named the other way round: an agreement is done together, so it still matches
                event(Plover.AGREE, "sign", List.of("PRK"), List.of("RUS"), "2024-06-19", sentences.get(0).span(), agree, EventStatus.ASSERTED),
                // right type, one target missing and a date the gold does not give, wrong status
                event(Plover.PROTEST, null, List.of("KOR"), List.of("RUS"), "2024-06-19", sentences.get(1).span(), protest, EventStatus.PLANNED),
                // a type the gold does not have there
                event(Plover.ACCUSE, null, List.of("KOR"), List.of("RUS"), null, sentences.get(1).span(), protest, EventStatus.ASSERTED));
        EventScore s = EventScore.of(doc.name(), text, doc.gold(), system, sentences);
        assertThat(s.typePrf().precision()).isEqualTo(2 / 3.0);
        assertThat(s.typePrf().recall()).isEqualTo(2 / 3.0);
        assertThat(s.actorPrf().recall()).isEqualTo(1 / 3.0);
        assertThat(s.datePrf().recall()).isEqualTo(1 / 3.0);
        assertThat(s.fullPrf().recall()).isEqualTo(1 / 3.0);
        assertThat(s.statusAccuracy()).isEqualTo(0.5);
        assertThat(s.misses()).anyMatch(m -> m.startsWith("missed") && m.contains("CONSULT"))
                .anyMatch(m -> m.startsWith("extra") && m.contains("ACCUSE"))
                .anyMatch(m -> m.startsWith("differs") && m.contains("PROTEST"));
        assertThat(s.plus(s).gold()).isEqualTo(6);
    }

    private static Event event(Plover type, String mode, List<String> sources, List<String> targets, String date, Span sentence,
                               Span trigger, EventStatus status) {
        return new Event(type, mode, sources, targets, null, date == null ? null : new EventDate(date, Precision.ofValue(date), null),
                sentence, trigger, 0.8, status, false);
    }

    private static EventGoldDocument read(Path dir, String content) throws IOException {
        Path f = dir.resolve("doc.ev");
        Files.writeString(f, content);
        return EventGoldDocument.read(f);
    }
}
