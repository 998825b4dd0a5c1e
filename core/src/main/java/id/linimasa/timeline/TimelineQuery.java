package id.linimasa.timeline;

import id.linimasa.event.Plover;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * Which rows a timeline shows.
 *
 * @param entities entity ids the event must involve, all of them (one entity, or a pair); a state id
 *                 ("RUS") matches events of the state and its officials, a person id only events naming them
 * @param from     first day shown, or null
 * @param to       last day shown, or null
 * @param types    PLOVER types shown; empty for all
 * @param outlets  outlets at least one report must come from (case-insensitive); empty for all
 */
public record TimelineQuery(List<String> entities, LocalDate from, LocalDate to, Set<Plover> types, Set<String> outlets) {

    public TimelineQuery {
        entities = List.copyOf(entities);
        types = Set.copyOf(types);
        outlets = Set.copyOf(outlets);
    }

    public static TimelineQuery all() {
        return new TimelineQuery(List.of(), null, null, Set.of(), Set.of());
    }

    public static TimelineQuery involving(String... entities) {
        return all().withEntities(List.of(entities));
    }

    public TimelineQuery withEntities(List<String> e) {
        return new TimelineQuery(e, from, to, types, outlets);
    }

    public TimelineQuery between(LocalDate f, LocalDate t) {
        return new TimelineQuery(entities, f, t, types, outlets);
    }

    public TimelineQuery ofTypes(Set<Plover> t) {
        return new TimelineQuery(entities, from, to, t, outlets);
    }

    public TimelineQuery fromOutlets(Set<String> o) {
        return new TimelineQuery(entities, from, to, types, o);
    }
}
