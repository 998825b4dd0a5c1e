package id.linimasa.app.web;

import com.fasterxml.jackson.databind.JsonNode;
import id.linimasa.index.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.net.URLEncoder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

/** Answers larger than Jetty's 32 KB output buffer, which it would otherwise send in chunks without a length. */
class LargeAnswerTest {

    @TempDir
    Path tmp;

    /** A long report: one title, a dateline, and many paragraphs of plain Indonesian news prose. */
    private static String longPage() {
        StringBuilder b = new StringBuilder("Varenia dan Talmora Perpanjang Perundingan Perbatasan\n\nSenin, 10 Maret 2025 - 10:00 WIB\n\n");
        for (int i = 1; i <= 120; i++) {
            b.append("JAKARTA – Delegasi Varenia dan Talmora kembali bertemu pada putaran ke-").append(i)
                    .append(" untuk membahas patok perbatasan nomor ").append(100 + i)
                    .append(", dan kedua pihak sepakat melanjutkan pembicaraan teknis pekan depan.\n\n");
        }
        return b.toString();
    }

    @Test
    void areSentWholeWithTheirLengthPlainOrGzipped() throws Exception {
        Path pages = Files.createDirectories(tmp.resolve("pages"));
        Files.writeString(pages.resolve("panjang.txt"), longPage());
        try (TestServer server = TestServer.of(pages, tmp.resolve("corpus"), StoryAnnotator::annotate)) {
            Http http = server.http();
            String id = http.json("/api/articles?limit=1").get("items").get(0).get("id").asText();
            String path = "/api/articles/" + URLEncoder.encode(id, UTF_8);
            Http.Bytes plain = http.bytes(path, null);
            assertThat(plain.status()).isEqualTo(200);
            assertThat(plain.body().length).as("over Jetty's output buffer").isGreaterThan(32 * 1024);
            assertThat(plain.headers().firstValueAsLong("Content-Length")).hasValue(plain.body().length);
            assertThat(plain.headers().firstValue("Transfer-Encoding")).isEmpty();
            Http.Bytes zipped = http.bytes(path, "gzip");
            assertThat(zipped.headers().firstValue("Content-Encoding")).hasValue("gzip");
            assertThat(zipped.headers().firstValueAsLong("Content-Length")).hasValue(zipped.body().length);
            JsonNode unzipped = Json.mapper().readTree(new GZIPInputStream(new ByteArrayInputStream(zipped.body())).readAllBytes());
            assertThat(unzipped).isEqualTo(Json.mapper().readTree(plain.body()));
        }
    }
}
