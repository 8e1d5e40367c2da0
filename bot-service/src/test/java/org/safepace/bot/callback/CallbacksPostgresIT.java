package org.safepace.bot.callback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.safepace.bot.callback.CallbackTestSupport.KEY;
import static org.safepace.bot.callback.CallbackTestSupport.STAFF;
import static org.safepace.bot.callback.CallbackTestSupport.STAFF_HASH;
import static org.safepace.bot.callback.CallbackTestSupport.STAFF_PASSWORD;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.safepace.bot.callback.CallbackTestSupport.Http;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The call-back flow on a real PostgreSQL (Flyway migrations, encryption, staff API), in a schema of its own that is
 * dropped afterwards. The server comes from {@code -Dsafepace.test.postgres.url} or {@code SAFEPACE_TEST_POSTGRES_URL}
 * (default: 127.0.0.1:5432, database {@code test}, user postgres); {@code .ci/run} starts one when none is listening.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "safepace.callbacks.enabled=true",
        "safepace.rate-limit.address-capacity=100000", "safepace.rate-limit.address-refill-per-minute=100000"})
class CallbacksPostgresIT {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final String SERVER = setting("safepace.test.postgres.url", "jdbc:postgresql://127.0.0.1:5432/test");
    static final String USER = setting("safepace.test.postgres.user", "postgres");
    static final String PASSWORD = setting("safepace.test.postgres.password", "");
    static final String SCHEMA = "safepace_it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);

    /** A system property, else the environment variable of the same name (SAFEPACE_TEST_POSTGRES_URL), else the default. */
    static String setting(String property, String fallback) {
        String env = System.getenv(property.toUpperCase(java.util.Locale.ROOT).replace('.', '_'));
        return System.getProperty(property, env == null || env.isBlank() ? fallback : env);
    }

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) throws Exception {
        execute("CREATE SCHEMA " + SCHEMA);
        registry.add("spring.datasource.url", () -> SERVER + (SERVER.contains("?") ? "&" : "?")
                + "currentSchema=" + SCHEMA);
        registry.add("spring.datasource.username", () -> USER);
        registry.add("spring.datasource.password", () -> PASSWORD);
        registry.add("safepace.callbacks.encryption-key", () -> KEY);
        registry.add("safepace.staff.accounts[0].username", () -> STAFF);
        registry.add("safepace.staff.accounts[0].password-hash", () -> STAFF_HASH);
    }

    @AfterAll
    static void dropSchema() throws Exception {
        execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
    }

    private static void execute(String sql) throws Exception {
        try (Connection c = DriverManager.getConnection(SERVER, USER, PASSWORD); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theWholeFlowWorksOnPostgresqlWithTheContactEncryptedAtRest() throws Exception {
        Http http = new Http(port);
        HttpResponse<String> created = http.json("POST", "/api/v1/callbacks", """
                {"contact": {"method": "sms", "value": "+1 415 555 0100"}, "name": "Alex",
                 "note": "questions about my first physio appointment", "consent": true}""");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode body = JSON.readTree(created.body());

        assertThat(jdbc.sql("SELECT current_schema()").query(String.class).single()).isEqualTo(SCHEMA);
        String raw = jdbc.sql("SELECT * FROM callback_request").query().listOfRows().toString();
        assertThat(raw).doesNotContain("4155550100", "Alex", "physio");
        assertThat(jdbc.sql("SELECT version FROM flyway_schema_history WHERE success").query(String.class).list())
                .contains("1");

        JsonNode open = JSON.readTree(http.basic("GET", "/staff/api/callbacks", STAFF, STAFF_PASSWORD, null).body());
        assertThat(open).hasSize(1);
        assertThat(open.get(0).get("contact").asString()).isEqualTo("+14155550100");
        assertThat(open.get(0).get("note").asString()).contains("physio");

        String id = body.get("id").asString();
        assertThat(http.basic("POST", "/staff/api/callbacks/" + id + "/done", STAFF, STAFF_PASSWORD, null)
                .statusCode()).isEqualTo(204);
        assertThat(jdbc.sql("SELECT status FROM callback_request WHERE id = :id").param("id", id)
                .query(String.class).single()).isEqualTo("CONTACTED");
        assertThat(jdbc.sql("SELECT action FROM callback_audit ORDER BY id").query(String.class).list())
                .containsExactly("VIEWED", "CONTACTED");

        assertThat(http.send("DELETE", "/api/v1/callbacks/" + id, null, null,
                Map.of("X-Withdraw-Token", body.get("withdrawToken").asString())).statusCode()).isEqualTo(204);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM callback_request").query(Integer.class).single()).isZero();
    }
}
