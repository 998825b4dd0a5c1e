package id.linimasa.app.bench;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPOutputStream;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
            int status = ex.getRequestURI().getPath().equals("/missing") ? 404 : 200;
            ex.sendResponseHeaders(status, ex.getRequestURI().getPath().equals("/chunked") ? 0 : body.length);
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

    @Test
    void readsWholeBodiesByLengthAndByChunksOnOneConnection() throws IOException {
        try (HttpConnection http = new HttpConnection("127.0.0.1", server.getAddress().getPort())) {
            for (String path : new String[]{"/fixed?n=5", "/chunked?n=70000", "/fixed?n=120000", "/chunked?n=3", "/fixed?n=0"}) {
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

    /** What a scripted server does with its n-th request (counted from 1 across connections); false closes the connection. */
    private interface Script {
        boolean answer(int request, String headers, OutputStream out) throws IOException;
    }

    /** A raw server that reads each request's headers and answers by {@code script}; counts requests and connections. */
    private static final class RawServer implements AutoCloseable {
        final ServerSocket socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        final AtomicInteger requests = new AtomicInteger(), connections = new AtomicInteger();
        final Thread thread;

        RawServer(Script script) throws IOException {
            thread = Thread.ofVirtual().start(() -> {
                while (!socket.isClosed()) {
                    try (Socket s = socket.accept()) {
                        connections.incrementAndGet();
                        InputStream in = s.getInputStream();
                        for (String headers = headers(in); headers != null; headers = headers(in)) {
                            if (!script.answer(requests.incrementAndGet(), headers, s.getOutputStream())) break;
                        }
                    } catch (IOException e) {
                        // closed by the test
                    }
                }
            });
        }

        private static String headers(InputStream in) throws IOException {
            StringBuilder b = new StringBuilder();
            for (int c = in.read(); c >= 0; c = in.read()) {
                b.append((char) c);
                if (b.toString().endsWith("\r\n\r\n")) return b.toString();
            }
            return null;
        }

        int port() {
            return socket.getLocalPort();
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }

    private static void send(OutputStream out, String head, byte[] body) throws IOException {
        out.write(head.getBytes(ISO_8859_1));
        out.write(body);
        out.flush();
    }

    private static boolean ok(OutputStream out, String text) throws IOException {
        byte[] body = text.getBytes(UTF_8);
        send(out, "HTTP/1.1 200 OK\r\nContent-Length: " + body.length + "\r\n\r\n", body);
        return true;
    }

    @Test
    @Timeout(10)
    void retriesAKeptAliveConnectionClosedBeforeAnyByteOfTheAnswer() throws IOException {
        try (RawServer server = new RawServer((n, h, out) -> n == 2 ? false : ok(out, "jawaban " + n));
             HttpConnection http = new HttpConnection("127.0.0.1", server.port())) {
            assertThat(new String(http.get("/a").body(), UTF_8)).isEqualTo("jawaban 1");
            assertThat(new String(http.get("/b").body(), UTF_8)).as("sent again on a new connection").isEqualTo("jawaban 3");
            assertThat(server.connections.get()).isEqualTo(2);
        }
    }

    @Test
    @Timeout(10)
    void aBodyCutShortOrABadStatusLineIsAnErrorNotARetry() throws IOException {
        try (RawServer server = new RawServer((n, h, out) -> switch (n) {
            case 2 -> {
                send(out, "HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\n", "hanya sepuluh".getBytes(UTF_8));
                yield false;
            }
            case 4 -> {
                send(out, "bukan HTTP\r\n\r\n", new byte[0]);
                yield false;
            }
            default -> ok(out, "jawaban " + n);
        }); HttpConnection http = new HttpConnection("127.0.0.1", server.port())) {
            http.get("/a");
            assertThatThrownBy(() -> http.get("/b")).isInstanceOf(IOException.class).hasMessageContaining("early");
            assertThat(new String(http.get("/c").body(), UTF_8)).isEqualTo("jawaban 3");
            assertThatThrownBy(() -> http.get("/d")).isInstanceOf(IOException.class).hasMessageContaining("not an HTTP response");
            assertThat(server.requests.get()).as("no request sent twice").isEqualTo(4);
        }
    }

    @Test
    @Timeout(10)
    void asksForGzipAndInflatesTheBody() throws IOException {
        byte[] text = body(50_000);
        ByteArrayOutputStream zipped = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(zipped)) {
            gz.write(text);
        }
        try (RawServer server = new RawServer((n, h, out) -> {
            if (!h.toLowerCase(Locale.ROOT).contains("accept-encoding: gzip")) return ok(out, "tanpa gzip");
            byte[] z = zipped.toByteArray();
            int half = z.length / 2;
            send(out, "HTTP/1.1 200 OK\r\nContent-Encoding: gzip\r\nTransfer-Encoding: chunked\r\n\r\n"
                    + Integer.toHexString(half) + "\r\n", Arrays.copyOfRange(z, 0, half));
            send(out, "\r\n" + Integer.toHexString(z.length - half) + "\r\n", Arrays.copyOfRange(z, half, z.length));
            send(out, "\r\n0\r\n\r\n", new byte[0]);
            return true;
        }); HttpConnection http = new HttpConnection("127.0.0.1", server.port())) {
            assertThat(http.get("/a").body()).isEqualTo(text);
            assertThat(http.get("/b").body()).as("the connection still usable after it").isEqualTo(text);
        }
    }

    @Test
    @Timeout(10)
    void a204HasNoBodyAndABodyWithoutLengthRunsToTheConnectionsEnd() throws IOException {
        try (RawServer server = new RawServer((n, h, out) -> switch (n) {
            case 1 -> {
                send(out, "HTTP/1.1 204 No Content\r\n\r\n", new byte[0]);
                yield true;
            }
            case 2 -> {
                send(out, "HTTP/1.1 200 OK\r\nConnection: close\r\n\r\n", "sampai koneksi ditutup".getBytes(UTF_8));
                yield false;
            }
            default -> ok(out, "jawaban " + n);
        }); HttpConnection http = new HttpConnection("127.0.0.1", server.port())) {
            HttpConnection.Response empty = http.get("/a");
            assertThat(empty.status()).isEqualTo(204);
            assertThat(empty.body()).isEmpty();
            assertThat(new String(http.get("/b").body(), UTF_8)).isEqualTo("sampai koneksi ditutup");
            assertThat(new String(http.get("/c").body(), UTF_8)).isEqualTo("jawaban 3");
            assertThat(server.connections.get()).as("the 204 kept the connection, the close-delimited body ended it").isEqualTo(2);
        }
    }
}
