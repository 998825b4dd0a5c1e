package id.linimasa.timeline;

import id.linimasa.event.Event;
import id.linimasa.event.EventDate;
import id.linimasa.event.EventStatus;
import id.linimasa.event.Plover;
import id.linimasa.event.Precision;
import id.linimasa.text.Span;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How far apart two reports' dates of one meeting may be, by the stories their articles are in: one day across
 * stories, a week when another article of the report's own story already tells the event, whichever report the
 * event is compared by.
 */
class StoryDisagreementTest {

    /** Articles a1 (story A), b1 and b2 (story B), c1 (story C). */
    private static final EventMerger MERGER = new EventMerger(Map.of("a1", "A", "b1", "B", "b2", "B", "c1", "C")::get);

    /** Russia meets North Korea on {@code date}, told in {@code article}; the higher confidence is compared first. */
    private static Report meeting(String article, String date, double confidence) {
        Event e = new Event(Plover.CONSULT, "meet", List.of("RUS"), List.of("PRK"), null,
                new EventDate(date, Precision.ofValue(date), new Span(0, 5)), new Span(0, 40), new Span(10, 17), confidence,
                EventStatus.ASSERTED, false);
        return new Report(new Evidence(article, "Outlet " + article, "2025-03-20T10:00+07:00", "kalimat", new Span(0, 40), false), e);
    }

    @Test
    void oneDayApartInTwoStoriesIsOneEventShowingBothDates() {
        List<MergedEvent> merged = MERGER.mergeReports(List.of(meeting("a1", "2025-03-11", 0.9), meeting("b1", "2025-03-12", 0.8)));
        assertThat(merged).singleElement().satisfies(m -> {
            assertThat(m.reports()).hasSize(2);
            assertThat(m.otherDates()).hasSize(1);
        });
    }

    @Test
    void twoDaysApartInTwoStoriesAreTwoEvents() {
        List<MergedEvent> merged = MERGER.mergeReports(List.of(meeting("a1", "2025-03-11", 0.9), meeting("c1", "2025-03-13", 0.8)));
        assertThat(merged).extracting(m -> m.date().value()).containsExactlyInAnyOrder("2025-03-11", "2025-03-13");
    }

    @Test
    void aReportOfAStoryTheEventHoldsThroughAnotherReportJoinsItDaysApart() {
        // a1 is compared with; b1 (a day from it) brings story B in; b2, four days from a1, is of story B
        List<MergedEvent> merged = MERGER.mergeReports(List.of(meeting("a1", "2025-03-11", 0.9),
                meeting("b1", "2025-03-12", 0.8), meeting("b2", "2025-03-15", 0.7)));
        assertThat(merged).singleElement().satisfies(m -> {
            assertThat(m.lead().articleId()).isNotEqualTo("b2");
            assertThat(m.reports()).extracting(Report::articleId).containsExactlyInAnyOrder("a1", "b1", "b2");
            assertThat(m.otherDates()).contains("2025-03-15");
        });
    }

    @Test
    void aReportOfAnotherStoryFourDaysApartStaysApart() {
        List<MergedEvent> merged = MERGER.mergeReports(List.of(meeting("a1", "2025-03-11", 0.9),
                meeting("b1", "2025-03-12", 0.8), meeting("c1", "2025-03-15", 0.7)));
        assertThat(merged).hasSize(2);
    }

    @Test
    void oneStoryAllowsAWeekButNotMore() {
        assertThat(MERGER.mergeReports(List.of(meeting("b1", "2025-03-11", 0.9), meeting("b2", "2025-03-18", 0.8)))).hasSize(1);
        assertThat(MERGER.mergeReports(List.of(meeting("b1", "2025-03-11", 0.9), meeting("b2", "2025-03-19", 0.8)))).hasSize(2);
    }
}
