package id.linimasa.app.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import id.linimasa.index.Corpus;
import id.linimasa.index.Json;
import io.javalin.Javalin;
import io.javalin.compression.CompressionStrategy;
import io.javalin.compression.Gzip;
import io.javalin.http.ContentType;
import io.javalin.http.Context;
import io.javalin.http.Header;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.Collections;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.stream.Stream;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.handler.ErrorHandler;


/**
 * The web page and the REST API over one corpus, served by one Javalin process. Read-only: only GET
 * routes exist. Static assets come from the classpath ({@code /web}), so no request path is ever
 * resolved against the file system, and every response forbids scripts from anywhere but this server.
 */
public final class WebServer implements AutoCloseable {

    static final String ENDPOINT = "linimasa.endpoint";
    /** Scripts, styles and images only from this server: page-derived text can never load or run code. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

    private final Javalin app;

    private WebServer(Javalin app) {
        this.app = app;
    }

    /** Starts serving on host:port (port 0 picks a free one), warmed up ({@link Warmup}) when this returns. */
    public static WebServer start(Corpus corpus, String host, int port) {
        Api api = new Api(corpus);
        // At most as many answers are computed, serialised and compressed at once as there are cores; the others wait
        // their turn in order. Sharing the cores among every request in flight would slow each by all the others, and a heavy one most.
        Semaphore computing = new Semaphore(Runtime.getRuntime().availableProcessors(), true);
        Javalin app = Javalin.create(config -> {
            config.showJavalinBanner = false;
            // Jetty's pool of platform threads, not virtual ones: on two carriers, requests holding the cores kept Jetty's
            // own reading and writing waiting (bench serve, 8 keep-alive clients: search p99 63-78 ms; README, Web and REST API)
            config.useVirtualThreads = false;
            // API answers are compressed by GzipAnswer in their turn at the cores; Javalin compresses the page's assets
            CompressionStrategy assets = new CompressionStrategy(null, new Gzip());
            assets.setExcludedMimeTypes(Stream.concat(assets.getExcludedMimeTypes().stream(), Stream.of(ContentType.JSON)).toList());
            config.http.customCompression(assets);
            config.http.prefer405over404 = true;
            config.router.ignoreTrailingSlashes = true;
            config.jsonMapper(new JavalinJackson(Json.mapper(), true));
            config.jetty.modifyServer(server -> server.setErrorHandler(new JsonBadMessage()));
            config.staticFiles.add(files -> {
                files.hostedPath = "/";
                files.directory = "/web";
                files.location = Location.CLASSPATH;
                files.headers = Map.of("Cache-Control", "no-cache", "Vary", "Accept-Encoding");
            });
        });
        app.before(WebServer::securityHeaders);
        for (Endpoint e : api.endpoints()) {
            app.get(e.path(), ctx -> {
                ctx.attribute(ENDPOINT, e);
                byte[] answer;
                boolean gzipped = false;
                computing.acquire();
                try {
                    // UTF-8 bytes straight from Jackson (ctx.json made a string, encoded it and copied it through a new
                    // 32 KB buffer: 7% of a search's CPU, 14% of its garbage, JFR); all made before any is sent, so a
                    // failing answer still becomes a 500 instead of a committed 200 with half its JSON
                    answer = Json.mapper().writeValueAsBytes(e.answer().answer(ctx, new Params(ctx.queryParamMap(), e)));
                    if (answer.length >= GzipAnswer.MIN_BYTES && GzipAnswer.accepted(Collections.list(ctx.req().getHeaders(Header.ACCEPT_ENCODING)))) {
                        answer = GzipAnswer.compress(answer);
                        gzipped = true;
                    }
                } finally {
                    computing.release();
                }
                if (gzipped) ctx.header(Header.CONTENT_ENCODING, "gzip");
                ctx.header(Header.VARY, Header.ACCEPT_ENCODING);
                ctx.res().setContentLength(answer.length); // large answers went chunked: say their length up front
                ctx.contentType(ContentType.APPLICATION_JSON).result(answer);
            });
        }
        app.exception(ApiException.class, (e, ctx) -> error(ctx, e.status(), e.getMessage()));
        // Javalin answers a route's other methods by throwing, so the read-only reason is given here
        app.exception(HttpResponseException.class, (e, ctx) -> error(ctx, e.getStatus(),
                e.getStatus() == 405 ? readOnly(ctx) : e.getMessage()));
        app.exception(Exception.class, (e, ctx) -> {
            System.err.println("linimasa serve: " + ctx.method() + " " + ctx.path() + " failed: " + e);
            error(ctx, 500, "internal error; see the server log");
        });
        app.error(404, ctx -> {
            if (ctx.result() == null) error(ctx, 404, "no such resource: " + ctx.path());
        });
        app.error(405, ctx -> {
            if (ctx.result() == null) error(ctx, 405, readOnly(ctx));
        });
        app.start(host, port);
        Warmup.run(app.port());
        return new WebServer(app);
    }

    private static String readOnly(Context ctx) {
        return "method " + ctx.method() + " not allowed; the API is read-only (GET)";
    }

    private static void securityHeaders(Context ctx) {
        ctx.header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("X-Frame-Options", "DENY");
    }

    /** The JSON error body: status, its name, and the reason in one line. */
    record ApiError(int status, String error, String message) {
    }

    private static void error(Context ctx, int status, String message) {
        ctx.status(status).json(new ApiError(status, HttpStatus.forStatus(status).getMessage(), message));
    }

    /** Requests Jetty refuses before any route (an ambiguous path such as "/../x") get the API's JSON error too. */
    private static final class JsonBadMessage extends ErrorHandler {
        @Override
        public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
            fields.put(HttpHeader.CONTENT_TYPE, "application/json");
            String name = HttpStatus.forStatus(status).getMessage();
            try {
                return ByteBuffer.wrap(Json.mapper().writeValueAsBytes(
                        new ApiError(status, name, reason == null || reason.equalsIgnoreCase(name)
                                ? "request refused before any route: malformed, or a path with \"..\" or encoded separators"
                                : "request refused before any route: " + reason)));
            } catch (JsonProcessingException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    public int port() {
        return app.port();
    }

    @Override
    public void close() {
        app.stop();
    }
}
