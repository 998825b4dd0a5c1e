package id.linimasa.timeline;

import id.linimasa.Analysis;
import id.linimasa.event.Plover;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bundled fictional story (examples/pages, expected timeline in examples/README.md) through the whole
 * standard pipeline: each key event once, of its PLOVER type, at the day it happened, between the two states
 * the README names. Sides are checked by the states' names among the row's actors, so that how the entity
 * stage spells or links a person does not matter, but a person it fails to tie to their state does.
 */
class ExampleTimelineTest {

    private static List<TimelineRow> timeline;

    @BeforeAll
    static void analysePages() throws Exception {
        List<Analysis> pages = SeedTimelineTest.analyseFolder("examples/pages");
        assertThat(pages).hasSize(12);
        timeline = new TimelineBuilder().build(pages, TimelineQuery.involving());
    }

    /** The rows of a type at a date whose actors include both states (one when the other is null). */
    private static List<TimelineRow> rows(Plover type, String date, String side, String otherSide) {
        return timeline.stream().filter(r -> r.type() == type && r.date().equals(date))
                .filter(r -> names(r, side) && (otherSide == null || names(r, otherSide))).toList();
    }

    private static boolean names(TimelineRow r, String state) {
        return r.actors().stream().anyMatch(a -> a.toLowerCase(Locale.ROOT).contains(state.toLowerCase(Locale.ROOT)));
    }

    @ParameterizedTest(name = "{0} {1} between {2} and {3}")
    @CsvSource(nullValues = "-", value = {
            "AGREE, 2019, Varenia, Talmora",
            "PROTEST, 2025-01, Talmora, -",
            "ACCUSE, 2025-03-04, Talmora, Varenia",
            "COERCE, 2025-03-03, Varenia, Talmora",
            "THREATEN, 2025-03-05, Talmora, Varenia",
            "REJECT, 2025-03-05, Varenia, Talmora",
            "CONSULT, 2025-03-06, Varenia, Talmora",
            "CONSULT, 2025-03-08, Indonesia, Varenia",
            "SANCTION, 2025-03-07, Talmora, Varenia",
            "CONSULT, 2025-03-10, Varenia, Talmora",
            "AGREE, 2025-03-11, Varenia, Talmora",
            "CONCEDE, 2025-03-12, Varenia, Talmora",
            "AID, 2025-03-13, Varenia, Talmora"})
    void eachKeyEventOnceAtItsDateBetweenItsStates(Plover type, String date, String side, String otherSide) {
        assertThat(rows(type, date, side, otherSide)).as("in %s", timeline).hasSize(1);
    }

    @Test
    void oneRowPerEventToldByManyPages() {
        for (Plover type : List.of(Plover.COERCE, Plover.THREATEN, Plover.SANCTION, Plover.CONCEDE, Plover.AID)) {
            List<TimelineRow> same = timeline.stream().filter(r -> r.type() == type && r.date().startsWith("2025-03")).toList();
            assertThat(same).as("%s rows", type).extracting(TimelineRow::date).doesNotHaveDuplicates();
        }
        TimelineRow letter = timeline.stream().filter(r -> "letter".equals(r.mode()) && r.date().equals("2025-03-06"))
                .findFirst().orElseThrow();
        assertThat(letter.sources()).isGreaterThanOrEqualTo(3);
        // "kedua negara" and "kedua menteri" in pages that do not repeat the states' names still count
        assertThat(rows(Plover.AGREE, "2025-03-11", "Varenia", "Talmora").getFirst().sources()).isGreaterThanOrEqualTo(3);
        assertThat(rows(Plover.CONSULT, "2025-03-10", "Varenia", "Talmora").getFirst().sources()).isGreaterThanOrEqualTo(2);
        assertThat(timeline).filteredOn(r -> r.type() == Plover.THREATEN && r.date().equals("2025-03-05"))
                .singleElement().satisfies(r -> assertThat(r.sources()).isGreaterThanOrEqualTo(2));
        assertThat(timeline).filteredOn(r -> r.type() == Plover.COERCE && r.date().equals("2025-03-03"))
                .singleElement().satisfies(r -> assertThat(r.sources()).isGreaterThanOrEqualTo(3));
    }

    @Test
    void nothingPlannedAfterTheNewestPageOrWithoutItsActors() {
        assertThat(timeline).allSatisfy(r -> assertThat(DateRange.of(r.date()).first()).isBeforeOrEqualTo("2025-03-14"));
        assertThat(timeline).noneMatch(r -> r.date().startsWith("2025-04"));
        // a row tells who acted, and to whom where its type needs it
        assertThat(timeline).allSatisfy(r -> assertThat(r.actors()).hasSizeGreaterThanOrEqualTo(r.type().dyadic() ? 2 : 1));
    }
}
