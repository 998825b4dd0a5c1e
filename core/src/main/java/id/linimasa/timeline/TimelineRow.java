package id.linimasa.timeline;

import id.linimasa.event.Plover;
import id.linimasa.event.Precision;

import java.util.List;

/**
 * One real event on a timeline, merged from every article that reports it.
 *
 * @param date       "YYYY", "YYYY-MM" or "YYYY-MM-DD": the most precise date the sources agree on
 * @param actors     canonical names of the actors
 * @param summary    one line saying what happened
 * @param sources    how many distinct articles report it (syndicated copies not counted)
 * @param otherDates dates other sources give for the same event, kept visible
 */
public record TimelineRow(String date, Precision precision, Plover type, String mode, List<String> actors,
                          String summary, List<Evidence> evidence, int sources, List<String> otherDates) {
    public TimelineRow {
        actors = List.copyOf(actors);
        evidence = List.copyOf(evidence);
        otherDates = List.copyOf(otherDates);
    }
}
