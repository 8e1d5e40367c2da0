package org.safepace.bot.channel.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The published OpenAPI description ({@code /v3/api-docs}) agrees with what the running API does. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OpenApiIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    private JsonNode spec;

    @BeforeEach
    void readSpec() throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/v3/api-docs")).GET());
        assertThat(response.statusCode()).isEqualTo(200);
        spec = JSON.readTree(response.body());
    }

    @Test
    void describesEveryApiEndpointAndNothingElse() {
        Set<String> served = mappings.getHandlerMethods().keySet().stream()
                .flatMap(info -> info.getPathPatternsCondition().getPatternValues().stream())
                .filter(path -> path.startsWith("/api/"))
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> described = new TreeSet<>(spec.get("paths").propertyNames());

        assertThat(described).isEqualTo(served)
                .contains("/api/v1/chat", "/api/v1/chat/stream", "/api/v1/sessions/{id}");
        assertThat(spec.at("/paths/~1api~1v1~1chat~1stream/post/responses/200/content").has("text/event-stream")).isTrue();
        assertThat(spec.at("/paths/~1api~1v1~1sessions~1{id}/delete/responses").has("204")).isTrue();
    }

    @Test
    void theRequestSchemaIsTheRequestRecord() {
        JsonNode request = schema("ChatRequest");
        Set<String> components = Arrays.stream(ChatRequest.class.getRecordComponents())
                .map(c -> c.getName()).collect(Collectors.toSet());
        assertThat(new HashSet<>(request.get("properties").propertyNames())).isEqualTo(components);
        assertThat(request.get("required").toString()).isEqualTo("[\"message\"]");
        assertThat(request.at("/properties/message/maxLength").asInt()).isEqualTo(ChatRequest.MAX_MESSAGE_CHARS);
    }

    @Test
    void aRealReplyHasExactlyTheDescribedFieldsAndValues() throws Exception {
        HttpResponse<String> response = chat("{\"message\":\"there was blood on my trainer, what should I do?\"}");
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode reply = JSON.readTree(response.body());

        assertMatches(reply, schema("ChatResponse"));
        assertMatches(reply.get("triage"), schema("Triage"));
        // A seek-care reply cites no practice passage; a plain question shows a source.
        JsonNode answer = JSON.readTree(chat("{\"message\":\"how do I use a dilator?\"}").body());
        assertMatches(answer, schema("ChatResponse"));
        assertMatches(answer.get("sources").get(0), schema("Source"));
        assertThat(values(schema("Triage").at("/properties/level/enum"))).contains(reply.at("/triage/level").asString());
        assertThat(values(schema("ChatResponse").at("/properties/audience/enum"))).contains(reply.get("audience").asString());

        HttpRequest.Builder delete = HttpRequest.newBuilder(uri("/api/v1/sessions/" + reply.get("sessionId").asString()))
                .DELETE();
        assertThat(send(delete).statusCode()).isEqualTo(204);
    }

    @Test
    void realErrorsAreDescribedProblems() throws Exception {
        JsonNode problem = schema("Problem");
        for (String body : new String[] {"{\"message\": 42}", "{\"message\": ", "{}"}) {
            HttpResponse<String> response = chat(body);
            String status = Integer.toString(response.statusCode());
            assertThat(spec.at("/paths/~1api~1v1~1chat/post/responses").has(status)).as(status).isTrue();
            assertThat(spec.at("/paths/~1api~1v1~1chat/post/responses/" + status + "/content")
                    .has("application/problem+json")).isTrue();
            Set<String> fields = new HashSet<>(JSON.readTree(response.body()).propertyNames());
            assertThat(problem.get("properties").propertyNames()).containsAll(fields);
        }
    }

    private void assertMatches(JsonNode actual, JsonNode schema) {
        Set<String> described = new HashSet<>(schema.get("properties").propertyNames());
        assertThat(new HashSet<>(actual.propertyNames())).isEqualTo(described);
        assertThat(values(schema.get("required"))).containsExactlyInAnyOrderElementsOf(described);
    }

    private static Set<String> values(JsonNode array) {
        Set<String> out = new HashSet<>();
        array.forEach(v -> out.add(v.asString()));
        return out;
    }

    private JsonNode schema(String name) {
        JsonNode schema = spec.at("/components/schemas/" + name);
        assertThat(schema.isMissingNode()).as(name).isFalse();
        return schema;
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> chat(String body) throws Exception {
        return send(HttpRequest.newBuilder(uri("/api/v1/chat")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }
}
