package id.linimasa.index;

import com.fasterxml.jackson.core.JsonProcessingException;
import id.linimasa.Analysis;
import id.linimasa.entity.Entity;
import id.linimasa.entity.NameVotes;
import id.linimasa.event.Event;
import id.linimasa.extract.Article;
import id.linimasa.extract.Pagination;
import id.linimasa.extract.PublicationTime;
import id.linimasa.page.Page;
import id.linimasa.story.StoryFeatures;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongField;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.FieldExistsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.BytesRef;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * How an article is laid out as a Lucene document, and read back. One document per article, holding
 * everything needed to rebuild it: the raw page (gzipped, for re-analysis), the analysis as JSON, the
 * text sketches and its place among stories. Field names are package-private constants; nothing
 * outside the index sees them.
 */
final class ArticleDocument {

    static final String ID = "id";
    static final String PAGE_SHA = "page_sha";
    static final String SOURCE = "source";
    static final String URL = "url";
    static final String KIND = "kind";
    static final String RAW = "raw";
    static final String ANALYSIS = "analysis";
    static final String TITLE = "title";
    static final String BODY = "body";
    static final String PUBLISHED = "published";
    static final String PUBLISHED_ISO = "published_iso";
    static final String OUTLET = "outlet";
    static final String OUTLET_NAME = "outlet_name";
    static final String ENTITY = "entity";
    static final String ENTITY_ALIAS = "entity_alias";
    static final String ENTITY_REF = "entity_ref";
    static final String TYPE = "type";
    static final String EVENT_KEY = "event_key";
    /** What story matching compares ({@link id.linimasa.story.TopicNames}); doc values only. */
    static final String TOPIC_NAME = "topic_name";
    static final String BAND = "band";
    static final String SIG_SHINGLES = "sig_shingles";
    static final String SIG_WORDS = "sig_words";
    static final String BODY_LENGTH = "body_length";
    static final String EVENT_COUNT = "event_count";
    static final String STORY = "story";
    static final String DUPLICATE_OF = "duplicate_of";
    /** The paginated article a page belongs to (its address without the page marker) and which page it is. */
    static final String PART_KEY = "part_key";
    static final String PART_NO = "part_no";
    /** Set when the page's own links, not its address, said which page of its article it is. */
    static final String PART_LINKED = "part_linked";
    /** The later pages of a joined article, kept for re-analysis. */
    static final String PARTS = "parts";

    /** Every article and nothing else ({@link EventDocument}s share the index). */
    static final Query ARTICLES = new FieldExistsQuery(ID);

    /** Facet dimensions. */
    static final String F_OUTLET = "outlet";
    static final String F_MONTH = "month";
    static final String F_ENTITY = "entity";
    static final String F_TYPE = "type";

    /** Stored fields to load for each use: never the raw page or the analysis unless needed (they are most of the bytes). */
    static final Set<String> SUMMARY = Set.of(ID, TITLE, OUTLET_NAME, PUBLISHED_ISO, STORY, DUPLICATE_OF);
    static final Set<String> WITH_ANALYSIS = Set.of(ID, TITLE, OUTLET_NAME, PUBLISHED_ISO, STORY, DUPLICATE_OF, ANALYSIS);
    static final Set<String> ENTITY_REFS = Set.of(ENTITY_REF);
    static final Set<String> PAGE = Set.of(SOURCE, URL, KIND, RAW, PAGE_SHA, PART_NO, PARTS);
    static final Set<String> PAGE_AND_TITLE = Set.of(SOURCE, URL, KIND, RAW, PAGE_SHA, PART_NO, PART_LINKED, PARTS, TITLE);
    static final Set<String> EVERYTHING = Set.of(ID, TITLE, OUTLET_NAME, PUBLISHED_ISO, STORY, DUPLICATE_OF, ANALYSIS, SOURCE, URL, KIND, RAW, PAGE_SHA,
            PART_KEY, PART_NO, PARTS);

    static final FacetsConfig FACETS = new FacetsConfig();

    static {
        FACETS.setMultiValued(F_ENTITY, true);
        FACETS.setMultiValued(F_TYPE, true);
    }

    /** Body with offsets indexed, so highlighting needs no re-analysis. */
    private static final FieldType BODY_TYPE = new FieldType(TextField.TYPE_STORED);

    static {
        BODY_TYPE.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        BODY_TYPE.freeze();
    }

    private static final char SEP = '\t';
    /** Between an alias key and the entity id it names, in the alias doc values. */
    static final char ALIAS_SEP = '\u0000';

    private ArticleDocument() {
    }

    /**
     * Everything about the article but its place among stories ({@link #place}): a pure function of the page
     * and its analysis, so ingest builds it on the analysis threads. Its page part is the one extraction read from the
     * parsed page, else the one its address names.
     */
    static Document of(Page page, Analysis analysis, StoryFeatures features) throws IOException {
        Article a = analysis.article();
        return of(page, analysis, features, a.part() != null ? a.part() : Pagination.of(a.url()));
    }

    /** As {@link #of(Page, Analysis, StoryFeatures)}, with the page part known already (a stored document's, when rebuilt). */
    static Document of(Page page, Analysis analysis, StoryFeatures features, Pagination.Part part) throws IOException {
        Article a = analysis.article();
        Document d = new Document();
        d.add(new StringField(ID, a.id(), Field.Store.YES));
        d.add(new StringField(PAGE_SHA, page.sha256(), Field.Store.YES));
        d.add(new StoredField(SOURCE, page.source()));
        if (page.url() != null) d.add(new StoredField(URL, page.url()));
        d.add(new StoredField(KIND, page.kind().name()));
        // the two big values live in doc values, so that loading a hit's stored fields stays cheap
        d.add(new BinaryDocValuesField(RAW, new BytesRef(gzip(page.bytes()))));
        d.add(new BinaryDocValuesField(ANALYSIS, new BytesRef(gzip(Json.mapper().writeValueAsBytes(analysis)))));
        if (a.title() != null) {
            d.add(new TextField(TITLE, a.title(), Field.Store.YES));
            d.add(new BinaryDocValuesField(TITLE, new BytesRef(a.title())));
        }
        d.add(new Field(BODY, a.text(), BODY_TYPE));
        if (a.published() != null) {
            d.add(new LongField(PUBLISHED, sortKey(a.published()), Field.Store.NO));
            d.add(new StoredField(PUBLISHED_ISO, a.published().iso()));
            d.add(new SortedDocValuesField(PUBLISHED_ISO, new BytesRef(a.published().iso())));
            d.add(new SortedSetDocValuesFacetField(F_MONTH, a.published().date().toString().substring(0, 7)));
        }
        if (a.outlet() != null && !a.outlet().isBlank()) {
            d.add(new StringField(OUTLET, outletKey(a.outlet()), Field.Store.NO));
            d.add(new StoredField(OUTLET_NAME, a.outlet()));
            d.add(new SortedDocValuesField(OUTLET_NAME, new BytesRef(a.outlet())));
            d.add(new SortedSetDocValuesFacetField(F_OUTLET, a.outlet()));
        }
        for (Entity en : analysis.entities()) {
            d.add(new StringField(ENTITY, en.id(), Field.Store.NO));
            d.add(new SortedSetDocValuesField(ENTITY, new BytesRef(en.id())));
            d.add(new StoredField(ENTITY_REF, en.id() + SEP + en.type() + SEP + en.name()));
            d.add(new SortedSetDocValuesFacetField(F_ENTITY, en.id()));
            Set<String> keys = new LinkedHashSet<>();
            keys.add(entityKey(en.id()));
            keys.add(entityKey(en.name()));
            for (String alias : en.aliases()) keys.add(entityKey(alias));
            for (String k : keys) {
                d.add(new StringField(ENTITY_ALIAS, k, Field.Store.NO));
                d.add(new SortedSetDocValuesField(ENTITY_ALIAS, new BytesRef(k + ALIAS_SEP + en.id())));
            }
        }
        Set<String> types = new HashSet<>();
        for (Event ev : analysis.events()) types.add(ev.type().name());
        for (String t : types) {
            d.add(new StringField(TYPE, t, Field.Store.NO));
            d.add(new SortedSetDocValuesFacetField(F_TYPE, t));
        }
        // what story linking, story lists and stats read for many articles at once lives in doc values:
        // reading a stored field would decompress the article's whole stored record (raw page and full analysis)
        for (String k : features.eventKeys()) d.add(new SortedSetDocValuesField(EVENT_KEY, new BytesRef(k)));
        for (String n : features.names()) d.add(new SortedSetDocValuesField(TOPIC_NAME, new BytesRef(n)));
        d.add(new NumericDocValuesField(EVENT_COUNT, analysis.events().size()));
        for (String band : features.signature().bands()) d.add(new StringField(BAND, band, Field.Store.NO));
        d.add(new BinaryDocValuesField(SIG_SHINGLES, new BytesRef(features.signature().shingles())));
        d.add(new BinaryDocValuesField(SIG_WORDS, new BytesRef(features.signature().words())));
        d.add(new NumericDocValuesField(BODY_LENGTH, features.bodyLength()));
        d.add(new SortedDocValuesField(ID, new BytesRef(a.id())));
        if (part != null) {
            d.add(new StringField(PART_KEY, part.key(), Field.Store.YES));
            d.add(new StoredField(PART_NO, part.number()));
            if (!part.equals(Pagination.of(a.url()))) d.add(new StoredField(PART_LINKED, 1));
        }
        return FACETS.build(d);
    }

    /** A later page of a joined article, as stored beside its first page. */
    record StoredPart(String source, String url, String kind, int number, byte[] raw) {
        Page page() {
            return new Page(source, url, raw, Page.Kind.valueOf(kind));
        }

        static StoredPart of(Page page, int number) {
            return new StoredPart(page.source(), page.url(), page.kind().name(), number, page.bytes());
        }
    }

    /** Adds a joined article's later pages: kept for re-analysis, and known by their hashes so that ingesting one again skips it. */
    static Document withParts(Document d, List<StoredPart> parts) throws IOException {
        if (parts.isEmpty()) return d;
        for (StoredPart p : parts) d.add(new StringField(PAGE_SHA, p.page().sha256(), Field.Store.NO));
        d.add(new StoredField(PARTS, gzip(Json.mapper().writeValueAsBytes(parts))));
        return d;
    }

    /** The later pages stored with a joined article (none for an article of one page). */
    static List<StoredPart> parts(Document d) throws IOException {
        BytesRef b = d.getBinaryValue(PARTS);
        if (b == null) return List.of();
        byte[] json = gunzip(Arrays.copyOfRange(b.bytes, b.offset, b.offset + b.length));
        return List.of(Json.mapper().readValue(json, StoredPart[].class));
    }

    /** Whether a stored document's page number came from its page links rather than its address. */
    static boolean partLinked(Document d) {
        return d.getField(PART_LINKED) != null;
    }

    /** The page part a stored document was indexed with, or null when it had none. */
    static Pagination.Part part(Document d) {
        String key = d.get(PART_KEY);
        return key == null ? null : new Pagination.Part(key, partNumber(d));
    }

    /** Which page of its article a stored document's own page is (1 when its address has no page marker). */
    static int partNumber(Document d) {
        var f = d.getField(PART_NO);
        return f == null || f.numericValue() == null ? 1 : f.numericValue().intValue();
    }

    /** Adds the article's story and, for a syndicated copy, the original it copies. */
    static Document place(Document d, String storyId, String duplicateOf) {
        d.add(new StringField(STORY, storyId, Field.Store.YES));
        d.add(new SortedDocValuesField(STORY, new BytesRef(storyId)));
        if (duplicateOf != null) {
            d.add(new StringField(DUPLICATE_OF, duplicateOf, Field.Store.YES));
            d.add(new SortedDocValuesField(DUPLICATE_OF, new BytesRef(duplicateOf)));
        }
        return d;
    }

    /**
     * Loads {@code fields} of a document: stored fields, plus the raw page ({@link #RAW}) and the analysis
     * ({@link #ANALYSIS}) from doc values when asked for, so that {@link #page} and {@link #analysis} read them.
     */
    static Document load(ArticleValues values, StoredFields stored, int doc, Set<String> fields) throws IOException {
        Document d = stored.document(doc, fields);
        if (fields.contains(RAW)) d.add(new StoredField(RAW, values.binaryCopy(RAW, doc)));
        if (fields.contains(ANALYSIS)) d.add(new StoredField(ANALYSIS, new String(gunzip(values.binaryCopy(ANALYSIS, doc)), StandardCharsets.UTF_8)));
        return d;
    }

    /** The raw page back from a loaded document. */
    static Page page(Document d) throws IOException {
        BytesRef raw = d.getBinaryValue(RAW);
        byte[] bytes = gunzip(Arrays.copyOfRange(raw.bytes, raw.offset, raw.offset + raw.length));
        Page.Kind kind = Page.Kind.valueOf(d.get(KIND));
        // the stored hash, where the fields loaded hold it, spares hashing the page again
        String sha = d.get(PAGE_SHA);
        return sha == null ? new Page(d.get(SOURCE), d.get(URL), bytes, kind) : new Page(d.get(SOURCE), d.get(URL), bytes, kind, sha);
    }

    static Analysis analysis(Document d) {
        try {
            return Json.mapper().readValue(d.get(ANALYSIS), Analysis.class);
        } catch (JsonProcessingException ex) {
            throw new UncheckedIOException("article " + d.get(ID) + ": stored analysis unreadable", ex);
        }
    }

    /** "id", "PER", "name" of each entity the article names. */
    static List<String[]> entityRefs(Document d) {
        return Arrays.stream(d.getValues(ENTITY_REF)).map(s -> s.split(String.valueOf(SEP), 3)).toList();
    }

    static String outletKey(String outlet) {
        return outlet.trim().toLowerCase(Locale.ROOT);
    }

    static String entityKey(String name) {
        return NameVotes.key(name);
    }

    /** When an analysis says its article was published, as {@link ArticleValues#when} reads it back. */
    static long when(Analysis a) {
        return a.article().published() == null ? Long.MAX_VALUE : sortKey(a.article().published());
    }

    /** Orders by the wall-clock time the page states (seconds), a date alone counting as its start. */
    static long sortKey(PublicationTime t) {
        return dayKey(t.date()) + (t.time() == null ? 0 : t.time().toSecondOfDay());
    }

    static long dayKey(LocalDate date) {
        return date.toEpochDay() * 86_400L;
    }

    private static byte[] gzip(byte[] raw) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(raw.length / 3 + 64);
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(raw);
        }
        return out.toByteArray();
    }

    private static byte[] gunzip(byte[] gz) throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gz))) {
            return in.readAllBytes();
        }
    }
}
