package id.linimasa.app.bench;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.Locale;
import java.util.zip.GZIPInputStream;

import static java.nio.charset.StandardCharsets.ISO_8859_1;

/**
 * One keep-alive HTTP/1.1 connection on which a load client sends GETs and reads each whole response (status line,
 * headers, and the body by its length or its chunks, unzipped when gzipped), on the calling thread. Like a browser it
 * accepts gzip, so the server's compression is part of what is measured. The JDK's HttpClient hands every exchange
 * between the caller, its one selector thread and a worker pool, a tenth of the bench's CPU (JFR) spent on the same two
 * cores as the server it measures; this does what a browser's connection does and nothing more. Not thread-safe.
 */
public final class HttpConnection implements AutoCloseable {

    /** A response: its status and its whole body. */
    public record Response(int status, byte[] body) {
    }

    private static final int TIMEOUT_MS = 30_000;

    private final String host;
    private final int port;
    private Socket socket;
    private InputStream in;
    private OutputStream out;
    private final StringBuilder line = new StringBuilder();
    private final byte[] chunk = new byte[16 * 1024];

    public HttpConnection(String host, int port) {
        this.host = host;
        this.port = port;
    }

    /** GETs {@code path} (with its query, already encoded); a connection the server closed meanwhile is opened again once. */
    public Response get(String path) throws IOException {
        boolean reused = socket != null;
        try {
            return exchange(path);
        } catch (IOException e) {
            close();
            if (!reused) throw e;
            return exchange(path);
        } catch (RuntimeException e) {
            close(); // never left in the middle of a response, whose rest the next request would read
            throw new IOException("malformed response to " + path, e);
        }
    }

    private Response exchange(String path) throws IOException {
        if (socket == null) open();
        out.write(("GET " + path + " HTTP/1.1\r\nHost: " + host + ":" + port + "\r\nAccept: application/json\r\nAccept-Encoding: gzip\r\n\r\n").getBytes(ISO_8859_1));
        out.flush();
        String status = readLine();
        if (!status.startsWith("HTTP/1.") || status.length() < 12) throw new IOException("not an HTTP response: " + status);
        int code = Integer.parseInt(status.substring(9, 12));
        long length = -1;
        boolean gzip = false, chunked = false, close = status.startsWith("HTTP/1.0");
        for (String header = readLine(); !header.isEmpty(); header = readLine()) {
            int colon = header.indexOf(':');
            if (colon < 0) continue;
            String name = header.substring(0, colon).trim().toLowerCase(Locale.ROOT);
            String value = header.substring(colon + 1).trim().toLowerCase(Locale.ROOT);
            switch (name) {
                case "content-length" -> length = Long.parseLong(value);
                case "transfer-encoding" -> chunked = value.endsWith("chunked");
                case "connection" -> close |= value.contains("close");
                case "content-encoding" -> gzip = value.contains("gzip");
                default -> { }
            }
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream(length > 0 ? (int) length : 8192);
        if (chunked) {
            for (long size = chunkSize(); size > 0; size = chunkSize()) {
                copy(size, body);
                readLine(); // the CRLF after the chunk
            }
            while (!readLine().isEmpty()) {
                // trailers
            }
        } else if (length >= 0) {
            copy(length, body);
        } else {
            in.transferTo(body); // no length: the body runs to the end of the connection
            close = true;
        }
        if (close) close();
        byte[] bytes = body.toByteArray();
        if (gzip) {
            try (GZIPInputStream unzip = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
                bytes = unzip.readAllBytes();
            }
        }
        return new Response(code, bytes);
    }

    private void open() throws IOException {
        Socket s = new Socket();
        try {
            s.setTcpNoDelay(true);
            s.setSoTimeout(TIMEOUT_MS);
            s.connect(new InetSocketAddress(host, port), TIMEOUT_MS);
            in = new BufferedInputStream(s.getInputStream(), 64 * 1024);
            out = s.getOutputStream();
        } catch (IOException e) {
            s.close();
            throw e;
        }
        socket = s;
    }

    private long chunkSize() throws IOException {
        String size = readLine();
        int ext = size.indexOf(';');
        return Long.parseLong((ext < 0 ? size : size.substring(0, ext)).trim(), 16);
    }

    private void copy(long n, ByteArrayOutputStream to) throws IOException {
        for (long left = n; left > 0; ) {
            int read = in.read(chunk, 0, (int) Math.min(left, chunk.length));
            if (read < 0) throw new EOFException("response body ended " + left + " bytes early");
            to.write(chunk, 0, read);
            left -= read;
        }
    }

    /** A header line without its CRLF (ISO-8859-1, as HTTP's framing is). */
    private String readLine() throws IOException {
        line.setLength(0);
        for (int c = in.read(); c != '\n'; c = in.read()) {
            if (c < 0) throw new EOFException("connection closed in the middle of a response");
            if (c != '\r') line.append((char) c);
        }
        return line.toString();
    }

    @Override
    public void close() {
        if (socket == null) return;
        try {
            socket.close();
        } catch (IOException e) {
            // closing a connection that failed: nothing left to do
        } finally {
            socket = null;
        }
    }
}
