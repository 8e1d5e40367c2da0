package org.safepace.bot.widget;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The widget in a real browser (Debian's headless Chromium) against the whole running application: the demo page
 * at {@code /}, and a test page whose exit URL stays on this server so quick exit can be followed offline.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
        properties = "spring.web.resources.static-locations=classpath:/static/,classpath:/widget/pages/")
class WidgetBrowserIT {

    private static final String QUESTION = "What is vaginismus?";
    private static final String RED_FLAG = "I'm bleeding after using my dilator";
    private static final Path SCREENSHOTS = Path.of(System.getProperty("widget.screenshots", "target/widget-screenshots"));

    @LocalServerPort
    int port;

    private ChromeDriver driver;
    private WidgetPage page;

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

    @Test
    void asksAQuestionAndShowsTheStreamedAnswerWithItsSourcesLeavingNoTrace() throws IOException {
        page.load(url("/"));
        installSpies();
        page.open();
        screenshot("desktop-first-open.png");

        page.ask(QUESTION);

        WebElement answer = page.lastAnswer();
        assertThat(answer.findElement(By.cssSelector(".sp-bubble")).getText()).isNotBlank();
        assertThat(answer.findElements(By.cssSelector(".sp-sources li"))).isNotEmpty()
                .allSatisfy(source -> assertThat(source.getText()).isNotBlank());
        assertThat(requests()).contains("POST " + url("/api/v1/chat/stream")).doesNotContain("POST " + url("/api/v1/chat"));
        assertThat(page.js("return window.__spSawDraft;")).as("the reply was rendered while it streamed").isEqualTo(true);

        assertThat(page.sessionStorageKeys()).as("only the session id is stored").isEqualTo("safepace.sessionId");
        assertThat(page.js("return localStorage.length;")).isEqualTo(0L);
        assertThat(page.js("return document.cookie;")).isEqualTo("");
        @SuppressWarnings("unchecked")
        List<String> loaded = (List<String>) page.js(
                "return performance.getEntriesByType('resource').map(function (e) { return e.name; });");
        assertThat(loaded).as("no third-party requests").isNotEmpty().allMatch(name -> name.startsWith(url("/")));
        assertThat(browserErrors()).as("no errors or Content-Security-Policy violations in the console").isEmpty();

        screenshot("desktop.png");
    }

    @Test
    void aRedFlagMessageShowsTheSeekCareBannerWithTheClinicsNumber() throws IOException {
        page.load(url("/")).open().ask(RED_FLAG);

        WebElement banner = page.lastAnswer().findElement(By.cssSelector(".sp-triage"));
        assertThat(banner.getAttribute("data-level")).isEqualTo("SEEK_CARE");
        assertThat(banner.isDisplayed()).isTrue();
        assertThat(banner.findElement(By.cssSelector("a.sp-tel")).getAttribute("href")).isEqualTo("tel:+442079460000");

        screenshot("desktop-seek-care.png");
    }

    @Test
    void anEmergencyShowsTheGetHelpNowBannerWithTheEmergencyNumber() {
        page.load(url("/")).open().ask("There is a lot of blood and it won't stop");

        WebElement banner = page.lastAnswer().findElement(By.cssSelector(".sp-triage"));
        assertThat(banner.getAttribute("data-level")).isEqualTo("EMERGENCY");
        assertThat(banner.getText()).contains("Please get help now");
        assertThat(banner.findElement(By.cssSelector("a.sp-tel")).getAttribute("href")).isEqualTo("tel:999");
    }

    @Test
    void markupInAMessageIsShownAsTextAndRunsNothing() {
        String message = "<img src=x onerror=\"window.__spPwned='img'\"><script>window.__spPwned='script'</script>"
                + " <b>is this normal?</b>";
        page.load(url("/")).open().ask(message);

        assertThat(page.js("return arguments[0].textContent;", page.userMessages().get(0))).isEqualTo(message);
        assertThat(page.findAll(".sp-log img, .sp-log script, .sp-log b")).isEmpty();
        assertThat(page.js("return typeof window.__spPwned;")).isEqualTo("undefined");
    }

    @Test
    void aSuggestionChipSendsItsQuestion() throws IOException {
        page.load(url("/"));
        installSpies();
        page.open().ask(QUESTION);
        List<WebElement> chips = page.lastAnswer().findElements(By.cssSelector(".sp-chip"));
        assertThat(chips).as("the answer offers follow-up questions").isNotEmpty();
        String suggestion = chips.get(0).getText();
        page.js("arguments[0].scrollTop = arguments[0].scrollHeight;", page.find(".sp-log"));
        screenshot("desktop-sources-and-suggestions.png");

        chips.get(0).click();
        page.waitForAnswer(2);

        List<WebElement> asked = page.userMessages();
        assertThat(asked.get(asked.size() - 1).getText()).isEqualTo(suggestion);
        assertThat(lastRequestBody()).contains("\"message\":" + jsonString(suggestion));
        assertThat(page.findAll(".sp-chip")).as("only the newest answer keeps its chips")
                .hasSameSizeAs(page.lastAnswer().findElements(By.cssSelector(".sp-chip")));
    }

    @Test
    void quickExitForgetsTheSessionOnTheServerAndReplacesThePage() throws Exception {
        page.load(url("/exit-test.html")).open().ask(QUESTION);
        String sessionId = page.storedSessionId();
        assertThat(sessionId).isNotBlank();
        assertThat(ChatApiProbe.sessionIdAnsweredFor(url(""), sessionId)).as("the server knows the session before the exit").isEqualTo(sessionId);
        Object historyBefore = page.js("return history.length;");

        page.find(".sp-exit").click();

        page.waitUntil("the exit page is shown", () -> driver.getCurrentUrl().equals(url("/left-the-chat.html")));
        assertThat(page.js("return history.length;")).as("location.replace adds no history entry").isEqualTo(historyBefore);
        assertThat(page.storedSessionId()).isNull();
        page.waitUntil("the server has forgotten the session",
                () -> !sessionId.equals(ChatApiProbe.sessionIdAnsweredFor(url(""), sessionId)));
        driver.navigate().back();
        assertThat(driver.getCurrentUrl()).as("Back does not return to the chat").doesNotContain("exit-test");
    }

    @Test
    void clearConversationForgetsTheSessionAndStaysOnThePage() {
        page.load(url("/")).open().ask(QUESTION);
        String sessionId = page.storedSessionId();
        assertThat(sessionId).isNotBlank();

        page.find(".sp-clear").click();

        assertThat(page.findAll(".sp-msg")).isEmpty();
        assertThat(page.find(".sp-notice").isDisplayed()).as("the first-open notice is back").isTrue();
        assertThat(page.storedSessionId()).isNull();
        assertThat(driver.getCurrentUrl()).isEqualTo(url("/"));
        assertThat(page.focused().getAttribute("id")).isEqualTo("sp-input");
        page.waitUntil("the server has forgotten the session",
                () -> !sessionId.equals(ChatApiProbe.sessionIdAnsweredFor(url(""), sessionId)));

        page.ask(QUESTION);
        assertThat(page.storedSessionId()).as("a new conversation gets a new session").isNotBlank().isNotEqualTo(sessionId);
    }

    @Test
    void whenStreamingFailsTheAnswerComesFromThePlainEndpoint() {
        page.load(url("/"));
        installSpies();
        page.js("window.__spFailStream = true;");

        page.open().ask(QUESTION);

        assertThat(page.lastAnswer().findElement(By.cssSelector(".sp-bubble")).getText()).isNotBlank();
        assertThat(page.lastAnswer().findElements(By.cssSelector(".sp-sources li"))).isNotEmpty();
        assertThat(requests()).containsSubsequence("POST " + url("/api/v1/chat/stream"), "POST " + url("/api/v1/chat"));
        assertThat(page.findAll(".sp-note")).as("no error is shown").isEmpty();
    }

    @Test
    void theWholeFlowWorksWithTheKeyboardAlone() {
        page.load(url("/exit-test.html"));
        installSpies();

        pressUntilFocused(Keys.TAB, "sp-launcher");
        assertThat(page.js("var s = getComputedStyle(arguments[0]); return s.outlineStyle + ' ' + s.outlineWidth;",
                page.focused())).as("focus is visible").isEqualTo("solid 3px");
        keys(Keys.ENTER);
        page.waitUntil("the panel is open", () -> page.find(".sp-panel").isDisplayed());
        assertThat(page.focused().getAttribute("id")).as("focus moves into the panel").isEqualTo("sp-input");
        assertThat(page.find(".sp-panel").getAttribute("aria-modal")).as("beside the page, the panel is not modal").isNull();

        pressUntilFocused(Keys.chord(Keys.SHIFT, Keys.TAB), "sp-audience-option");
        keys(Keys.SPACE);
        String audience = (String) page.js("return arguments[0].value;", page.focused());
        pressUntilFocused(Keys.TAB, "sp-input");
        keys(QUESTION, Keys.ENTER);
        page.waitForAnswer(1);
        assertThat(lastRequestBody()).contains("\"audience\":\"" + audience + "\"");

        pressUntilFocused(Keys.chord(Keys.SHIFT, Keys.TAB), "sp-chip");
        String suggestion = page.focused().getText();
        keys(Keys.ENTER);
        page.waitForAnswer(2);
        assertThat(page.userMessages().get(1).getText()).isEqualTo(suggestion);

        page.find(".sp-input").click();
        keys(Keys.ESCAPE);
        page.waitUntil("the panel is closed", () -> !page.find(".sp-panel").isDisplayed());
        assertThat(page.focused().getAttribute("class")).as("focus returns to the launcher").contains("sp-launcher");

        keys(Keys.ESCAPE);
        page.waitUntil("Esc twice leaves for the exit page", () -> driver.getCurrentUrl().equals(url("/left-the-chat.html")));
        assertThat(page.storedSessionId()).isNull();
    }

    @Test
    void onAPhoneThePanelFillsTheScreenWithLargeTouchTargetsAndNoMotion() throws IOException {
        Chromium.viewport(driver, 390, 844, true);
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features",
                List.of(Map.of("name", "prefers-reduced-motion", "value", "reduce"))));
        page.load(url("/"));
        assertThat(size(page.find(".sp-launcher"))).allSatisfy(side -> assertThat(side).isGreaterThanOrEqualTo(44L));

        page.open();
        assertThat(page.js("return getComputedStyle(arguments[0]).animationName;", page.find(".sp-panel")))
                .as("no motion when the person asked for less").isEqualTo("none");
        page.ask(QUESTION);

        @SuppressWarnings("unchecked")
        Map<String, Object> panel = (Map<String, Object>) page.js("var r = arguments[0].getBoundingClientRect();"
                + "return {left: r.left, top: r.top, width: r.width, height: r.height};", page.find(".sp-panel"));
        assertThat(panel).containsEntry("left", 0L).containsEntry("top", 0L)
                .containsEntry("width", 390L).containsEntry("height", 844L);
        List<WebElement> targets = page.findAll(".sp-exit, .sp-close, .sp-clear, .sp-audience-option, .sp-chip, .sp-send, .sp-input");
        assertThat(targets).hasSizeGreaterThanOrEqualTo(7).allSatisfy(target ->
                assertThat(size(target)).as(target.getText()).allSatisfy(side -> assertThat(side).isGreaterThanOrEqualTo(44L)));
        assertThat(page.js("return document.documentElement.scrollWidth;")).as("no sideways scrolling").isEqualTo(390L);

        // The full-screen panel is modal: Tab wraps inside it instead of reaching links hidden behind it.
        assertThat(page.find(".sp-panel").getAttribute("aria-modal")).isEqualTo("true");
        page.js("arguments[0].focus();", page.find(".sp-exit"));
        new Actions(driver).keyDown(Keys.SHIFT).sendKeys(Keys.TAB).keyUp(Keys.SHIFT).perform();
        assertThat(page.focused().getAttribute("class")).as("Shift+Tab from the first control wraps to the last")
                .isEqualTo("sp-clear");
        keys(Keys.TAB);
        assertThat(page.focused().getAttribute("class")).as("Tab from the last control wraps to the first")
                .contains("sp-exit");

        screenshot("mobile.png");
    }

    @Test
    void theDemoPageWithThePanelOpenHasNoSeriousAccessibilityViolations() throws IOException {
        assertThat(WidgetPage.AXE).as("axe-core is installed by the Maven build (npm ci in src/test/widget); "
                + "run `npm ci` there to run this test from an IDE").isRegularFile();
        page.load(url("/")).open().ask(QUESTION).ask(RED_FLAG);

        assertThat(page.seriousAccessibilityViolations()).as("serious or critical axe-core violations").isEmpty();
    }

    @Test
    void followsADarkDeviceThemeWithoutLosingContrast() throws IOException {
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features",
                List.of(Map.of("name", "prefers-color-scheme", "value", "dark"))));
        page.load(url("/")).open().ask(QUESTION).ask(RED_FLAG);

        assertThat(page.js("return getComputedStyle(arguments[0]).backgroundColor;", page.find(".sp-panel")))
                .as("dark panel").isEqualTo("rgb(31, 34, 38)");
        assertThat(page.js("return getComputedStyle(arguments[0]).color;", page.find(".sp-input")))
                .as("light text where the person types").isEqualTo("rgb(232, 234, 237)");
        assertThat(page.js("return getComputedStyle(arguments[0]).backgroundColor;", page.find(".sp-triage")))
                .as("a dark seek-care banner").isEqualTo("rgb(59, 45, 12)");
        assertThat(page.seriousAccessibilityViolations()).as("serious or critical axe-core violations, dark theme").isEmpty();

        screenshot("desktop-dark.png");
    }

    // ------------------------------------------------------------------ helpers

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    /**
     * Records every fetch() the widget makes and whether a streaming draft was ever rendered; with
     * {@code window.__spFailStream} set, the streaming endpoint fails as an old proxy would make it.
     */
    private void installSpies() {
        page.js("window.__spRequests = [];"
                + "var original = window.fetch;"
                + "window.fetch = function (url, init) {"
                + "  window.__spRequests.push({method: (init && init.method) || 'GET', url: String(url),"
                + "                            body: init && typeof init.body === 'string' ? init.body : null});"
                + "  if (window.__spFailStream && String(url).indexOf('/chat/stream') !== -1) {"
                + "    return Promise.reject(new TypeError('Failed to fetch'));"
                + "  }"
                + "  return original.apply(this, arguments);"
                + "};"
                + "window.__spSawDraft = false;"
                + "new MutationObserver(function (records) {"
                + "  records.forEach(function (r) { r.addedNodes.forEach(function (n) {"
                + "    if (n.classList && n.classList.contains('sp-draft')) { window.__spSawDraft = true; }"
                + "  }); });"
                + "}).observe(document.getElementById('safepace-widget').shadowRoot, {childList: true, subtree: true});");
    }

    @SuppressWarnings("unchecked")
    private List<String> requests() {
        return (List<String>) page.js("return window.__spRequests.map(function (r) { return r.method + ' ' + r.url; });");
    }

    private String lastRequestBody() {
        return (String) page.js("var posts = window.__spRequests.filter(function (r) { return r.body; });"
                + "return posts.length ? posts[posts.length - 1].body : null;");
    }

    private static String jsonString(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private void keys(CharSequence... keys) {
        new Actions(driver).sendKeys(keys).perform();
    }

    /** Presses a key until the focused element has the class; fails if it never gets there. */
    private void pressUntilFocused(CharSequence key, String cssClass) {
        for (int i = 0; i < 40; i++) {
            WebElement focused = page.focused();
            String classes = focused == null ? null : focused.getAttribute("class");
            String parentClasses = focused == null ? null
                    : (String) page.js("return arguments[0].parentElement && arguments[0].parentElement.className;", focused);
            if ((classes != null && classes.contains(cssClass)) || (parentClasses != null && parentClasses.contains(cssClass))) {
                return;
            }
            keys(key);
        }
        throw new AssertionError("the keyboard never reached ." + cssClass);
    }

    private static List<Long> size(WebElement element) {
        return List.of((long) element.getRect().getWidth(), (long) element.getRect().getHeight());
    }

    private List<String> browserErrors() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= java.util.logging.Level.SEVERE.intValue())
                .map(LogEntry::getMessage)
                .filter(message -> !message.contains("favicon.ico"))
                .toList();
    }

    private void screenshot(String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        Files.write(SCREENSHOTS.resolve(name), driver.getScreenshotAs(OutputType.BYTES));
    }
}
