package id.linimasa.spark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.linimasa.page.PageFailure;
import org.apache.spark.SparkContext;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.util.CollectionAccumulator;
import org.apache.spark.util.LongAccumulator;
import org.apache.spark.util.SerializableConfiguration;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import static id.linimasa.spark.OpenSearch.JSON;

/**
 * The ingest job as the driver runs it: makes sure the two indices exist (with their mappings), lists the files,
 * spreads them over the executors ({@link IngestTask} per partition), then makes the writes visible and gathers
 * what each task counted.
 */
final class SparkIngest {

    /** What an ingest did: files handed to the job, articles written, pages already indexed, and why each failure failed. */
    record Report(long read, long indexed, long unchanged, List<String> failures) {
    }

    private SparkIngest() {
    }

    /**
     * Ingests {@code paths} into indices {@link #createIndices} made; {@code partitions} 0 picks four per core of the
     * cluster, at most one per file.
     */
    static Report run(SparkSession spark, List<String> paths, String openSearchUrl, String prefix, int partitions) throws IOException {
        OpenSearch os = new OpenSearch(openSearchUrl);
        String articles = ArticleDocuments.articlesIndex(prefix);
        String events = ArticleDocuments.eventsIndex(prefix);

        SparkContext sc = spark.sparkContext();
        PageFiles listing = PageFiles.list(paths, sc.hadoopConfiguration());
        List<String> failures = new ArrayList<>();
        for (PageFailure f : listing.failures()) failures.add(f.reason());
        LongAccumulator read = sc.longAccumulator("pages read");
        LongAccumulator indexed = sc.longAccumulator("articles indexed");
        LongAccumulator unchanged = sc.longAccumulator("pages already indexed");
        CollectionAccumulator<String> failed = sc.collectionAccumulator("failed pages");
        if (!listing.files().isEmpty()) {
            Broadcast<SerializableConfiguration> hadoop = JavaSparkContext.fromSparkContext(sc)
                    .broadcast(new SerializableConfiguration(sc.hadoopConfiguration()));
            int n = partitions > 0 ? partitions : Math.min(listing.files().size(), 4 * sc.defaultParallelism());
            try {
                spark.createDataset(listing.files(), Encoders.bean(PageFile.class))
                        .repartition(n)
                        .foreachPartition(new IngestTask(hadoop, os.url(), prefix, read, indexed, unchanged, failed));
            } finally {
                // a joined session outlives this job: its executors need not keep the configuration's copies
                hadoop.destroy();
            }
            os.refresh(articles, events);
        }
        List<String> taskFailures = new ArrayList<>(failed.value());
        taskFailures.sort(null);
        failures.addAll(taskFailures);
        return new Report(read.value(), indexed.value(), unchanged.value(), List.copyOf(failures));
    }

    /** Creates the two indices with their mappings unless they exist; fails at once when OpenSearch cannot be reached. */
    static void createIndices(OpenSearch os, String prefix) throws IOException {
        os.ensureIndex(ArticleDocuments.articlesIndex(prefix), definition("articles-mapping.json"));
        os.ensureIndex(ArticleDocuments.eventsIndex(prefix), definition("events-mapping.json"));
    }

    /** An index's settings (the text analysis both indices share) and its mapping, from the module's resources. */
    private static JsonNode definition(String mapping) {
        ObjectNode d = JSON.createObjectNode();
        d.putObject("settings").set("analysis", OpenSearch.resource("analysis.json"));
        d.set("mappings", OpenSearch.resource(mapping));
        return d;
    }
}
