package org.safepace.bot.widget;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.safepace.bot.callback.Callback;
import org.safepace.bot.callback.CallbackService;
import org.safepace.bot.callback.ContactMethod;
import org.safepace.bot.callback.NewCallback;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * After hours in a real browser: the widget offers a call-back, its form works with the keyboard and a screen
 * reader's labels, passes axe, and the request then shows on the staff page, where it is marked done.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
        "safepace.callbacks.enabled=true"})
class WidgetCallbackIT {

    private static final String PASSWORD = "a long staff passphrase";

    @TempDir
    static Path dataDir;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("safepace.data-dir", () -> dataDir.toString());
        registry.add("safepace.staff.accounts[0].username", () -> "nurse.ada");
        registry.add("safepace.staff.accounts[0].password-hash", () -> new BCryptPasswordEncoder(4).encode(PASSWORD));
    }

    @LocalServerPort
    int port;
    @Autowired
    CallbackService callbacks;
    @Autowired
    JdbcClient jdbc;

    private ChromeDriver driver;
    private WidgetPage page;

    @BeforeEach
    void startBrowser() {
        jdbc.sql("DELETE FROM callback_request").update();
        driver = Chromium.start(1280, 900);
        page = new WidgetPage(driver);
    }

    @AfterEach
    void quitBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }

    @Test
    void aPersonLeavesAConsentedRequestWithTheKeyboardAndCanWithdrawIt() throws IOException {
        page.load(url("/")).open().ask("can I talk to a real person at the clinic?");
        WebElement offer = page.lastAnswer().findElement(By.cssSelector(".sp-callback-open"));
        assertThat(offer.getAttribute("aria-expanded")).isEqualTo("false");

        page.js("arguments[0].focus();", offer);
        keys(Keys.ENTER);
        assertThat(offer.getAttribute("aria-expanded")).isEqualTo("true");
        assertThat(page.focused().getAttribute("type")).as("focus moves into the form").isEqualTo("radio");
        page.waitUntil("the consent wording is loaded", () -> page.find(".sp-cb-consent").getText()
                .contains("Only clinic staff can see them"));

        WebElement phone = page.find(".sp-cb-form input[name=value]");
        assertThat(labelOf(phone)).isEqualTo("Phone number");
        assertThat(phone.getAttribute("aria-describedby")).contains("-hint");
        phone.sendKeys("+44 7700 900123");
        page.find(".sp-cb-form input[name=preferredTimes]").sendKeys("weekday evenings");

        click(page.find(".sp-cb-form button[type=submit]"));
        WebElement consent = page.find(".sp-cb-form input[name=consent]");
        assertThat(page.focused()).as("without consent, focus goes to the consent box").isEqualTo(consent);
        assertThat(consent.getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(page.find("#" + consent.getAttribute("aria-describedby")).getText()).contains("nothing is sent");
        assertThat(callbacks.openRequests("test")).isEmpty();

        assertThat(page.seriousAccessibilityViolations()).as("serious or critical axe-core violations, form open")
                .isEmpty();

        keys(Keys.SPACE); // ticks the focused consent box
        click(page.find(".sp-cb-form button[type=submit]"));
        page.waitUntil("the confirmation", () -> !page.findAll(".sp-cb-done").isEmpty());
        assertThat(page.focused().getText()).contains("your request is with the clinic");

        List<Callback> open = callbacks.openRequests("test");
        assertThat(open).singleElement().satisfies(c -> {
            assertThat(c.contactValue()).isEqualTo("+447700900123");
            assertThat(c.preferredTimes()).isEqualTo("weekday evenings");
            assertThat(c.voicemailOk()).isFalse();
        });
        assertThat(page.sessionStorageKeys()).as("the withdraw token is not stored").isEqualTo("safepace.sessionId");

        click(page.find(".sp-cb-done button"));
        page.waitUntil("withdrawn", () -> page.find(".sp-cb-done").getText().contains("withdrawn and deleted"));
        assertThat(callbacks.openRequests("test")).isEmpty();
    }

    @Test
    void aRejectedContactIsExplainedBesideItsField() {
        page.load(url("/")).open().ask("can I talk to a real person at the clinic?");
        click(page.lastAnswer().findElement(By.cssSelector(".sp-callback-open")));
        click(page.find(".sp-cb-form input[value=email]"));
        WebElement email = page.find(".sp-cb-form input[name=value]");
        assertThat(labelOf(email)).isEqualTo("E-mail address");
        email.sendKeys("robin@");
        click(page.find(".sp-cb-form input[name=consent]"));
        click(page.find(".sp-cb-form button[type=submit]"));

        page.waitUntil("the server's reason is shown", () -> "true".equals(email.getAttribute("aria-invalid")));
        assertThat(page.find("#" + email.getAttribute("id") + "-error").getText()).contains("e-mail address");
        assertThat(page.focused()).isEqualTo(email);
    }

    @Test
    void staffLogInSeeTheRequestAndMarkItContacted() throws IOException {
        callbacks.create(new NewCallback(ContactMethod.PHONE, "+447700900123", "Sam", null, false,
                "I would like to ask about starting dilators"), null);

        driver.get(url("/staff/"));
        assertThat(driver.getCurrentUrl()).endsWith("/staff/login");
        driver.findElement(By.id("username")).sendKeys("nurse.ada");
        driver.findElement(By.id("password")).sendKeys(PASSWORD + "\n");
        new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(20))
                .until(d -> d.getCurrentUrl().endsWith("/staff/"));

        WebElement request = driver.findElement(By.cssSelector(".request"));
        assertThat(request.getText()).contains("+447700900123", "Sam", "starting dilators", "Do not leave a voicemail");
        assertThat(page.seriousAccessibilityViolations()).as("serious or critical axe-core violations, staff page")
                .isEmpty();

        request.findElement(By.cssSelector("button[value=contacted]")).click();
        new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(20))
                .until(d -> d.getPageSource().contains("No open requests"));
        assertThat(callbacks.openRequests("test")).isEmpty();
    }

    /** Scrolls the control into the middle of the log first, as a person would before clicking it. */
    private void click(WebElement control) {
        page.js("arguments[0].scrollIntoView({block: 'center'});", control);
        control.click();
    }

    private String labelOf(WebElement control) {
        return (String) page.js("return arguments[0].labels[0].textContent;", control);
    }

    private void keys(CharSequence key) {
        new org.openqa.selenium.interactions.Actions(driver).sendKeys(key).perform();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
