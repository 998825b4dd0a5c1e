package id.linimasa.app;

import id.linimasa.app.web.WebServer;
import id.linimasa.index.Corpus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

/** {@code linimasa serve}: the web page and the read-only REST API over a corpus, on loopback by default. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serves the web page and the read-only REST API (GET /api/..., described at /api/openapi.json).",
                "Binds to 127.0.0.1 unless --host says otherwise; stop with Ctrl-C."})
public final class ServeCommand implements Callable<Integer> {

    @Mixin
    CorpusOption corpus;

    @Option(names = "--port", defaultValue = "8080", description = "port; 0 picks a free one (default: ${DEFAULT-VALUE})")
    int port;

    @Option(names = "--host", defaultValue = "127.0.0.1", description = "address to bind (default: ${DEFAULT-VALUE})")
    String host;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (port < 0 || port > 65535) {
            throw new ParameterException(spec.commandLine(), "--port " + port + " is not a port (0-65535)");
        }
        if (!isLoopback(host)) {
            spec.commandLine().getErr().println("linimasa serve: warning: listening on " + host + ", so anyone who can reach it can read the corpus");
        }
        Corpus c = corpus.openExisting();
        WebServer server = WebServer.start(c, host, port);
        spec.commandLine().getOut().println("linimasa: serving " + corpus.dir + " at http://" + (host.contains(":") ? "[" + host + "]" : host)
                + ":" + server.port() + "/ (Ctrl-C to stop)");
        spec.commandLine().getOut().flush();
        // Ctrl-C runs the hook: stop taking requests, then release the index.
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            try {
                c.close();
            } catch (Exception e) {
                System.err.println("linimasa serve: closing " + corpus.dir + ": " + e.getMessage());
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
