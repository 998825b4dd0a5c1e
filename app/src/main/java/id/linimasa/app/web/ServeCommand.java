package id.linimasa.app.web;

import id.linimasa.app.Main;
import id.linimasa.index.Corpus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

/** {@code linimasa serve}: the web page and the read-only REST API over a corpus, on loopback by default. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serves the web page and the read-only REST API (GET /api/..., described at /api/openapi.json).",
                "Binds to 127.0.0.1 unless --host says otherwise; stop with Ctrl-C."})
public final class ServeCommand implements Callable<Integer> {

    @Option(names = "--corpus", paramLabel = "DIR", defaultValue = "linimasa-data", description = "Corpus folder (default: ${DEFAULT-VALUE}).")
    Path corpus;

    @Option(names = "--port", defaultValue = "8080", description = "Port; 0 picks a free one (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--host", defaultValue = "127.0.0.1", description = "Address to bind (default: ${DEFAULT-VALUE}).")
    String host;

    @Override
    public Integer call() throws Exception {
        if (port < 0 || port > 65535) {
            System.err.println("linimasa serve: --port " + port + " is not a port (0-65535)");
            return Main.USAGE;
        }
        if (!Files.isDirectory(corpus)) {
            System.err.println("linimasa serve: " + corpus + ": no corpus there; run 'linimasa ingest PATH... --corpus " + corpus + "' first");
            return Main.SOME_FAILED;
        }
        if (!isLoopback(host)) {
            System.err.println("linimasa serve: warning: listening on " + host + ", so anyone who can reach it can read the corpus");
        }
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", System.getProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn"));
        Corpus c = Corpus.open(corpus);
        WebServer server = WebServer.start(c, host, port);
        System.out.println("linimasa: serving " + corpus + " at http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + server.port() + "/ (Ctrl-C to stop)");
        // Ctrl-C runs the hook: stop taking requests, then release the index.
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            try {
                c.close();
            } catch (Exception e) {
                System.err.println("linimasa serve: closing " + corpus + ": " + e.getMessage());
            }
            stopped.countDown();
        }));
        stopped.await();
        return Main.OK;
    }

    private static boolean isLoopback(String host) {
        try {
            return InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
