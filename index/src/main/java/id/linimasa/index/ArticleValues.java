package id.linimasa.index;

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
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.BytesRef;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads an article's doc values by top-level doc id: the small per-article facts that are read for many
 * articles at once (story linking, story lists, stats) without touching its stored record.
 * Not thread-safe: one instance per reading thread. Reads in ascending doc order (a scan) reuse iterators.
 */
final class ArticleValues {

    private final List<LeafReaderContext> leaves;
    private final Map<String, DocIdSetIterator> open = new HashMap<>();

    ArticleValues(IndexReader reader) {
        this.leaves = reader.leaves();
    }

    String id(int doc) throws IOException {
        return sorted(ArticleDocument.ID, doc);
    }

    String title(int doc) throws IOException {
        BytesRef b = binary(ArticleDocument.TITLE, doc);
        return b == null ? null : b.utf8ToString();
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

    /** Ids of the article's entities that go by the alias {@code key} ({@link ArticleDocument#entityKey}). */
    List<String> entitiesNamed(String key, int doc) throws IOException {
        String prefix = key + ArticleDocument.ALIAS_SEP;
        return sortedSet(ArticleDocument.ENTITY_ALIAS, doc).stream().filter(v -> v.startsWith(prefix))
                .map(v -> v.substring(prefix.length())).toList();
    }

    /** Publication time as a sortable number ({@link ArticleDocument#when}); an undated article counts as published last. */
    long when(int doc) throws IOException {
        SortedNumericDocValues v = at(ArticleDocument.PUBLISHED, doc, DocValues::getSortedNumeric);
        return v == null ? Long.MAX_VALUE : v.nextValue();
    }

    long eventCount(int doc) throws IOException {
        NumericDocValues v = at(ArticleDocument.EVENT_COUNT, doc, DocValues::getNumeric);
        return v == null ? 0 : v.longValue();
    }

    StoryFeatures features(int doc) throws IOException {
        String iso = published(doc);
        LocalDate published = iso == null ? null : PublicationTime.parse(iso).date();
        NumericDocValues length = at(ArticleDocument.BODY_LENGTH, doc, DocValues::getNumeric);
        TextSignature sig = new TextSignature(bytes(required(ArticleDocument.SIG_SHINGLES, doc)), bytes(required(ArticleDocument.SIG_WORDS, doc)));
        return new StoryFeatures(id(doc), published, sig, sortedSet(ArticleDocument.ENTITY, doc), sortedSet(ArticleDocument.EVENT_KEY, doc),
                length == null ? 0 : (int) length.longValue(), sortedSet(ArticleDocument.TOPIC_NAME, doc));
    }

    @FunctionalInterface
    private interface Opener<T extends DocIdSetIterator> {
        T open(LeafReader reader, String field) throws IOException;
    }

    /** The field's iterator positioned on {@code doc}, or null when the article has no value. */
    private <T extends DocIdSetIterator> T at(String field, int doc, Opener<T> opener) throws IOException {
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
        int target = doc - leaf.docBase;
        String key = field + '@' + leaf.ord;
        @SuppressWarnings("unchecked")
        T it = (T) open.get(key);
        if (it == null || it.docID() >= target) {
            it = opener.open(leaf.reader(), field);
            open.put(key, it);
        }
        boolean has = switch (it) {
            case SortedDocValues v -> v.advanceExact(target);
            case SortedSetDocValues v -> v.advanceExact(target);
            case SortedNumericDocValues v -> v.advanceExact(target);
            case NumericDocValues v -> v.advanceExact(target);
            case BinaryDocValues v -> v.advanceExact(target);
            default -> throw new IllegalStateException("not doc values: " + it);
        };
        return has ? it : null;
    }

    private String sorted(String field, int doc) throws IOException {
        SortedDocValues v = at(field, doc, DocValues::getSorted);
        return v == null ? null : v.lookupOrd(v.ordValue()).utf8ToString();
    }

    private Set<String> sortedSet(String field, int doc) throws IOException {
        SortedSetDocValues v = at(field, doc, DocValues::getSortedSet);
        Set<String> out = new HashSet<>();
        if (v != null) for (int i = 0; i < v.docValueCount(); i++) out.add(v.lookupOrd(v.nextOrd()).utf8ToString());
        return out;
    }

    private BytesRef binary(String field, int doc) throws IOException {
        BinaryDocValues v = at(field, doc, DocValues::getBinary);
        return v == null ? null : v.binaryValue();
    }

    /** A copy of a binary doc value (the iterator's bytes are reused). */
    byte[] binaryCopy(String field, int doc) throws IOException {
        return bytes(required(field, doc));
    }

    private BytesRef required(String field, int doc) throws IOException {
        BytesRef b = binary(field, doc);
        if (b == null) throw new UncheckedIOException(new IOException("article without " + field + " (written by an older linimasa? run 'linimasa reanalyse')"));
        return b;
    }

    private static byte[] bytes(BytesRef ref) {
        return Arrays.copyOfRange(ref.bytes, ref.offset, ref.offset + ref.length);
    }
}
