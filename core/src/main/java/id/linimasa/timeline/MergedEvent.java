package id.linimasa.timeline;

import id.linimasa.event.EventDate;

import java.util.List;

/**
 * One real event and every report of it.
 *
 * @param date       the most precise date the reports agree on
 * @param otherDates dates some reports give that disagree with it (two days for one meeting)
 * @param lead       the report that tells it best (told as fact, in the body, most confident): it gives the row its
 *                   mode and summary
 */
public record MergedEvent(List<Report> reports, EventDate date, List<String> otherDates, Report lead) {
    public MergedEvent {
        reports = List.copyOf(reports);
        otherDates = List.copyOf(otherDates);
    }
}
