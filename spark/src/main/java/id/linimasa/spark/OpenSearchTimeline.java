package id.linimasa.spark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.linimasa.event.Event;
import id.linimasa.event.Plover;
import id.linimasa.extract.PublicationTime;
import id.linimasa.timeline.Evidence;
import id.linimasa.timeline.EventMerger;
import id.linimasa.timeline.Report;
import id.linimasa.timeline.TimelineBuilder;
import id.linimasa.timeline.TimelineQuery;
import id.linimasa.timeline.TimelineRow;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import static id.linimasa.spark.OpenSearch.JSON;

/**
 * Timelines over the indices an ingest wrote: the event documents that may belong to a row of the query are read
 * back as reports, and core's {@link TimelineBuilder} merges them across outlets and makes the rows, as it does for
 * analyses in memory. Events whose article document is missing (orphans) are left out. Syndicated copies are not
 * known here (no stories), so every article counts as a source.
 */
final class OpenSearchTimeline {

    /**
     * How far a report's date may lie outside the query's days and still merge into a row shown: twice the most
     * days two reports of one event may disagree (each is compared with the event's most precise report).
     */
    private static final int MERGE_SLACK_DAYS = 2 * EventMerger.STORY_DISAGREEMENT_DAYS;
    /** Publication times are at most this far apart from their local dates' order (UTC-12 to UTC+14). */
    private static final Duration ZONE_SPREAD = Duration.ofHours(26);
    /** How {@link EventMerger#actorKeys} marks a person's family name. */
    private static final String PERSON_KEY = "per~";
    /** Article pages are checked for this many at a time. */
    private static final int LOOKUP_BATCH = 1000;

    private final OpenSearch os;
    private final String articles;
    private final String events;
    private final EntityLookup entities;

    OpenSearchTimeline(OpenSearch os, String prefix) {
        this.os = os;
        this.articles = ArticleDocuments.articlesIndex(prefix);
        this.events = ArticleDocuments.eventsIndex(prefix);
        this.entities = new EntityLookup(os, articles);
    }

    EntityLookup entities() {
        return entities;
    }

    /** The rows of a query whose entities are ids ({@link EntityLookup#resolve}). */
    List<TimelineRow> rows(TimelineQuery q) throws IOException {
        List<Report> reports = reports(q);
        Set<String> ids = new LinkedHashSet<>();
        for (Report r : reports) {
            ids.addAll(r.event().involved());
            if (r.event().location() != null) ids.add(r.event().location());
        }
        return new TimelineBuilder().build(reports, entities.names(ids), newest(), q);
    }

    /**
     * The reports of every event document that may belong to a row of the query, orphans left out, in page and event
     * order (as {@link TimelineBuilder} takes an article's reports). Rows are filtered after merging (one outlet's
     * event has every outlet's reports as evidence), and a report merges with an event only when it shares an actor
     * with the event's first report ({@link EventMerger#actorKeys}), so the documents read are those of the types asked
     * for (reports of one event share their type), dated near the days asked for, naming one of the entities, and then,
     * round by round until no new one comes, those of a type sharing an actor with a report of that type read before.
     */
    List<Report> reports(TimelineQuery q) throws IOException {
        ObjectNode window = q.from() == null && q.to() == null ? null : nearDays(q.from(), q.to());
        Map<String, Read> found = new HashMap<>();
        ObjectNode named = null;
        if (!q.entities().isEmpty()) {
            named = JSON.createObjectNode();
            ArrayNode any = named.putObject("terms").putArray("involved");
            q.entities().forEach(any::add);
        }
        List<Read> fresh = read(named, q.types(), window, found);
        Map<Plover, Set<String>> asked = new EnumMap<>(Plover.class);
        while (!fresh.isEmpty()) {
            Map<Plover, Set<String>> keys = new EnumMap<>(Plover.class);
            for (Read r : fresh) {
                Plover type = r.report().event().type();
                for (String key : EventMerger.actorKeys(r.report())) {
                    if (asked.computeIfAbsent(type, t -> new HashSet<>()).add(key)) keys.computeIfAbsent(type, t -> new TreeSet<>()).add(key);
                }
            }
            if (keys.isEmpty()) break;
            fresh = read(sharing(keys), keys.keySet(), window, found);
        }
        Set<String> present = present(found.values().stream().map(Read::pageSha).distinct().toList());
        return found.values().stream().filter(r -> present.contains(r.pageSha()))
                .sorted(Comparator.comparing(Read::pageSha).thenComparingInt(Read::ordinal)).map(Read::report).toList();
    }

    /** An event document read back: its article's page, its place there, and the report it holds. */
    private record Read(String pageSha, int ordinal, Report report) {
    }

    /** The event documents matching {@code clause} (all when null), of the types and near the days, not found before. */
    private List<Read> read(ObjectNode clause, Set<Plover> types, ObjectNode window, Map<String, Read> found) throws IOException {
        ObjectNode search = JSON.createObjectNode();
        ArrayNode filter = search.putObject("query").putObject("bool").putArray("filter");
        if (clause != null) filter.add(clause);
        if (!types.isEmpty()) {
            ArrayNode any = filter.addObject().putObject("terms").putArray("type");
            types.stream().map(Plover::name).forEach(any::add);
        }
        if (window != null) filter.add(window);
        ArrayNode sort = search.putArray("sort");
        sort.addObject().put("page_sha", "asc");
        sort.addObject().put("ordinal", "asc");
        search.putArray("_source").add("article_id").add("page_sha").add("ordinal").add("outlet").add("published").add("sentence").add("event");
        List<Read> fresh = new ArrayList<>();
        os.forEachHit(events, search, h -> {
            if (found.containsKey(h.path("_id").asText())) return;
            JsonNode s = h.path("_source");
            Event e = JSON.treeToValue(s.path("event"), Event.class);
            Report report = new Report(new Evidence(s.path("article_id").asText(), text(s, "outlet"), text(s, "published"),
                    s.path("sentence").asText(), e.sentence(), e.caption()), e);
            Read r = new Read(s.path("page_sha").asText(), s.path("ordinal").asInt(), report);
            found.put(h.path("_id").asText(), r);
            fresh.add(r);
        });
        return fresh;
    }

    /**
     * Documents of a type that share one of its actor keys: a state or body by its id, a person by their family name
     * (the last word of a person id, as the keys take it).
     */
    private static ObjectNode sharing(Map<Plover, Set<String>> keys) {
        ObjectNode clause = JSON.createObjectNode();
        ArrayNode types = clause.putObject("bool").put("minimum_should_match", 1).putArray("should");
        keys.forEach((type, ks) -> {
            ObjectNode ofType = types.addObject().putObject("bool");
            ofType.putArray("filter").addObject().putObject("term").put("type", type.name());
            ArrayNode should = ofType.put("minimum_should_match", 1).putArray("should");
            ArrayNode ids = should.addObject().putObject("terms").putArray("involved");
            for (String k : ks) {
                if (!k.startsWith(PERSON_KEY)) {
                    ids.add(k);
                    continue;
                }
                String family = k.substring(PERSON_KEY.length());
                ids.add("per:" + family);
                should.addObject().putObject("wildcard").putObject("involved").put("value", "per:*_" + family);
            }
        });
        return clause;
    }

    /**
     * Documents dated near the days (a report dated to its year or month merges with one dated to a day, so the
     * window runs to whole years), or undated ones whose article appeared then (they join an event of the days
     * before their article).
     */
    private static ObjectNode nearDays(LocalDate from, LocalDate to) {
        ObjectNode day = JSON.createObjectNode(), published = JSON.createObjectNode();
        if (from != null) {
            LocalDate first = from.minusDays(MERGE_SLACK_DAYS).withDayOfYear(1).minusDays(MERGE_SLACK_DAYS);
            day.put("gte", first.toString());
            // a day earlier: an article's local day may be the day after its UTC one
            published.put("gte", first.minusDays(1).toString());
        }
        if (to != null) {
            LocalDate last = to.plusDays(MERGE_SLACK_DAYS);
            last = last.withDayOfYear(last.lengthOfYear()).plusDays(MERGE_SLACK_DAYS);
            day.put("lte", last.toString());
            published.put("lte", last.plusDays(EventMerger.RECENT_DAYS + 1).toString());
        }
        ObjectNode either = JSON.createObjectNode();
        ArrayNode should = either.putObject("bool").put("minimum_should_match", 1).putArray("should");
        should.addObject().putObject("range").set("day", day);
        ObjectNode undated = should.addObject().putObject("bool");
        undated.putArray("must_not").addObject().putObject("exists").put("field", "day");
        undated.putArray("filter").addObject().putObject("range").set("published", published);
        return either;
    }

    /** Which of these pages have their article document: an event of a page without one is an orphan. */
    private Set<String> present(List<String> pageShas) throws IOException {
        Set<String> found = new LinkedHashSet<>();
        for (int i = 0; i < pageShas.size(); i += LOOKUP_BATCH) {
            found.addAll(os.existing(articles, pageShas.subList(i, Math.min(pageShas.size(), i + LOOKUP_BATCH))));
        }
        return found;
    }

    /**
     * The day the newest article appeared, in its own time zone (as {@link TimelineBuilder} takes it): the latest
     * publication instant by an aggregation, then the local dates of the articles published within a day of it.
     */
    LocalDate newest() throws IOException {
        ObjectNode q = JSON.createObjectNode();
        q.put("size", 0);
        q.putObject("aggs").putObject("latest").putObject("max").put("field", "published");
        JsonNode latest = os.search(articles, q).path("aggregations").path("latest").path("value");
        if (!latest.isNumber()) return null;
        ObjectNode near = JSON.createObjectNode();
        near.putObject("query").putObject("range").putObject("published")
                .put("gte", Instant.ofEpochMilli(latest.asLong()).minus(ZONE_SPREAD).toString());
        near.putArray("sort").addObject().put("page_sha", "asc");
        near.putArray("_source").add("published_iso");
        List<LocalDate> days = new ArrayList<>();
        os.forEachHit(articles, near, h -> days.add(PublicationTime.parse(h.path("_source").path("published_iso").asText()).date()));
        return days.stream().filter(Objects::nonNull).max(Comparator.naturalOrder()).orElse(null);
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.path(field);
        return v.isTextual() ? v.asText() : null;
    }
}
