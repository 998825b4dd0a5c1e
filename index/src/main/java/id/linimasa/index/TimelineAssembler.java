package id.linimasa.index;

import id.linimasa.Analysis;
import id.linimasa.entity.Entity;
import id.linimasa.event.Event;
import id.linimasa.event.EventStatus;
import id.linimasa.extract.Article;
import id.linimasa.timeline.Evidence;
import id.linimasa.timeline.TimelineRow;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Turns the events of the articles that name a set of entities into timeline rows: events that involve
 * every entity (as source, target or location), asserted or reported, dated, within the query. Events
 * with the same type, date and actors are one row with every article as evidence; syndicated copies
 * add their evidence but are not counted as sources.
 */
final class TimelineAssembler {

    private static final int SUMMARY_MAX = 160;

    /** An article's analysis and the original it copies (null for an original). */
    record Input(Analysis analysis, String duplicateOf) {
    }

    List<TimelineRow> rows(List<Input> inputs, Set<String> entityIds, TimelineQuery q) {
        Map<String, List<Found>> groups = new LinkedHashMap<>();
        for (Input in : inputs) {
            for (Event e : in.analysis().events()) {
                if (!involves(e, entityIds) || !counts(e) || !matches(e, q)) continue;
                String key = e.type() + "|" + e.date().value() + "|" + new TreeSet<>(actors(e));
                groups.computeIfAbsent(key, k -> new ArrayList<>()).add(new Found(in, e));
            }
        }
        List<TimelineRow> rows = new ArrayList<>();
        for (List<Found> group : groups.values()) rows.add(row(group));
        rows.sort(Comparator.comparing(TimelineRow::date).thenComparing(r -> r.type().name()));
        return rows;
    }

    private record Found(Input input, Event event) {
    }

    private static TimelineRow row(List<Found> group) {
        Event first = group.getFirst().event();
        Analysis a = group.getFirst().input().analysis();
        List<String> actorNames = new ArrayList<>();
        for (String id : actors(first)) {
            Entity en = a.entity(id);
            actorNames.add(en == null ? id : en.name());
        }
        List<Evidence> evidence = new ArrayList<>();
        Set<String> sources = new LinkedHashSet<>();
        for (Found f : group) {
            Article art = f.input().analysis().article();
            String sentence = f.event().sentence().of(art.analysisText()).strip();
            evidence.add(new Evidence(art.id(), art.outlet(), art.published() == null ? null : art.published().iso(),
                    sentence, f.event().sentence(), f.event().caption()));
            sources.add(f.input().duplicateOf() == null ? art.id() : f.input().duplicateOf());
        }
        String summary = evidence.getFirst().sentence();
        if (summary.length() > SUMMARY_MAX) summary = summary.substring(0, SUMMARY_MAX - 1).strip() + "…";
        return new TimelineRow(first.date().value(), first.date().precision(), first.type(), first.mode(), actorNames,
                summary, evidence, sources.size(), List.of());
    }

    private static List<String> actors(Event e) {
        List<String> out = new ArrayList<>(e.sources());
        for (String t : e.targets()) if (!out.contains(t)) out.add(t);
        return out;
    }

    private static boolean involves(Event e, Set<String> ids) {
        for (String id : ids) {
            if (!e.sources().contains(id) && !e.targets().contains(id) && !id.equals(e.location())) return false;
        }
        return true;
    }

    private static boolean counts(Event e) {
        return e.date() != null && (e.status() == EventStatus.ASSERTED || e.status() == EventStatus.REPORTED);
    }

    private static boolean matches(Event e, TimelineQuery q) {
        if (q.type() != null && !e.type().name().equalsIgnoreCase(q.type())) return false;
        String v = e.date().value();
        // a partial date ("2025-02") is within the range when any day of it is
        if (q.from() != null && end(v).isBefore(q.from())) return false;
        return q.to() == null || !start(v).isAfter(q.to());
    }

    private static LocalDate start(String v) {
        if (v.length() == 4) return LocalDate.of(Integer.parseInt(v), 1, 1);
        if (v.length() == 7) return LocalDate.parse(v + "-01");
        return LocalDate.parse(v.substring(0, 10));
    }

    private static LocalDate end(String v) {
        if (v.length() == 4) return LocalDate.of(Integer.parseInt(v), 12, 31);
        if (v.length() == 7) return LocalDate.parse(v + "-01").plusMonths(1).minusDays(1);
        return LocalDate.parse(v.substring(0, 10));
    }
}
