package org.safepace.bot.callback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.safepace.bot.callback.CallbackTestSupport.OTHER_HASH;
import static org.safepace.bot.callback.CallbackTestSupport.OTHER_PASSWORD;
import static org.safepace.bot.callback.CallbackTestSupport.OTHER_STAFF;
import static org.safepace.bot.callback.CallbackTestSupport.STAFF;
import static org.safepace.bot.callback.CallbackTestSupport.STAFF_PASSWORD;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.safepace.bot.callback.CallbackTestSupport.Http;
import org.safepace.bot.callback.CallbackTestSupport.MovableClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The whole call-back flow on the embedded H2 file database: person, staff API, staff page, storage, retention. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "safepace.callbacks.enabled=true",
        "safepace.rate-limit.address-capacity=100000", "safepace.rate-limit.address-refill-per-minute=100000",
        "safepace.staff.max-failed-logins=3",
        "safepace.clinic.name=Riverside Pelvic Health", "safepace.clinic.phone=020 7946 0000",
        "safepace.clinic.time-zone=UTC", "safepace.clinic.opening-hours.TUESDAY=09:00-17:00",
        "safepace.clinic.opening-hours.WEDNESDAY=09:00-17:00"})
class CallbacksIT {

    static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    static Path dataDir;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        CallbackTestSupport.dataDirAndStaff(registry, dataDir);
        registry.add("safepace.staff.accounts[1].username", () -> OTHER_STAFF);
        registry.add("safepace.staff.accounts[1].password-hash", () -> OTHER_HASH);
    }

    @TestConfiguration
    static class Clocks {
        @Bean
        @Primary
        MovableClock movableClock() {
            return new MovableClock();
        }
    }

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MovableClock clock;
    @Autowired
    CallbackService callbacks;

    Http http;

    @BeforeEach
    void setUp() {
        http = new Http(port);
        jdbc.sql("DELETE FROM callback_request").update();
        jdbc.sql("DELETE FROM callback_audit").update();
    }

    static final String REQUEST = """
            {"sessionId": "abc", "contact": {"method": "phone", "value": "+44 7700 900123"}, "name": "Sam",
             "preferredTimes": "weekday evenings", "voicemailOk": true,
             "note": "I'd like to ask about starting dilators", "consent": true}""";

    private JsonNode create(String body) throws Exception {
        HttpResponse<String> response = http.json("POST", "/api/v1/callbacks", body);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return JSON.readTree(response.body());
    }

    @Test
    void theOpenApiDescriptionNamesTheCallBackEndpointsAndTheirAnswers() throws Exception {
        HttpResponse<String> docs = http.get("/v3/api-docs");
        assertThat(docs.statusCode()).isEqualTo(200);
        JsonNode paths = JSON.readTree(docs.body()).get("paths");
        assertThat(paths.at("/~1api~1v1~1callbacks/post/responses").propertyNames())
                .contains("201", "400", "413", "429");
        assertThat(paths.at("/~1api~1v1~1callbacks/post/requestBody/content/application~1json/schema/$ref").asString())
                .endsWith("/CallbackForm");
        assertThat(paths.at("/~1api~1v1~1callbacks~1{id}/delete/responses").propertyNames())
                .contains("204", "400", "403");
        assertThat(paths.at("/~1api~1v1~1callbacks~1consent/get/responses").propertyNames()).contains("200");
    }

    @Test
    void aConsentedRequestIsStoredEncryptedSeenByStaffOldestFirstAndClosedWithAnAuditTrail() throws Exception {
        JsonNode first = create(REQUEST);
        clock.advance(Duration.ofMinutes(5));
        JsonNode second = create("""
                {"contact": {"method": "email", "value": "robin@example.org"}, "consent": true}""");
        assertThat(first.get("id").asString()).matches("[A-Za-z0-9_-]{22}");
        assertThat(first.get("withdrawToken").asString()).hasSizeGreaterThan(40);
        assertThat(first.get("reply").asString()).contains("by phone").contains("withdraw")
                // ClinicHours.nextOpeningText(), the one next-opening wording (this test's clock is not reset)
                .containsPattern("after it opens (today|tomorrow|on [A-Z][a-z]+day \\d{1,2} [A-Z][a-z]+) at 09:00 \\(UTC time\\)");

        // The database alone reveals no contact detail, name or note.
        List<Map<String, Object>> rows = jdbc.sql("SELECT * FROM callback_request").query().listOfRows();
        String raw = rows.toString();
        assertThat(raw).doesNotContain("7700900123", "7700 900123", "Sam", "robin@example.org", "dilators")
                .doesNotContain(first.get("withdrawToken").asString());
        assertThat(raw).contains("weekday evenings"); // preferred times are not personal and stay readable
        assertThat(rows).allSatisfy(r -> assertThat(r.get("CONSENT_VERSION")).isEqualTo(callbacks.consentVersion()));

        HttpResponse<String> list = http.basic("GET", "/staff/api/callbacks", STAFF, STAFF_PASSWORD, null);
        assertThat(list.statusCode()).isEqualTo(200);
        JsonNode open = JSON.readTree(list.body());
        assertThat(open).hasSize(2);
        assertThat(open.get(0).get("id").asString()).isEqualTo(first.get("id").asString());
        assertThat(open.get(0).get("contact").asString()).isEqualTo("+447700900123");
        assertThat(open.get(0).get("name").asString()).isEqualTo("Sam");
        assertThat(open.get(0).get("voicemailOk").asBoolean()).isTrue();
        assertThat(open.get(0).get("note").asString()).contains("dilators");
        assertThat(open.get(1).get("contactMethod").asString()).isEqualTo("email");

        String id = first.get("id").asString();
        assertThat(http.basic("POST", "/staff/api/callbacks/" + id + "/done", STAFF, STAFF_PASSWORD,
                "{\"outcome\":\"unreachable\"}").statusCode()).isEqualTo(204);
        assertThat(http.basic("POST", "/staff/api/callbacks/" + id + "/done", STAFF, STAFF_PASSWORD, null)
                .statusCode()).isEqualTo(404);
        assertThat(JSON.readTree(http.basic("GET", "/staff/api/callbacks", STAFF, STAFF_PASSWORD, null).body()))
                .hasSize(1);

        List<CallbackStore.AuditEntry> audit = callbacks.auditTrail();
        assertThat(audit).extracting(CallbackStore.AuditEntry::action)
                .containsSubsequence("VIEWED", "VIEWED", "UNREACHABLE", "VIEWED");
        assertThat(audit).allSatisfy(a -> assertThat(a.actor()).isEqualTo(STAFF));
        assertThat(jdbc.sql("SELECT * FROM callback_audit").query().listOfRows().toString())
                .doesNotContain("7700900123", "Sam", "robin@example.org");
    }

    @Test
    void badRequestsAre400ProblemsNamingTheField() throws Exception {
        Map<String, String> cases = Map.of(
                "{\"contact\": {\"method\": \"phone\", \"value\": \"+447700900123\"}}", "consent",
                "{\"contact\": {\"method\": \"phone\", \"value\": \"+447700900123\"}, \"consent\": false}", "consent",
                "{\"contact\": {\"method\": \"phone\", \"value\": \"07700 900123\"}, \"consent\": true}",
                "contact.value",
                "{\"contact\": {\"method\": \"email\", \"value\": \"robin@\"}, \"consent\": true}", "contact.value",
                "{\"contact\": {\"method\": \"fax\", \"value\": \"+447700900123\"}, \"consent\": true}",
                "contact.method",
                "{\"contact\": {\"method\": \"sms\", \"value\": \"+447700900123\"}, \"name\": \"" + "n".repeat(61)
                        + "\", \"consent\": true}", "name");
        for (Map.Entry<String, String> c : cases.entrySet()) {
            HttpResponse<String> response = http.json("POST", "/api/v1/callbacks", c.getKey());
            assertThat(response.statusCode()).as(c.getKey()).isEqualTo(400);
            assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                    t -> assertThat(t).startsWith("application/problem+json"));
            assertThat(JSON.readTree(response.body()).get("field").asString()).as(c.getKey())
                    .isEqualTo(c.getValue());
        }
        assertThat(http.json("POST", "/api/v1/callbacks", "{\"contact\": ").statusCode()).isEqualTo(400);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM callback_request").query(Integer.class).single()).isZero();
    }

    @Test
    void withdrawingDeletesAtOnceIsIdempotentAndNeedsTheToken() throws Exception {
        JsonNode created = create(REQUEST);
        String path = "/api/v1/callbacks/" + created.get("id").asString();

        assertThat(http.send("DELETE", path, null, null, Map.of()).statusCode()).isEqualTo(400);
        assertThat(http.send("DELETE", path, null, null, Map.of("X-Withdraw-Token", "guess")).statusCode())
                .isEqualTo(403);
        Map<String, String> token = Map.of("X-Withdraw-Token", created.get("withdrawToken").asString());
        assertThat(http.send("DELETE", path, null, null, token).statusCode()).isEqualTo(204);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM callback_request").query(Integer.class).single()).isZero();
        assertThat(http.send("DELETE", path, null, null, token).statusCode()).isEqualTo(204);
        assertThat(http.send("DELETE", "/api/v1/callbacks/never-existed", null, null, token).statusCode())
                .isEqualTo(204);
    }

    @Test
    void closedRequestsAreDeletedAfterTheRetentionPeriodAndUnhandledOnesExpireFirst() throws Exception {
        String done = create(REQUEST).get("id").asString();
        String forgotten = create(REQUEST).get("id").asString();
        callbacks.close(STAFF, done, CallbackStatus.CONTACTED);

        clock.advance(Duration.ofDays(13));
        callbacks.purge();
        assertThat(ids()).containsExactlyInAnyOrder(done, forgotten);

        clock.advance(Duration.ofDays(2)); // done 15 days ago; the open one has now waited 15 days and expires
        callbacks.purge();
        assertThat(ids()).containsExactly(forgotten);
        assertThat(JSON.readTree(http.basic("GET", "/staff/api/callbacks", STAFF, STAFF_PASSWORD, null).body()))
                .isEmpty();

        clock.advance(Duration.ofDays(15));
        callbacks.purge();
        assertThat(ids()).isEmpty();
    }

    private List<String> ids() {
        return jdbc.sql("SELECT id FROM callback_request").query(String.class).list();
    }

    @Test
    void theStaffApiNeedsAStaffAccount() throws Exception {
        HttpResponse<String> anonymous = http.get("/staff/api/callbacks");
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(http.basic("GET", "/staff/api/callbacks", STAFF, "wrong", null).statusCode()).isEqualTo(401);
    }

    @Test
    void theStaffPageNeedsALoginWithCsrfAndShowsTheOpenRequests() throws Exception {
        create(REQUEST);
        HttpResponse<String> redirect = http.get("/staff/");
        assertThat(redirect.statusCode()).isEqualTo(302);
        assertThat(redirect.headers().firstValue("Location").orElse("")).endsWith("/staff/login");

        HttpResponse<String> loginPage = http.get("/staff/login");
        assertThat(loginPage.statusCode()).isEqualTo(200);
        String csrf = Http.csrfToken(loginPage.body());

        // Without the token the login is refused, so another site cannot log a browser in or out.
        assertThat(http.form("/staff/login", Map.of("username", STAFF, "password", STAFF_PASSWORD)).statusCode())
                .isEqualTo(403);

        HttpResponse<String> loggedIn = http.form("/staff/login",
                Map.of("username", STAFF, "password", STAFF_PASSWORD, "_csrf", csrf));
        assertThat(loggedIn.statusCode()).isEqualTo(302);
        assertThat(loggedIn.headers().firstValue("Location").orElse("")).endsWith("/staff/");
        String cookie = loggedIn.headers().firstValue("Set-Cookie").orElse("");
        assertThat(cookie).contains("Secure").contains("HttpOnly").containsIgnoringCase("SameSite=Strict");

        HttpResponse<String> page = http.get("/staff/");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("+447700900123", "Sam", "weekday evenings", "OK to leave a voicemail",
                "starting dilators", "Mark contacted", "Could not reach");
        String id = JSON.readTree(http.basic("GET", "/staff/api/callbacks", STAFF, STAFF_PASSWORD, null).body())
                .get(0).get("id").asString();

        assertThat(http.form("/staff/callbacks/" + id + "/done", Map.of("outcome", "contacted")).statusCode())
                .as("no CSRF token").isEqualTo(403);
        HttpResponse<String> done = http.form("/staff/callbacks/" + id + "/done",
                Map.of("outcome", "contacted", "_csrf", Http.csrfToken(page.body())));
        assertThat(done.statusCode()).isEqualTo(302);
        assertThat(http.get("/staff/").body()).contains("No open requests");
    }

    @Test
    void repeatedFailedLoginsLockTheAccountEvenForTheRightPassword() throws Exception {
        for (int i = 0; i < 3; i++) {
            String csrf = Http.csrfToken(http.get("/staff/login").body());
            HttpResponse<String> failed = http.form("/staff/login",
                    Map.of("username", OTHER_STAFF, "password", "guess " + i, "_csrf", csrf));
            assertThat(failed.headers().firstValue("Location").orElse("")).endsWith("/staff/login?error");
        }
        String csrf = Http.csrfToken(http.get("/staff/login").body());
        HttpResponse<String> locked = http.form("/staff/login",
                Map.of("username", OTHER_STAFF, "password", OTHER_PASSWORD, "_csrf", csrf));
        assertThat(locked.headers().firstValue("Location").orElse("")).endsWith("/staff/login?locked");
        assertThat(http.basic("GET", "/staff/api/callbacks", OTHER_STAFF, OTHER_PASSWORD, null).statusCode())
                .isEqualTo(401);
    }

    @Test
    void thePublicApiStillNeedsNoLoginNoCsrfTokenAndSetsNoCookie() throws Exception {
        HttpResponse<String> chat = http.json("POST", "/api/v1/chat", "{\"message\":\"what is vaginismus?\"}");
        assertThat(chat.statusCode()).isEqualTo(200);
        assertThat(chat.headers().firstValue("Set-Cookie")).isEmpty();
        assertThat(http.json("POST", "/api/v1/callbacks", REQUEST).headers().firstValue("Set-Cookie")).isEmpty();
        assertThat(http.get("/actuator/health").statusCode()).isEqualTo(200);
    }

    @Test
    void whenTheClinicIsClosedAskingForAPersonOrASeekCareReplyOffersACallBackButAnEmergencyNever() throws Exception {
        JsonNode person = JSON.readTree(http.json("POST", "/api/v1/chat",
                "{\"message\":\"can i talk to a real person at the clinic?\"}").body());
        assertThat(person.get("offers").toString()).isEqualTo("[\"callback\"]");
        assertThat(person.get("reply").asString()).contains("Would you like the clinic to contact you");

        JsonNode seekCare = JSON.readTree(http.json("POST", "/api/v1/chat",
                "{\"message\":\"I have a fever and a burning pain since using my dilator yesterday\"}").body());
        assertThat(seekCare.get("triage").get("level").asString()).isEqualTo("SEEK_CARE");
        assertThat(seekCare.get("offers").toString()).isEqualTo("[\"callback\"]");

        JsonNode emergency = JSON.readTree(http.json("POST", "/api/v1/chat",
                "{\"message\":\"there is so much blood and it will not stop, i feel faint\"}").body());
        assertThat(emergency.get("triage").get("level").asString()).isEqualTo("EMERGENCY");
        assertThat(emergency.get("offers").toString()).isEqualTo("[]");
        assertThat(emergency.get("reply").asString()).doesNotContain("contact you");

        JsonNode question = JSON.readTree(http.json("POST", "/api/v1/chat",
                "{\"message\":\"how do i use a dilator?\"}").body());
        assertThat(question.get("offers").toString()).isEqualTo("[]");

        clock.advance(Duration.ofHours(11)); // Wednesday 09:30: open, so the clinic's number instead
        JsonNode open = JSON.readTree(http.json("POST", "/api/v1/chat",
                "{\"message\":\"can i talk to a real person at the clinic?\"}").body());
        assertThat(open.get("offers").toString()).isEqualTo("[]");
        assertThat(open.get("reply").asString()).contains("020 7946 0000");
    }
}
