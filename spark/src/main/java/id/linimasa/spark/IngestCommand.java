package id.linimasa.spark;

import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code linimasa-spark ingest PATH...}: the pipeline as a Spark job, writing articles and events to OpenSearch. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Reads pages from files and folders (recursively; text dumps and HTML, optionally gzipped) on any Hadoop "
                + "file system (local paths, file:, hdfs:, s3a: ...), extracts and analyses each in a Spark task and writes "
                + "the article (metadata, body, entities, timexes, quotes, events with their spans) and one document per event "
                + "to OpenSearch with the bulk API. Documents are keyed by the page's content hash: pages already indexed are "
                + "skipped, so a re-run changes nothing. Without --master, runs in this JVM on every core (local[*]) unless "
                + "spark-submit gave a master. Exit 1 when some page failed (each named with its reason)."})
final class IngestCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "files or folders of pages")
    List<String> paths;
    @Mixin
    OpenSearchOptions openSearch;
    @Option(names = "--master", paramLabel = "URL", description = "Spark master, e.g. local[*], local[2], spark://host:7077")
    String master;
    @Option(names = "--partitions", defaultValue = "0", paramLabel = "N",
            description = "Spark partitions (tasks) to spread the files over; default four per core, at most one per file")
    int partitions;
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (partitions < 0) throw new ParameterException(spec.commandLine(), "--partitions must not be negative");
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        // OpenSearch is asked first: an address that is wrong or down is said before Spark takes its seconds to start
        SparkIngest.createIndices(openSearch.client(spec), openSearch.prefix);
        boolean running = SparkSession.getActiveSession().isDefined() || SparkSession.getDefaultSession().isDefined();
        SparkSession spark = session();
        if (running && master != null && !master.equals(spark.sparkContext().master())) {
            err.println(spec.qualifiedName() + ": --master " + master + " ignored: joining the running Spark session on " + spark.sparkContext().master());
        }
        SparkIngest.Report r;
        try {
            r = SparkIngest.run(spark, paths, openSearch.url, openSearch.prefix, partitions);
        } finally {
            // a session this command started is its own to stop; one it joined (a test's, a notebook's) is not
            if (!running) spark.stop();
        }
        for (String f : r.failures()) err.println(f);
        err.flush();
        out.printf("pages read: %d%narticles indexed: %d%nunchanged (skipped): %d%nfailed: %d%n", r.read(), r.indexed(), r.unchanged(), r.failures().size());
        for (String f : r.failures()) out.printf("  %s%n", f);
        out.printf("opensearch: %s (%s, %s)%n", openSearch.url, ArticleDocuments.articlesIndex(openSearch.prefix), ArticleDocuments.eventsIndex(openSearch.prefix));
        return r.failures().isEmpty() ? LinimasaSpark.OK : LinimasaSpark.SOME_FAILED;
    }

    /**
     * The Spark session: on the given master, else the one spark-submit set, else every core of this JVM. A local
     * session stays on the loopback address and without its web UI, so that several can run on one machine.
     */
    private SparkSession session() {
        SparkConf conf = new SparkConf();
        String m = master != null ? master : conf.get("spark.master", "local[*]");
        SparkSession.Builder b = SparkSession.builder().appName("linimasa ingest").master(m);
        if (m.startsWith("local")) {
            b.config("spark.driver.host", "127.0.0.1").config("spark.driver.bindAddress", "127.0.0.1").config("spark.ui.enabled", false);
        }
        return b.getOrCreate();
    }
}
