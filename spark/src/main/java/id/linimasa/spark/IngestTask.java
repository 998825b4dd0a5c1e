package id.linimasa.spark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.linimasa.Analysis;
import id.linimasa.page.Page;
import id.linimasa.page.PageReadException;
import id.linimasa.page.PageReader;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.function.ForeachPartitionFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.util.CollectionAccumulator;
import org.apache.spark.util.LongAccumulator;
import org.apache.spark.util.SerializableConfiguration;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

import static id.linimasa.spark.OpenSearch.JSON;

/**
 * One Spark task's share of an ingest: reads its files from the Hadoop file system, skips pages the index holds
 * already (by content hash, before analysing them), analyses the rest and writes them with one bulk request per
 * batch. A page's event documents go before its article document in the bulk; when OpenSearch refuses any of a
 * page's documents, the ones it took are deleted again and the page is reported failed, so the index never holds
 * half a page, and the article's presence means the whole page is there. Counts and failure reasons go to
 * accumulators, which Spark applies once per successful task.
 */
final class IngestTask implements ForeachPartitionFunction<PageFile> {

    /** Pages analysed and written together: one id look-up and one bulk request each. */
    static final int BATCH = 32;

    private final Broadcast<SerializableConfiguration> hadoop;
    private final String openSearchUrl;
    private final String prefix;
    private final LongAccumulator read;
    private final LongAccumulator indexed;
    private final LongAccumulator unchanged;
    private final CollectionAccumulator<String> failures;

    IngestTask(Broadcast<SerializableConfiguration> hadoop, String openSearchUrl, String prefix, LongAccumulator read,
               LongAccumulator indexed, LongAccumulator unchanged, CollectionAccumulator<String> failures) {
        this.hadoop = hadoop;
        this.openSearchUrl = openSearchUrl;
        this.prefix = prefix;
        this.read = read;
        this.indexed = indexed;
        this.unchanged = unchanged;
        this.failures = failures;
    }

    @Override
    public void call(Iterator<PageFile> files) throws IOException {
        OpenSearch os = new OpenSearch(openSearchUrl);
        Configuration conf = hadoop.value().value();
        PageReader reader = new PageReader();
        List<Page> batch = new ArrayList<>(BATCH);
        while (files.hasNext()) {
            PageFile f = files.next();
            read.add(1);
            try {
                batch.add(read(reader, f, conf));
            } catch (PageReadException e) {
                failures.add(f.getSource() + ": " + e.getMessage());
            }
            if (batch.size() == BATCH) {
                write(os, batch);
                batch.clear();
            }
        }
        if (!batch.isEmpty()) write(os, batch);
    }

    private static Page read(PageReader reader, PageFile f, Configuration conf) throws PageReadException {
        Path path = new Path(f.getPath());
        try {
            FileSystem fs = path.getFileSystem(conf);
            long size = fs.getFileStatus(path).getLen();
            reader.checkSize(size);
            byte[] bytes;
            try (FSDataInputStream in = fs.open(path)) {
                bytes = in.readNBytes((int) size);
            }
            return reader.fileBytes(f.getSource(), bytes, path.getName());
        } catch (FileNotFoundException e) {
            throw new PageReadException("no such file");
        } catch (IOException e) {
            throw new PageReadException("cannot read (" + e.getMessage() + ")");
        }
    }

    private void write(OpenSearch os, List<Page> pages) throws IOException {
        String articles = ArticleDocuments.articles(prefix);
        String events = ArticleDocuments.events(prefix);
        Set<String> shas = new HashSet<>();
        for (Page p : pages) shas.add(p.sha256());
        Set<String> stored = os.existing(articles, shas);
        Set<String> seen = new HashSet<>();
        List<Written> written = new ArrayList<>();
        StringBuilder bulk = new StringBuilder();
        for (Page page : pages) {
            String sha = page.sha256();
            // the same bytes twice in one batch are one page, as they are across runs
            if (stored.contains(sha) || !seen.add(sha)) {
                unchanged.add(1);
                continue;
            }
            Analysis a;
            try {
                a = PageAnalysis.analyse(page);
            } catch (PageAnalysis.Refused e) {
                failures.add(page.source() + ": " + e.getMessage());
                continue;
            }
            List<ObjectNode> eventDocs = ArticleDocuments.events(page, a);
            for (int i = 0; i < eventDocs.size(); i++) index(bulk, events, ArticleDocuments.eventId(sha, i), eventDocs.get(i));
            index(bulk, articles, sha, ArticleDocuments.article(page, a));
            written.add(new Written(page.source(), eventDocs.size() + 1));
        }
        if (written.isEmpty()) return;
        List<JsonNode> items = os.bulk(bulk.toString());
        StringBuilder undo = new StringBuilder();
        int at = 0;
        for (Written w : written) {
            List<JsonNode> own = items.subList(at, at + w.documents());
            at += w.documents();
            String refused = null;
            for (JsonNode item : own) {
                if (item.has("error")) {
                    refused = OpenSearch.errorReason(item.path("error"));
                    break;
                }
            }
            if (refused == null) {
                indexed.add(1);
                continue;
            }
            failures.add(w.source() + ": not indexed (OpenSearch: " + refused + ")");
            for (JsonNode item : own) if (!item.has("error")) delete(undo, item.path("_index").asText(), item.path("_id").asText());
        }
        if (!undo.isEmpty()) os.bulk(undo.toString());
    }

    private static void index(StringBuilder bulk, String index, String id, ObjectNode doc) {
        ObjectNode action = JSON.createObjectNode();
        action.putObject("index").put("_index", index).put("_id", id);
        bulk.append(action).append('\n').append(doc).append('\n');
    }

    private static void delete(StringBuilder bulk, String index, String id) {
        ObjectNode action = JSON.createObjectNode();
        action.putObject("delete").put("_index", index).put("_id", id);
        bulk.append(action).append('\n');
    }

    /** A page in the bulk request and how many of its items (events, then the article) follow in the response. */
    private record Written(String source, int documents) {
    }
}
