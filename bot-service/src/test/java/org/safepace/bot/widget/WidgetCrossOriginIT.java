package org.safepace.bot.widget;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The widget embedded on other sites' pages (served here from 127.0.0.1 while the service answers on localhost):
 * a configured origin can chat and quick-exit through CORS; any other origin gets nothing from the API.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class WidgetCrossOriginIT {

    private static final HttpServer ALLOWED_SITE = site();
    private static final HttpServer OTHER_SITE = site();

    @LocalServerPort
    int port;

    private ChromeDriver driver;
    private WidgetPage page;

    @DynamicPropertySource
    static void onlyTheAllowedSiteMayEmbed(DynamicPropertyRegistry registry) {
        registry.add("safepace.widget.allowed-origins", () -> origin(ALLOWED_SITE));
    }

    @BeforeEach
    void startBrowser() {
        driver = Chromium.start(1280, 800);
        page = new WidgetPage(driver);
    }

    @AfterEach
    void quitBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }

    @AfterAll
    static void stopSites() {
        ALLOWED_SITE.stop(0);
        OTHER_SITE.stop(0);
    }

    @Test
    void aConfiguredSiteCanChatAndQuickExitForgetsTheSession() {
        page.load(origin(ALLOWED_SITE) + "/?service=" + service()).open().ask("What is vaginismus?");
        String sessionId = page.storedSessionId();
        assertThat(sessionId).isNotBlank();

        page.find(".sp-exit").click();

        page.waitUntil("the exit page is shown", () -> driver.getCurrentUrl().equals(service() + "/index.html"));
        page.waitUntil("the server has forgotten the session (a cross-origin DELETE with keepalive)",
                () -> !sessionId.equals(ChatApiProbe.sessionIdAnsweredFor(service(), sessionId)));
    }

    @Test
    void anotherSiteGetsNoAnswerFromTheApi() {
        page.load(origin(OTHER_SITE) + "/?service=" + service()).open();

        page.find(".sp-input").sendKeys("What is vaginismus?", Keys.ENTER);

        page.waitUntil("the widget says the service cannot be reached", () -> !page.findAll(".sp-note").isEmpty());
        assertThat(page.answers()).isEmpty();
        assertThat(page.storedSessionId()).isNull();
    }

    private String service() {
        return "http://localhost:" + port;
    }

    private static String origin(HttpServer site) {
        return "http://127.0.0.1:" + site.getAddress().getPort();
    }

    /** A minimal other website: one page embedding the widget from the service named in its query string. */
    private static HttpServer site() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/", exchange -> {
                String query = exchange.getRequestURI().getQuery();
                String service = query != null && query.startsWith("service=") ? query.substring(8) : "";
                byte[] body = template().replace("{{service}}", service).getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
                exchange.sendResponseHeaders(exchange.getRequestURI().getPath().equals("/") ? 200 : 404, body.length);
                exchange.getResponseBody().write(body);
                exchange.close();
            });
            server.start();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start a test website on 127.0.0.1", e);
        }
    }

    private static String template() throws IOException {
        try (InputStream in = WidgetCrossOriginIT.class.getResourceAsStream("/widget/partner-clinic.html")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
