package id.linimasa.index;

import id.linimasa.Analysis;
import id.linimasa.extract.PublicationTime;
import id.linimasa.story.StoryFeatures;
import id.linimasa.story.TextSignature;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.util.BytesRef;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads an article's doc values by top-level doc id: the small per-article facts that are read for many
 * articles at once (story linking, story lists, stats, timelines) without touching its stored record.
 */
final class ArticleValues {

    private final List<LeafReaderContext> leaves;

    ArticleValues(IndexReader reader) {
        this.leaves = reader.leaves();
    }

    String id(int doc) throws IOException {
        return sorted(ArticleDocument.ID, doc);
    }

    String story(int doc) throws IOException {
        return sorted(ArticleDocument.STORY, doc);
    }

    String duplicateOf(int doc) throws IOException {
        return sorted(ArticleDocument.DUPLICATE_OF, doc);
    }

    String published(int doc) throws IOException {
        return sorted(ArticleDocument.PUBLISHED_ISO, doc);
    }

    String outlet(int doc) throws IOException {
        return sorted(ArticleDocument.OUTLET_NAME, doc);
    }

    /** Publication time as a sortable number; an undated article counts as published last. */
    long when(int doc) throws IOException {
        LeafReaderContext leaf = leaf(doc);
        SortedNumericDocValues v = DocValues.getSortedNumeric(leaf.reader(), ArticleDocument.PUBLISHED);
        return v.advanceExact(doc - leaf.docBase) ? v.nextValue() : Long.MAX_VALUE;
    }

    long eventCount(int doc) throws IOException {
        LeafReaderContext leaf = leaf(doc);
        NumericDocValues v = DocValues.getNumeric(leaf.reader(), ArticleDocument.EVENT_COUNT);
        return v.advanceExact(doc - leaf.docBase) ? v.longValue() : 0;
    }

    /** The article's entities and events with its text, as timelines need them. */
    Analysis timelineAnalysis(int doc) throws IOException {
        return Json.mapper().readValue(bytes(binary(ArticleDocument.TIMELINE, doc)), Analysis.class);
    }

    StoryFeatures features(int doc) throws IOException {
        String iso = published(doc);
        LocalDate published = iso == null ? null : PublicationTime.parse(iso).date();
        LeafReaderContext leaf = leaf(doc);
        NumericDocValues length = DocValues.getNumeric(leaf.reader(), ArticleDocument.BODY_LENGTH);
        int bodyLength = length.advanceExact(doc - leaf.docBase) ? (int) length.longValue() : 0;
        TextSignature sig = new TextSignature(bytes(binary(ArticleDocument.SIG_SHINGLES, doc)), bytes(binary(ArticleDocument.SIG_WORDS, doc)));
        return new StoryFeatures(id(doc), published, sig, sortedSet(ArticleDocument.ENTITY, doc), sortedSet(ArticleDocument.EVENT_KEY, doc), bodyLength);
    }

    private LeafReaderContext leaf(int doc) {
        return leaves.get(ReaderUtil.subIndex(doc, leaves));
    }

    private String sorted(String field, int doc) throws IOException {
        LeafReaderContext leaf = leaf(doc);
        SortedDocValues v = DocValues.getSorted(leaf.reader(), field);
        return v.advanceExact(doc - leaf.docBase) ? v.lookupOrd(v.ordValue()).utf8ToString() : null;
    }

    private Set<String> sortedSet(String field, int doc) throws IOException {
        LeafReaderContext leaf = leaf(doc);
        SortedSetDocValues v = DocValues.getSortedSet(leaf.reader(), field);
        Set<String> out = new HashSet<>();
        if (v.advanceExact(doc - leaf.docBase)) {
            for (int i = 0; i < v.docValueCount(); i++) out.add(v.lookupOrd(v.nextOrd()).utf8ToString());
        }
        return out;
    }

    private BytesRef binary(String field, int doc) throws IOException {
        LeafReaderContext leaf = leaf(doc);
        LeafReader r = leaf.reader();
        BinaryDocValues v = DocValues.getBinary(r, field);
        if (!v.advanceExact(doc - leaf.docBase)) throw new UncheckedIOException(new IOException("article without " + field));
        return v.binaryValue();
    }

    private static byte[] bytes(BytesRef ref) {
        return Arrays.copyOfRange(ref.bytes, ref.offset, ref.offset + ref.length);
    }
}
