package id.linimasa.index;

import java.time.LocalDate;
import java.util.List;

/**
 * Which events a timeline shows: those involving every entity in {@code entities} (ids or names the
 * corpus knows), optionally within an event-date range, of one PLOVER type, reported by one outlet.
 */
public record TimelineQuery(List<String> entities, LocalDate from, LocalDate to, String type, String outlet) {

    public TimelineQuery {
        entities = List.copyOf(entities);
    }

    public static TimelineQuery of(String... entities) {
        return new TimelineQuery(List.of(entities), null, null, null, null);
    }
}
