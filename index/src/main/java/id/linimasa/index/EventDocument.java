package id.linimasa.index;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.linimasa.event.Event;
import id.linimasa.timeline.DateRange;
import id.linimasa.timeline.EventMerger;
import id.linimasa.timeline.MergedEvent;
import id.linimasa.timeline.Report;
import id.linimasa.timeline.TimelineBuilder;
import id.linimasa.timeline.TimelineRow;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.util.BytesRef;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How a merged event is laid out as a Lucene document beside the articles: one document per real event (a row
 * of every timeline that involves its actors) holding its reports, with the row itself ready to read, so that a
 * timeline is one query with no merging. A report that only joins an event others tell ({@link EventMerger#joinsOnly})
 * and has found none yet waits in a pending document of its own. Article queries never match these documents:
 * they have no {@link ArticleDocument#ID}.
 */
final class EventDocument {

    static final String KEY = "ev_key";
    static final String STATE = "ev_state";
    static final String ROW_STATE = "row";
    static final String PENDING_STATE = "pending";
    static final String TYPE = "ev_type";
    /** {@link EventMerger#actorKeys} of every report: a new report can only tell this event if it shares one. */
    static final String ACTOR = "ev_actor";
    /** Every entity id the reports involve, for timeline queries. */
    static final String INVOLVED = "ev_involved";
    static final String OUTLET = "ev_outlet";
    static final String ARTICLE = "ev_article";
    /** Epoch days within which a report's date must fall to be compared with this event at all. */
    static final String WINDOW_FIRST = "ev_window_first";
    static final String WINDOW_LAST = "ev_window_last";
    /** Epoch days of the row's date, for the timeline's date filter. */
    static final String DATE_FIRST = "ev_date_first";
    static final String DATE_LAST = "ev_date_last";
    static final String ORDER = "ev_order";
    static final String ROW = "ev_row";
    static final String DATA = "ev_data";

    private EventDocument() {
    }

    /**
     * A merged event as it is stored: its reports, the names of the entities they involve, which of their
     * articles republish another (evidence, not sources), and the story and title of each article.
     */
    record Merged(String key, List<Report> reports, Map<String, String> names, Set<String> copies, Map<String, Lane> lanes) {

        Merged {
            reports = List.copyOf(reports);
            names = Map.copyOf(names);
            copies = Set.copyOf(copies);
            lanes = Map.copyOf(lanes);
        }

        /** A pending report waits for an event to join; a row is an event of its own. */
        boolean pending() {
            return EventMerger.anchor(reports) == null;
        }

        TimelineRow row() {
            return TimelineBuilder.row(EventMerger.merged(reports), names, copies);
        }
    }

    /** An article's story and title: a timeline groups its rows into lanes by the story of their first report. */
    record Lane(String story, String title) {
    }

    /** What is kept of a {@link Merged} besides its key. */
    private record Data(List<Report> reports, Map<String, String> names, Set<String> copies, Map<String, Lane> lanes) {
    }

    static Document of(Merged m) {
        Document d = new Document();
        d.add(new StringField(KEY, m.key(), Field.Store.YES));
        boolean pending = m.pending();
        d.add(new StringField(STATE, pending ? PENDING_STATE : ROW_STATE, Field.Store.NO));
        d.add(new StringField(TYPE, m.reports().getFirst().event().type().name(), Field.Store.NO));
        Set<String> actors = new LinkedHashSet<>(), involved = new LinkedHashSet<>(), outlets = new LinkedHashSet<>(), articles = new LinkedHashSet<>();
        for (Report r : m.reports()) {
            actors.addAll(EventMerger.actorKeys(r));
            involved.addAll(r.event().involved());
            if (r.evidence().outlet() != null) outlets.add(ArticleDocument.outletKey(r.evidence().outlet()));
            articles.add(r.articleId());
        }
        for (String a : actors) d.add(new StringField(ACTOR, a, Field.Store.NO));
        for (String i : involved) d.add(new StringField(INVOLVED, i, Field.Store.NO));
        for (String o : outlets) d.add(new StringField(OUTLET, o, Field.Store.NO));
        for (String a : articles) d.add(new StringField(ARTICLE, a, Field.Store.NO));
        LocalDate[] window = pending ? window(m.reports().getFirst()) : anchorWindow(m);
        d.add(new LongField(WINDOW_FIRST, window[0].toEpochDay(), Field.Store.NO));
        d.add(new LongField(WINDOW_LAST, window[1].toEpochDay(), Field.Store.NO));
        if (!pending) {
            TimelineRow row = m.row();
            DateRange date = DateRange.parse(row.date());
            d.add(new LongField(DATE_FIRST, date.first().toEpochDay(), Field.Store.NO));
            d.add(new LongField(DATE_LAST, date.last().toEpochDay(), Field.Store.NO));
            // the order TimelineBuilder gives: by first day, the coarser date first, then by type
            d.add(new SortedDocValuesField(ORDER, new BytesRef(date.first() + " " + row.date().length() + " " + row.type())));
            Lane lane = m.lanes().get(row.evidence().getFirst().articleId());
            ObjectNode entry = Json.mapper().valueToTree(row);
            entry.put("story", lane == null ? null : lane.story());
            entry.put("storyTitle", lane == null ? null : lane.title());
            d.add(new BinaryDocValuesField(ROW, new BytesRef(json(entry))));
        }
        d.add(new StoredField(DATA, json(new Data(m.reports(), m.names(), m.copies(), m.lanes()))));
        return d;
    }

    static Merged merged(String key, byte[] data) {
        try {
            Data d = Json.mapper().readValue(data, Data.class);
            return new Merged(key, d.reports(), d.names(), d.copies(), d.lanes());
        } catch (IOException e) {
            throw new UncheckedIOException("merged event " + key + ": stored reports unreadable", e);
        }
    }

    static TimelineEntry entry(BytesRef json) {
        return new TimelineEntry(Arrays.copyOfRange(json.bytes, json.offset, json.offset + json.length));
    }

    /**
     * The days a report's event may have happened, as far as merging cares: its date, or for an undated report the
     * {@link EventMerger} recent days before its article appeared; null when it can join nothing (undated everything).
     */
    static LocalDate[] window(Report r) {
        Event e = r.event();
        if (e.date() != null) {
            DateRange range = DateRange.parse(e.date().value());
            return new LocalDate[]{range.first(), range.last()};
        }
        LocalDate published = r.published();
        return published == null ? null : new LocalDate[]{published.minusDays(EventMerger.RECENT_DAYS), published};
    }

    /** The anchor's date widened by the most days two reports may disagree: every report that can join overlaps it. */
    static LocalDate[] anchorWindow(Merged m) {
        DateRange range = DateRange.parse(EventMerger.anchor(m.reports()).event().date().value());
        int days = EventMerger.STORY_DISAGREEMENT_DAYS;
        return new LocalDate[]{range.first().minusDays(days), range.last().plusDays(days)};
    }

    private static byte[] json(Object o) {
        try {
            return Json.mapper().writeValueAsBytes(o);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
