package id.linimasa.spark;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bulk call against a stand-in server that answers as a busy OpenSearch node does: one item refused with 429
 * (its write queue full) while the others are taken. A real node cannot be made busy on demand.
 */
class OpenSearchBulkTest {

    @Test
    void itemsRefusedAsBusyAreSentAgainAndOnlyThey() throws IOException {
        List<String> bodies = new ArrayList<>();
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/_bulk", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            bodies.add(body);
            long items = body.lines().filter(l -> l.startsWith("{\"index\"")).count();
            StringBuilder answer = new StringBuilder("{\"errors\":true,\"items\":[");
            for (int i = 0; i < items; i++) {
                // the first request's second item is refused as busy; everything else is created
                boolean busy = bodies.size() == 1 && i == 1;
                if (i > 0) answer.append(',');
                answer.append(busy
                        ? "{\"index\":{\"status\":429,\"error\":{\"type\":\"es_rejected_execution_exception\",\"reason\":\"queue full\"}}}"
                        : "{\"index\":{\"status\":201,\"result\":\"created\"}}");
            }
            byte[] out = answer.append("]}").toString().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, out.length);
            exchange.getResponseBody().write(out);
            exchange.close();
        });
        server.start();
        try {
            OpenSearch os = new OpenSearch("http://127.0.0.1:" + server.getAddress().getPort());
            List<String> items = List.of(
                    "{\"index\":{\"_index\":\"e\",\"_id\":\"a\"}}\n{\"n\":1}\n",
                    "{\"index\":{\"_index\":\"e\",\"_id\":\"b\"}}\n{\"n\":2}\n",
                    "{\"index\":{\"_index\":\"e\",\"_id\":\"c\"}}\n{\"n\":3}\n");

            List<JsonNode> results = os.bulk(items);

            assertThat(results).extracting(r -> r.path("status").asInt()).containsExactly(201, 201, 201);
            assertThat(bodies).containsExactly(String.join("", items), items.get(1));
        } finally {
            server.stop(0);
        }
    }
}
