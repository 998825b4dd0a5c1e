package id.linimasa.timeline;

import id.linimasa.Analysis;
import id.linimasa.entity.Entity;
import id.linimasa.event.Event;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The timeline of a set of analysed articles: one row per real event ({@link EventMerger}), ordered by when
 * it happened, with every report as evidence. Nothing dated after the newest article is shown (a date
 * after every page is a misreading), and syndicated copies are evidence but not extra sources.
 */
public final class TimelineBuilder {

    private final Set<String> copies;
    private final EventMerger merger;

    public TimelineBuilder() {
        this(Set.of());
    }

    /** @param copies ids of articles that republish another article: they do not count as sources */
    public TimelineBuilder(Set<String> copies) {
        this.copies = Set.copyOf(copies);
        this.merger = new EventMerger();
    }

    public List<TimelineRow> build(Collection<Analysis> analyses, TimelineQuery query) {
        LocalDate newest = analyses.stream().map(a -> a.article().published()).filter(Objects::nonNull)
                .map(p -> p.date()).max(Comparator.naturalOrder()).orElse(null);
        List<Report> reports = new ArrayList<>();
        for (Analysis a : analyses) for (Event e : a.events()) reports.add(Report.of(a, e));
        return build(reports, names(analyses), newest, query);
    }

    /**
     * {@link #build} for reports already taken out of their articles (read back from an index): they must include
     * every report that could merge with a shown one, since rows are filtered after merging.
     *
     * @param names  entity names by id, for the actors and the summary
     * @param newest the day the newest article of the corpus appeared (nothing dated after it is shown), or null
     */
    public List<TimelineRow> build(Collection<Report> reports, Map<String, String> names, LocalDate newest, TimelineQuery query) {
        List<MergedEvent> merged = new ArrayList<>(merger.mergeReports(reports));
        merged.sort(Comparator.comparing((MergedEvent m) -> DateRange.of(m.date().value()).first())
                .thenComparing(m -> m.date().value().length())
                .thenComparing(m -> m.lead().event().type()));
        List<TimelineRow> rows = new ArrayList<>();
        for (MergedEvent m : merged) {
            DateRange range = DateRange.of(m.date().value());
            if (newest != null && range.first().isAfter(newest)) continue;
            if (!range.overlaps(query.from(), query.to())) continue;
            if (!query.types().isEmpty() && !query.types().contains(m.lead().event().type())) continue;
            if (!involves(m, query.entities()) || !fromOutlets(m, query.outlets())) continue;
            rows.add(row(m, names, copies));
        }
        return rows;
    }

    /**
     * The row of one merged event.
     *
     * @param names  entity names by id, for the actors and the summary
     * @param copies ids of articles that republish another: evidence, not sources
     */
    public static TimelineRow row(MergedEvent m, Map<String, String> names, Set<String> copies) {
        Event lead = m.lead().event();
        Set<String> actorIds = new LinkedHashSet<>();
        for (Report r : m.reports()) {
            actorIds.addAll(r.event().sources());
            actorIds.addAll(r.event().targets());
        }
        List<String> actors = actorIds.stream().map(id -> names.getOrDefault(id, id)).toList();
        List<Evidence> evidence = m.reports().stream().map(Report::evidence).distinct()
                .sorted(Comparator.comparing((Evidence e) -> e.published() == null ? "" : e.published()).thenComparing(Evidence::articleId)
                        .thenComparingInt(e -> e.span().start()))
                .toList();
        Set<String> articles = new LinkedHashSet<>();
        for (Report r : m.reports()) if (!copies.contains(r.articleId())) articles.add(r.articleId());
        String mode = lead.mode() != null ? lead.mode()
                : m.reports().stream().map(r -> r.event().mode()).filter(Objects::nonNull).findFirst().orElse(null);
        return new TimelineRow(m.date().value(), m.date().precision(), lead.type(), mode, actors,
                EventSummary.of(lead, names), evidence, Math.max(1, articles.size()), m.otherDates());
    }

    private static boolean involves(MergedEvent m, List<String> entities) {
        if (entities.isEmpty()) return true;
        Set<String> all = new LinkedHashSet<>();
        for (Report r : m.reports()) all.addAll(r.event().involved());
        return all.containsAll(entities);
    }

    private static boolean fromOutlets(MergedEvent m, Set<String> outlets) {
        if (outlets.isEmpty()) return true;
        for (Report r : m.reports()) {
            String o = r.evidence().outlet();
            if (o != null && outlets.stream().anyMatch(o::equalsIgnoreCase)) return true;
        }
        return false;
    }

    private static Map<String, String> names(Collection<Analysis> analyses) {
        Map<String, String> names = new HashMap<>();
        for (Analysis a : analyses) for (Entity e : a.entities()) names.putIfAbsent(e.id(), e.name());
        return new LinkedHashMap<>(names);
    }
}
