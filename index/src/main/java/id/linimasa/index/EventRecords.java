package id.linimasa.index;

import id.linimasa.Analysis;
import id.linimasa.entity.Entity;
import id.linimasa.event.Event;
import id.linimasa.event.Plover;
import id.linimasa.timeline.EventMerger;
import id.linimasa.timeline.Report;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.TermQuery;

import java.io.Closeable;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Keeps the merged events of the corpus ({@link EventDocument}) up to date as articles are stored: each report of a
 * new article joins the event it tells (the same tests {@link EventMerger} applies to a batch) or starts one, and the
 * event's document is replaced whole. Writes go through the ingest's writer, so they become visible with the
 * article at the same commit and a crash never leaves half of them. One writing thread only.
 */
final class EventRecords implements Closeable {

    /** Reopen the near-real-time reader once this many events changed since; until then they are looked up here. */
    private static final int REOPEN_AFTER = 500;
    private static final int CANDIDATES = 1_000;

    private final IndexWriter writer;
    private DirectoryReader reader;
    /** Events written since the reader was opened, by key; null for a deleted one. */
    private final Map<String, EventDocument.Merged> unseen = new LinkedHashMap<>();
    /** What candidate searches ask of each event in {@link #unseen}, worked out once when it is written. */
    private final Map<String, Probe> probes = new HashMap<>();

    private record Probe(String state, Plover type, Set<String> actors, LocalDate[] window, Set<String> articles) {
        static Probe of(EventDocument.Merged m) {
            Set<String> actors = new HashSet<>(), articles = new HashSet<>();
            for (Report r : m.reports()) {
                actors.addAll(EventMerger.actorKeys(r));
                articles.add(r.articleId());
            }
            boolean pending = m.pending();
            return new Probe(pending ? EventDocument.PENDING_STATE : EventDocument.ROW_STATE, m.reports().getFirst().event().type(), actors,
                    pending ? EventDocument.window(m.reports().getFirst()) : EventDocument.anchorWindow(m), articles);
        }
    }

    EventRecords(IndexWriter writer) throws IOException {
        this.writer = writer;
        this.reader = DirectoryReader.open(writer);
    }

    /**
     * Takes the article's reports out of the events that have them (an article analysed again, or a copy found to
     * be the original) and merges its reports as they are now.
     *
     * @param copy  the article republishes another: its reports are evidence, not sources
     * @param story the article's story
     */
    void put(Analysis a, boolean copy, String story) throws IOException {
        remove(a.article().id());
        EventDocument.Lane lane = new EventDocument.Lane(story, a.article().title());
        Map<String, String> names = new HashMap<>();
        for (Entity e : a.entities()) names.putIfAbsent(e.id(), e.name());
        for (Event e : a.events()) {
            Report r = Report.of(a, e);
            if (EventMerger.counts(r)) add(r, names, copy, lane);
        }
        if (unseen.size() >= REOPEN_AFTER) reopen();
    }

    /** Takes an article's reports out of the events that have them (an article deleted, or about to be told again). */
    void remove(String id) throws IOException {
        for (EventDocument.Merged m : find(new TermQuery(new Term(EventDocument.ARTICLE, id)), p -> p.articles().contains(id))) {
            List<Report> rest = m.reports().stream().filter(r -> !r.articleId().equals(id)).toList();
            Set<String> copies = new HashSet<>(m.copies());
            copies.remove(id);
            if (!rest.isEmpty() && EventMerger.anchor(rest) != null) {
                write(new EventDocument.Merged(m.key(), rest, m.names(), copies, m.lanes()));
                continue;
            }
            delete(m.key());
            for (Report r : rest) add(r, m.names(), copies.contains(r.articleId()), m.lanes().get(r.articleId()));
        }
    }

    private void add(Report r, Map<String, String> articleNames, boolean copy, EventDocument.Lane lane) throws IOException {
        LocalDate[] window = EventDocument.window(r);
        if (window == null) return; // undated in an undated article: it can join nothing
        Map<String, String> names = namesOf(r, articleNames);
        Set<String> copies = copy ? Set.of(r.articleId()) : Set.of();
        Map<String, EventDocument.Lane> lanes = lane == null ? Map.of() : Map.of(r.articleId(), lane);
        boolean joinsOnly = EventMerger.joinsOnly(r);
        EventDocument.Merged home = null;
        for (EventDocument.Merged c : candidates(EventDocument.ROW_STATE, r.event(), EventMerger.actorKeys(r), window)) {
            EventMerger.Stories stories = stories(c.lanes(), r.articleId(), lane);
            if (joinsOnly ? EventMerger.joins(c.reports(), r, stories) : EventMerger.belongs(c.reports(), r, stories)) {
                home = c;
                break;
            }
        }
        EventDocument.Merged m = home == null ? new EventDocument.Merged(UUID.randomUUID().toString(), List.of(r), names, copies, lanes)
                : joined(home, List.of(r), names, copies, lanes);
        if (!m.pending()) m = absorbPending(m);
        write(m);
    }

    /** A new or grown event takes in the pending reports that join it. */
    private EventDocument.Merged absorbPending(EventDocument.Merged m) throws IOException {
        Report anchor = EventMerger.anchor(m.reports());
        for (EventDocument.Merged p : candidates(EventDocument.PENDING_STATE, anchor.event(), EventMerger.actorKeys(anchor),
                EventDocument.anchorWindow(m))) {
            Report r = p.reports().getFirst();
            if (!EventMerger.joins(m.reports(), r, stories(m.lanes(), r.articleId(), p.lanes().get(r.articleId())))) continue;
            delete(p.key());
            m = joined(m, p.reports(), p.names(), p.copies(), p.lanes());
        }
        return m;
    }

    private static EventDocument.Merged joined(EventDocument.Merged m, List<Report> more, Map<String, String> names, Set<String> copies,
                                               Map<String, EventDocument.Lane> lanes) {
        List<Report> reports = new ArrayList<>(m.reports());
        reports.addAll(more);
        Map<String, String> allNames = new HashMap<>(names);
        allNames.putAll(m.names());
        Set<String> allCopies = new HashSet<>(m.copies());
        allCopies.addAll(copies);
        Map<String, EventDocument.Lane> allLanes = new HashMap<>(m.lanes());
        allLanes.putAll(lanes);
        return new EventDocument.Merged(m.key(), reports, allNames, allCopies, allLanes);
    }

    /** The stories of an event's articles (its lanes), and of one more article about to join it. */
    private static EventMerger.Stories stories(Map<String, EventDocument.Lane> lanes, String articleId, EventDocument.Lane lane) {
        return id -> {
            EventDocument.Lane l = id.equals(articleId) ? lane : lanes.get(id);
            return l == null ? null : l.story();
        };
    }

    /** Names of the entities the report's event involves, as its article gives them. */
    private static Map<String, String> namesOf(Report r, Map<String, String> articleNames) {
        Map<String, String> out = new HashMap<>();
        Set<String> ids = new HashSet<>(r.event().involved());
        if (r.event().location() != null) ids.add(r.event().location());
        for (String id : ids) {
            String name = articleNames.get(id);
            if (name != null) out.put(id, name);
        }
        return out;
    }

    /** Events of the event's type, in {@code state}, sharing an actor key and whose window overlaps {@code window}. */
    private List<EventDocument.Merged> candidates(String state, Event e, Set<String> actors, LocalDate[] window) throws IOException {
        if (actors.isEmpty()) return List.of();
        BooleanQuery.Builder anyActor = new BooleanQuery.Builder();
        for (String a : actors) anyActor.add(new TermQuery(new Term(EventDocument.ACTOR, a)), Occur.SHOULD);
        Query q = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(EventDocument.STATE, state)), Occur.FILTER)
                .add(new TermQuery(new Term(EventDocument.TYPE, e.type().name())), Occur.FILTER)
                .add(anyActor.build(), Occur.FILTER)
                .add(LongField.newRangeQuery(EventDocument.WINDOW_FIRST, Long.MIN_VALUE, window[1].toEpochDay()), Occur.FILTER)
                .add(LongField.newRangeQuery(EventDocument.WINDOW_LAST, window[0].toEpochDay(), Long.MAX_VALUE), Occur.FILTER)
                .build();
        return find(q, p -> p.state().equals(state) && p.type() == e.type() && p.actors().stream().anyMatch(actors::contains)
                && !p.window()[0].isAfter(window[1]) && !p.window()[1].isBefore(window[0]));
    }

    @FunctionalInterface
    private interface Test {
        boolean matches(Probe p);
    }

    /**
     * Events matching {@code q} in the reader, as written since where they changed, plus those written since the
     * reader was opened that pass {@code test} (the same question asked of what the reader cannot see yet).
     */
    private List<EventDocument.Merged> find(Query q, Test test) throws IOException {
        List<EventDocument.Merged> out = new ArrayList<>();
        IndexSearcher searcher = new IndexSearcher(reader);
        var stored = searcher.storedFields();
        for (ScoreDoc sd : searcher.search(q, CANDIDATES, Sort.INDEXORDER).scoreDocs) {
            Document d = stored.document(sd.doc, Set.of(EventDocument.KEY, EventDocument.DATA));
            String key = d.get(EventDocument.KEY);
            if (unseen.containsKey(key)) continue;
            var data = d.getBinaryValue(EventDocument.DATA);
            out.add(EventDocument.merged(key, Arrays.copyOfRange(data.bytes, data.offset, data.offset + data.length)));
        }
        for (var e : probes.entrySet()) if (test.matches(e.getValue())) out.add(unseen.get(e.getKey()));
        return out;
    }

    private void write(EventDocument.Merged m) throws IOException {
        unseen.put(m.key(), m);
        probes.put(m.key(), Probe.of(m));
        writer.updateDocument(new Term(EventDocument.KEY, m.key()), EventDocument.of(m));
    }

    private void delete(String key) throws IOException {
        unseen.put(key, null);
        probes.remove(key);
        writer.deleteDocuments(new Term(EventDocument.KEY, key));
    }

    private void reopen() throws IOException {
        DirectoryReader fresh = DirectoryReader.openIfChanged(reader, writer);
        if (fresh != null) {
            reader.close();
            reader = fresh;
        }
        unseen.clear();
        probes.clear();
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }
}
