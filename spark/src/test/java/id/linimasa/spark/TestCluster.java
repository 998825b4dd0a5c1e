package id.linimasa.spark;

import org.apache.spark.sql.SparkSession;
import org.codelibs.opensearch.runner.OpenSearchRunner;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.opensearch.http.HttpServerTransport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The real OpenSearch node and Spark session (local, two cores) the module's test classes share: started once per
 * test JVM by the first class that needs them (the node takes about 40 s to start), stopped when the JVM's tests end.
 */
final class TestCluster implements BeforeAllCallback {

    private static volatile Started started;

    /** The node's HTTP address. */
    static String url() {
        return started.url;
    }

    static SparkSession spark() {
        return started.spark;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        started = context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(Started.class.getName(), k -> start(), Started.class);
    }

    private static Started start() {
        Path home;
        try {
            home = Files.createTempDirectory("linimasa-opensearch");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        OpenSearchRunner node = new OpenSearchRunner();
        // ports off the defaults, so that a developer's own OpenSearch on 9200 is left alone
        node.setMaxHttpPort(19299);
        node.onBuild((n, settings) -> settings.put("discovery.type", "single-node").put("transport.port", "19300-19399"))
                .build(OpenSearchRunner.newConfigs().numOfNode(1).baseHttpPort(19200).clusterName("linimasa-test")
                        .basePath(home.toString()).disableESLogger());
        node.ensureYellow();
        int port = node.getInstance(HttpServerTransport.class).boundAddress().publishAddress().getPort();
        SparkSession spark = SparkSession.builder().master("local[2]").appName("linimasa test")
                .config("spark.driver.host", "127.0.0.1").config("spark.driver.bindAddress", "127.0.0.1")
                .config("spark.ui.enabled", false).getOrCreate();
        return new Started(node, spark, "http://127.0.0.1:" + port);
    }

    /** Closed by JUnit when the root context ends, after every test class. */
    private record Started(OpenSearchRunner node, SparkSession spark, String url) implements AutoCloseable {
        @Override
        public void close() throws IOException {
            spark.stop();
            node.close();
            node.clean();
        }
    }
}
