package id.linimasa.app.web;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.net.URLEncoder;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The OpenAPI document describes exactly the routes the server has, with their parameters, page-size caps
 * and error responses, and what each route answers over a real corpus has the shape the document gives.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OpenApiTest {

    private TestServer server;
    private Http http;
    private JsonNode doc;
    private List<Endpoint> endpoints;

    @BeforeAll
    void start() throws Exception {
        server = TestServer.examples();
        http = server.http();
        doc = http.json("/api/openapi.json");
        endpoints = server.endpoints();
    }

    @AfterAll
    void stop() throws Exception {
        server.close();
    }

    @Test
    void isOpenApi3AndServedAsBundled() {
        assertThat(doc.get("openapi").asText()).startsWith("3.");
        assertThat(doc).isEqualTo(Api.OPENAPI);
    }

    @Test
    void documentsExactlyTheRoutesTheServerHas() {
        Set<String> documented = new TreeSet<>();
        doc.get("paths").fieldNames().forEachRemaining(documented::add);
        Set<String> served = new TreeSet<>();
        endpoints.forEach(e -> served.add(e.path()));
        assertThat(documented).isEqualTo(served);
        for (Iterator<Map.Entry<String, JsonNode>> it = doc.get("paths").fields(); it.hasNext(); ) {
            var path = it.next();
            List<String> methods = new ArrayList<>();
            path.getValue().fieldNames().forEachRemaining(methods::add);
            assertThat(methods).as(path.getKey() + " is read-only").containsExactly("get");
        }
    }

    @Test
    void parametersCapsAndErrorsMatchEachRoute() {
        for (Endpoint e : endpoints) {
            JsonNode op = doc.get("paths").get(e.path()).get("get");
            Map<String, JsonNode> query = new TreeMap<>();
            Set<String> pathParams = new TreeSet<>();
            for (JsonNode p : op.path("parameters")) {
                JsonNode param = resolve(p);
                if (param.get("in").asText().equals("query")) query.put(param.get("name").asText(), param);
                else pathParams.add(param.get("name").asText());
            }
            Set<String> accepted = new TreeSet<>();
            e.params().forEach(p -> accepted.add(p.name()));
            assertThat(query.keySet()).as(e.path() + " query parameters").isEqualTo(accepted);
            assertThat(pathParams).as(e.path() + " path parameters").isEqualTo(e.path().contains("{id}") ? Set.of("id") : Set.of());
            for (Endpoint.Param p : e.params()) {
                JsonNode schema = query.get(p.name()).get("schema");
                if (p.maxRepeat() > 1) assertThat(schema.get("maxItems").asInt()).as(e.path() + " " + p.name()).isEqualTo(p.maxRepeat());
                else assertThat(schema.path("type").asText()).as(e.path() + " " + p.name() + " is one value").isNotEqualTo("array");
            }
            if (e.paged()) {
                JsonNode limit = query.get("limit").get("schema");
                assertThat(limit.get("maximum").asInt()).as(e.path() + " cap").isEqualTo(e.maxLimit());
                assertThat(limit.get("default").asInt()).as(e.path() + " default").isEqualTo(e.defaultLimit());
            }
            JsonNode responses = op.get("responses");
            assertThat(responses.has("200")).isTrue();
            if (!e.params().isEmpty() || e.path().contains("{id}")) assertThat(responses.has("400")).as(e.path() + " documents 400").isTrue();
            if (e.path().contains("{id}") || e.path().equals("/api/timeline")) assertThat(responses.has("404")).as(e.path() + " documents 404").isTrue();
        }
    }

    @Test
    void everyRouteAnswersInTheDocumentedShape() {
        String articleId = http.json("/api/articles?limit=1").get("items").get(0).get("id").asText();
        String entityId = http.json("/api/entities?limit=1").get("items").get(0).get("id").asText();
        String storyId = http.json("/api/stories?limit=1").get("items").get(0).get("id").asText();
        for (Endpoint e : endpoints) {
            String path = e.path()
                    .replace("/api/articles/{id}", "/api/articles/" + URLEncoder.encode(articleId, UTF_8))
                    .replace("/api/entities/{id}", "/api/entities/" + URLEncoder.encode(entityId, UTF_8))
                    .replace("/api/stories/{id}", "/api/stories/" + URLEncoder.encode(storyId, UTF_8));
            if (e.path().equals("/api/timeline")) path += "?entity=Varenia";
            JsonNode body = http.json(path);
            JsonNode schema = doc.get("paths").get(e.path()).get("get").get("responses").get("200").get("content").get("application/json").get("schema");
            List<String> problems = new ArrayList<>();
            check(body, schema, e.path(), problems);
            assertThat(problems).as(e.path()).isEmpty();
        }
        Http.Response bad = http.get("/api/articles?limit=x");
        List<String> problems = new ArrayList<>();
        check(bad.json(), doc.at("/components/schemas/Error"), "error", problems);
        Http.Response unknown = http.get("/api/timeline?entity=Nowhereland");
        assertThat(unknown.status()).isEqualTo(404);
        check(unknown.json(), doc.at("/paths/~1api~1timeline/get/responses/404/content/application~1json/schema"), "timeline 404", problems);
        assertThat(problems).isEmpty();
    }

    private JsonNode resolve(JsonNode node) {
        while (node.has("$ref")) node = doc.at(node.get("$ref").asText().substring(1));
        return node;
    }

    /** A small JSON Schema check: types, required properties, array items, enums, oneOf; enough to catch drift. */
    private void check(JsonNode value, JsonNode schema, String where, List<String> problems) {
        schema = resolve(schema);
        if (schema.has("oneOf")) {
            for (JsonNode alt : schema.get("oneOf")) {
                List<String> p = new ArrayList<>();
                check(value, alt, where, p);
                if (p.isEmpty()) return;
            }
            problems.add(where + ": matches no alternative: " + value);
            return;
        }
        if (schema.has("type")) {
            Set<String> types = new TreeSet<>();
            if (schema.get("type").isArray()) schema.get("type").forEach(t -> types.add(t.asText()));
            else types.add(schema.get("type").asText());
            String actual = value.isNull() ? "null" : value.isObject() ? "object" : value.isArray() ? "array" : value.isTextual() ? "string"
                    : value.isIntegralNumber() ? "integer" : value.isNumber() ? "number" : value.isBoolean() ? "boolean" : "?";
            boolean ok = types.contains(actual) || (actual.equals("integer") && types.contains("number"));
            if (!ok) {
                problems.add(where + ": is " + actual + ", documented " + types);
                return;
            }
        }
        if (schema.has("enum") && !value.isNull()) {
            boolean found = false;
            for (JsonNode v : schema.get("enum")) found |= v.equals(value);
            if (!found) problems.add(where + ": " + value + " not in documented enum");
        }
        if (value.isObject()) {
            for (JsonNode r : schema.path("required")) {
                if (!value.has(r.asText())) problems.add(where + ": missing required '" + r.asText() + "'");
            }
            JsonNode props = schema.path("properties");
            for (Iterator<String> it = value.fieldNames(); it.hasNext(); ) {
                String name = it.next();
                if (props.has(name)) check(value.get(name), props.get(name), where + "." + name, problems);
                else if (schema.has("additionalProperties")) check(value.get(name), schema.get("additionalProperties"), where + "." + name, problems);
                else if (props.size() > 0) problems.add(where + ": undocumented property '" + name + "' (add it to openapi.json)");
            }
        }
        if (value.isArray() && schema.has("items")) {
            int i = 0;
            for (JsonNode item : value) check(item, schema.get("items"), where + "[" + i++ + "]", problems);
        }
    }
}
