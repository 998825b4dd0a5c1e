package id.linimasa.index;

import com.fasterxml.jackson.core.JsonProcessingException;
import id.linimasa.Analysis;
import id.linimasa.entity.Entity;
import id.linimasa.event.Event;
import id.linimasa.extract.Article;
import id.linimasa.extract.PublicationTime;
import id.linimasa.page.Page;
import id.linimasa.story.StoryFeatures;
import id.linimasa.story.TextSignature;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.util.BytesRef;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
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
    static final String BAND = "band";
    static final String SIG_SHINGLES = "sig_shingles";
    static final String SIG_WORDS = "sig_words";
    static final String BODY_LENGTH = "body_length";
    static final String EVENT_COUNT = "event_count";
    static final String STORY = "story";
    static final String DUPLICATE_OF = "duplicate_of";

    /** Facet dimensions. */
    static final String F_OUTLET = "outlet";
    static final String F_MONTH = "month";
    static final String F_ENTITY = "entity";
    static final String F_TYPE = "type";

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

    /** An article with everything the corpus keeps about it. */
    record Entry(Page page, Analysis analysis, StoryFeatures features, String storyId, String duplicateOf) {
        String id() {
            return analysis.article().id();
        }
    }

    private ArticleDocument() {
    }

    static Document of(Entry e) throws IOException {
        Article a = e.analysis().article();
        Document d = new Document();
        d.add(new StringField(ID, a.id(), Field.Store.YES));
        d.add(new StringField(PAGE_SHA, e.page().sha256(), Field.Store.YES));
        d.add(new StoredField(SOURCE, e.page().source()));
        if (e.page().url() != null) d.add(new StoredField(URL, e.page().url()));
        d.add(new StoredField(KIND, e.page().kind().name()));
        d.add(new StoredField(RAW, gzip(e.page().bytes())));
        d.add(new StoredField(ANALYSIS, toJson(e.analysis())));
        if (a.title() != null) d.add(new TextField(TITLE, a.title(), Field.Store.YES));
        d.add(new Field(BODY, a.text(), BODY_TYPE));
        if (a.published() != null) {
            d.add(new LongField(PUBLISHED, sortKey(a.published()), Field.Store.NO));
            d.add(new StoredField(PUBLISHED_ISO, a.published().iso()));
            d.add(new SortedSetDocValuesFacetField(F_MONTH, a.published().date().toString().substring(0, 7)));
        }
        if (a.outlet() != null && !a.outlet().isBlank()) {
            d.add(new StringField(OUTLET, outletKey(a.outlet()), Field.Store.NO));
            d.add(new StoredField(OUTLET_NAME, a.outlet()));
            d.add(new SortedSetDocValuesFacetField(F_OUTLET, a.outlet()));
        }
        for (Entity en : e.analysis().entities()) {
            d.add(new StringField(ENTITY, en.id(), Field.Store.YES));
            d.add(new StoredField(ENTITY_REF, en.id() + SEP + en.type() + SEP + en.name()));
            d.add(new SortedSetDocValuesFacetField(F_ENTITY, en.id()));
            Set<String> keys = new LinkedHashSet<>();
            keys.add(entityKey(en.id()));
            keys.add(entityKey(en.name()));
            for (String alias : en.aliases()) keys.add(entityKey(alias));
            for (String k : keys) d.add(new StringField(ENTITY_ALIAS, k, Field.Store.NO));
        }
        Set<String> types = new HashSet<>();
        for (Event ev : e.analysis().events()) types.add(ev.type().name());
        for (String t : types) {
            d.add(new StringField(TYPE, t, Field.Store.NO));
            d.add(new SortedSetDocValuesFacetField(F_TYPE, t));
        }
        for (String k : e.features().eventKeys()) d.add(new StoredField(EVENT_KEY, k));
        d.add(new StoredField(EVENT_COUNT, e.analysis().events().size()));
        for (String band : e.features().signature().bands()) d.add(new StringField(BAND, band, Field.Store.NO));
        d.add(new StoredField(SIG_SHINGLES, e.features().signature().shingles()));
        d.add(new StoredField(SIG_WORDS, e.features().signature().words()));
        d.add(new StoredField(BODY_LENGTH, e.features().bodyLength()));
        d.add(new StringField(STORY, e.storyId(), Field.Store.YES));
        if (e.duplicateOf() != null) d.add(new StringField(DUPLICATE_OF, e.duplicateOf(), Field.Store.YES));
        return FACETS.build(d);
    }

    /** The full entry back from a stored document, e.g. to rewrite it with a new story. */
    static Entry entry(Document d) throws IOException {
        Analysis analysis = analysis(d);
        Page page = new Page(d.get(SOURCE), d.get(URL), gunzip(d.getBinaryValue(RAW)), Page.Kind.valueOf(d.get(KIND)));
        return new Entry(page, analysis, features(d), d.get(STORY), d.get(DUPLICATE_OF));
    }

    static Analysis analysis(Document d) {
        try {
            return Json.mapper().readValue(d.get(ANALYSIS), Analysis.class);
        } catch (JsonProcessingException ex) {
            throw new UncheckedIOException("article " + d.get(ID) + ": stored analysis unreadable", ex);
        }
    }

    /** The features story clustering compares, read from stored fields without parsing the analysis. */
    static StoryFeatures features(Document d) {
        String iso = d.get(PUBLISHED_ISO);
        LocalDate published = iso == null ? null : PublicationTime.parse(iso).date();
        TextSignature sig = new TextSignature(bytes(d.getBinaryValue(SIG_SHINGLES)), bytes(d.getBinaryValue(SIG_WORDS)));
        return new StoryFeatures(d.get(ID), published, sig, Set.of(d.getValues(ENTITY)), Set.of(d.getValues(EVENT_KEY)),
                d.getField(BODY_LENGTH).numericValue().intValue());
    }

    /** "id", "PER", "name" of each entity the article names. */
    static List<String[]> entityRefs(Document d) {
        return java.util.Arrays.stream(d.getValues(ENTITY_REF)).map(s -> s.split(String.valueOf(SEP), 3)).toList();
    }

    static String outletKey(String outlet) {
        return outlet.trim().toLowerCase(Locale.ROOT);
    }

    static String entityKey(String name) {
        return name.trim().toLowerCase(Locale.ROOT);
    }

    /** Orders by the wall-clock time the page states (seconds), a date alone counting as its start. */
    static long sortKey(PublicationTime t) {
        return dayKey(t.date()) + (t.time() == null ? 0 : t.time().toSecondOfDay());
    }

    static long dayKey(LocalDate date) {
        return date.toEpochDay() * 86_400L;
    }

    private static String toJson(Analysis a) throws JsonProcessingException {
        return Json.mapper().writeValueAsString(a);
    }

    private static byte[] bytes(BytesRef ref) {
        return java.util.Arrays.copyOfRange(ref.bytes, ref.offset, ref.offset + ref.length);
    }

    private static byte[] gzip(byte[] raw) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(raw.length / 3 + 64);
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(raw);
        }
        return out.toByteArray();
    }

    private static byte[] gunzip(BytesRef ref) throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(ref.bytes, ref.offset, ref.length))) {
            return in.readAllBytes();
        }
    }
}
