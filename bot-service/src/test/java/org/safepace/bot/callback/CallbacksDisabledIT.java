package org.safepace.bot.callback;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.safepace.bot.callback.CallbackTestSupport.Http;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/** By default call-backs are off: 404 problems, no staff side, no data source and no data directory. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "safepace.data-dir=target/callbacks-disabled-must-not-exist")
class CallbacksDisabledIT {

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;

    @Test
    void theApiAndTheStaffSideAreNotFoundAndNothingIsStored() throws Exception {
        Http http = new Http(port);
        HttpResponse<String> create = http.json("POST", "/api/v1/callbacks",
                "{\"contact\": {\"method\": \"email\", \"value\": \"a@example.org\"}, \"consent\": true}");
        assertThat(create.statusCode()).isEqualTo(404);
        assertThat(create.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(http.get("/staff/").statusCode()).isEqualTo(404);
        assertThat(http.get("/staff/api/callbacks").statusCode()).isEqualTo(404);

        assertThat(http.json("POST", "/api/v1/chat", "{\"message\":\"can i talk to a real person?\"}").body())
                .contains("\"offers\":[]").doesNotContain("Would you like the clinic to contact you");

        assertThat(context.getBeanNamesForType(javax.sql.DataSource.class)).isEmpty();
        assertThat(context.getBeanNamesForType(CallbackService.class)).isEmpty();
        assertThat(Files.exists(Path.of("target/callbacks-disabled-must-not-exist"))).isFalse();
    }
}
