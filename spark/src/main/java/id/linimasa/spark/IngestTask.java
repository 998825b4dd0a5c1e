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
 * already (by content hash, before analysing them), analyses the rest and writes each batch in two bulk requests:
 * first every page's event documents, then the article documents of the pages whose events all went in. OpenSearch
 * applies a bulk's items per shard in no set order, and a request cut off mid-flight may still be applied, so only
 * this order makes an article's presence mean its events are all there; the skip trusts nothing else. A page's
 * event documents without its article (a refused page, a task that died between the two requests) are orphans that
 * the next run of that page overwrites (event ids are deterministic); readers tell them apart by the missing
 * article of their {@code page_sha}. Counts and failure reasons go to accumulators, which Spark applies once per
 * successful task.
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
        String articles = ArticleDocuments.articlesIndex(prefix);
        String events = ArticleDocuments.eventsIndex(prefix);
        Set<String> shas = new HashSet<>();
        for (Page p : pages) shas.add(p.sha256());
        Set<String> stored = os.existing(articles, shas);
        Set<String> seen = new HashSet<>();
        List<Page> fresh = new ArrayList<>();
        for (Page page : pages) {
            // the same bytes twice in one batch are one page, as they are across runs
            if (stored.contains(page.sha256()) || !seen.add(page.sha256())) unchanged.add(1);
            else fresh.add(page);
        }
        List<PageAnalysis.Outcome> outcomes = PageAnalysis.analyseAll(fresh);
        List<Analysed> analysed = new ArrayList<>();
        List<String> eventItems = new ArrayList<>();
        for (int k = 0; k < fresh.size(); k++) {
            Page page = fresh.get(k);
            String sha = page.sha256();
            Analysis a = outcomes.get(k).analysis();
            if (a == null) {
                failures.add(page.source() + ": " + outcomes.get(k).refused());
                continue;
            }
            List<ObjectNode> eventDocs = ArticleDocuments.events(page, a);
            for (int i = 0; i < eventDocs.size(); i++) eventItems.add(write("index", events, ArticleDocuments.eventId(sha, i), eventDocs.get(i)));
            // create, not index: an article written meanwhile (the same bytes in another task) is kept and counted once
            analysed.add(new Analysed(page.source(), sha, eventDocs.size(), write("create", articles, sha, ArticleDocuments.article(page, a))));
        }
        if (analysed.isEmpty()) return;
        List<JsonNode> eventResults = os.bulk(eventItems);
        List<Analysed> complete = new ArrayList<>();
        List<String> articleItems = new ArrayList<>();
        List<String> orphans = new ArrayList<>();
        int at = 0;
        for (Analysed page : analysed) {
            List<JsonNode> own = eventResults.subList(at, at + page.events());
            at += page.events();
            String refused = refusal(own);
            if (refused == null) {
                complete.add(page);
                articleItems.add(page.articleItem());
                continue;
            }
            refuse(page, refused, events, orphans);
        }
        if (!articleItems.isEmpty()) {
            List<JsonNode> articleResults = os.bulk(articleItems);
            for (int i = 0; i < complete.size(); i++) {
                String refused = refusal(articleResults.subList(i, i + 1));
                Analysed page = complete.get(i);
                if (refused == null) {
                    indexed.add(1);
                    continue;
                }
                if (articleResults.get(i).path("status").asInt() == 409) {
                    unchanged.add(1);
                    continue;
                }
                refuse(page, refused, events, orphans);
            }
        }
        // tidying only: an orphan this misses is overwritten when the page is ingested again
        if (!orphans.isEmpty()) os.bulk(orphans);
    }

    /** Reports a page not indexed and lists its event documents (those OpenSearch took, if any) to delete again. */
    private void refuse(Analysed page, String reason, String events, List<String> orphans) {
        failures.add(page.source() + ": not indexed (OpenSearch: " + reason + ")");
        for (int e = 0; e < page.events(); e++) orphans.add(delete(events, ArticleDocuments.eventId(page.sha(), e)));
    }

    /** The first error among a page's bulk results, or null when OpenSearch took them all. */
    private static String refusal(List<JsonNode> results) {
        for (JsonNode item : results) if (item.has("error")) return OpenSearch.errorReason(item.path("error"));
        return null;
    }

    /** A bulk item: its action line and its document line. */
    static String write(String op, String index, String id, ObjectNode doc) {
        ObjectNode action = JSON.createObjectNode();
        action.putObject(op).put("_index", index).put("_id", id);
        return action + "\n" + doc + "\n";
    }

    private static String delete(String index, String id) {
        ObjectNode action = JSON.createObjectNode();
        action.putObject("delete").put("_index", index).put("_id", id);
        return action + "\n";
    }

    /** An analysed page: its hash, its event documents' count (their results come in this order) and its article's bulk item. */
    private record Analysed(String source, String sha, int events, String articleItem) {
    }
}
