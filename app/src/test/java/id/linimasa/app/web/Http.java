package id.linimasa.app.web;

import com.fasterxml.jackson.databind.JsonNode;
import id.linimasa.index.Json;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpHeaders;

/** A plain HTTP client for tests: raw paths (nothing normalised away) and JSON bodies. */
final class Http {

    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    record Response(int status, String contentType, String body, HttpHeaders headers) {
        JsonNode json() {
            try {
                return Json.mapper().readTree(body);
            } catch (IOException e) {
                throw new AssertionError("not JSON: " + body, e);
            }
        }
    }

    private final String base;

    Http(int port) {
        this.base = "http://127.0.0.1:" + port;
    }

    Response get(String rawPath) {
        return send("GET", rawPath);
    }

    Response send(String method, String rawPath) {
        try {
            HttpRequest r = HttpRequest.newBuilder(URI.create(base + rawPath)).method(method, HttpRequest.BodyPublishers.noBody()).build();
            HttpResponse<String> res = CLIENT.send(r, HttpResponse.BodyHandlers.ofString());
            return new Response(res.statusCode(), res.headers().firstValue("Content-Type").orElse(""), res.body(), res.headers());
        } catch (IOException | InterruptedException e) {
            throw new AssertionError(method + " " + rawPath + " failed", e);
        }
    }

    record Bytes(int status, byte[] body, HttpHeaders headers) {
    }

    /** GET of the raw body, with an {@code Accept-Encoding} header when one is given (nothing is unzipped). */
    Bytes bytes(String rawPath, String acceptEncoding) {
        try {
            HttpRequest.Builder r = HttpRequest.newBuilder(URI.create(base + rawPath));
            if (acceptEncoding != null) r.header("Accept-Encoding", acceptEncoding);
            HttpResponse<byte[]> res = CLIENT.send(r.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Bytes(res.statusCode(), res.body(), res.headers());
        } catch (IOException | InterruptedException e) {
            throw new AssertionError("GET " + rawPath + " failed", e);
        }
    }

    /** GET that must answer 200 with JSON. */
    JsonNode json(String rawPath) {
        Response r = get(rawPath);
        if (r.status() != 200) throw new AssertionError("GET " + rawPath + " answered " + r.status() + ": " + r.body());
        return r.json();
    }

    String base() {
        return base;
    }
}
