package id.linimasa.app.bench;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.GZIPOutputStream;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

class HttpConnectionTest {

    private HttpServer server;
    /** The remote ports requests came from: one per connection the client opened. */
    private final Set<Integer> clientPorts = ConcurrentHashMap.newKeySet();

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        // length known: Content-Length; 0 given: chunked; the query says how large a body to send
        server.createContext("/", ex -> {
            clientPorts.add(ex.getRemoteAddress().getPort());
            String query = ex.getRequestURI().getRawQuery();
            int size = Integer.parseInt(query.substring(query.indexOf('=') + 1));
            byte[] body = body(size);
            String path = ex.getRequestURI().getPath();
            if (path.equals("/gzip")) {
                assertThat(ex.getRequestHeaders().getFirst("Accept-Encoding")).contains("gzip");
                body = gzip(body);
                ex.getResponseHeaders().set("Content-Encoding", "gzip");
            }
            int status = path.equals("/missing") ? 404 : 200;
            ex.sendResponseHeaders(status, path.equals("/chunked") ? 0 : body.length);
            try (OutputStream out = ex.getResponseBody()) {
                for (int at = 0; at < body.length; at += 1000) out.write(body, at, Math.min(1000, body.length - at)); // several chunks
            }
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private static byte[] body(int size) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; b.length() < size; i++) b.append("baris ").append(i).append(" kata… ");
        return b.substring(0, size).getBytes(UTF_8);
    }

    private static byte[] gzip(byte[] body) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream z = new GZIPOutputStream(out)) {
            z.write(body);
        }
        return out.toByteArray();
    }

    @Test
    void readsWholeBodiesByLengthAndByChunksOnOneConnection() throws IOException {
        try (HttpConnection http = new HttpConnection("127.0.0.1", server.getAddress().getPort())) {
            for (String path : new String[]{"/fixed?n=5", "/chunked?n=70000", "/fixed?n=120000", "/chunked?n=3", "/gzip?n=50000", "/fixed?n=0"}) {
                HttpConnection.Response r = http.get(path);
                int n = Integer.parseInt(path.substring(path.indexOf('=') + 1));
                assertThat(r.status()).as(path).isEqualTo(200);
                assertThat(r.body()).as(path).isEqualTo(body(n));
            }
            HttpConnection.Response missing = http.get("/missing?n=10");
            assertThat(missing.status()).isEqualTo(404);
            assertThat(missing.body()).isEqualTo(body(10));
        }
        assertThat(clientPorts).as("one keep-alive connection for every request").hasSize(1);
    }

    @Test
    void opensTheConnectionAgainWhenTheServerClosedIt() throws IOException {
        try (HttpConnection http = new HttpConnection("127.0.0.1", server.getAddress().getPort())) {
            assertThat(http.get("/fixed?n=100").body()).isEqualTo(body(100));
            int port = server.getAddress().getPort();
            server.stop(0); // drops the open connection
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
            server.createContext("/", ex -> {
                byte[] body = "lagi".getBytes(UTF_8);
                ex.sendResponseHeaders(200, body.length);
                ex.getResponseBody().write(body);
                ex.close();
            });
            server.start();
            HttpConnection.Response again = http.get("/fixed?n=1");
            assertThat(again.status()).isEqualTo(200);
            assertThat(new String(again.body(), UTF_8)).isEqualTo("lagi");
        }
    }
}
