package org.safepace.bot.widget;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The widget as a person sees it on a page: reached through its shadow root, the way the browser renders it. */
final class WidgetPage {

    /** Generous: the first answer of a fresh application may wait for the knowledge base to warm up. */
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    /** axe-core, installed by the Maven build (npm ci in src/test/widget). */
    static final Path AXE = Path.of(System.getProperty("widget.axe",
            "src/test/widget/node_modules/axe-core/axe.min.js"));

    final ChromeDriver driver;

    WidgetPage(ChromeDriver driver) {
        this.driver = driver;
    }

    WidgetPage load(String url) {
        driver.get(url);
        waitUntil("the widget is attached and its stylesheet is applied", () -> {
            List<WebElement> hosts = driver.findElements(By.id("safepace-widget"));
            return !hosts.isEmpty() && find(".sp-launcher").isDisplayed();
        });
        return this;
    }

    SearchContext shadow() {
        return driver.findElement(By.id("safepace-widget")).getShadowRoot();
    }

    WebElement find(String css) {
        return shadow().findElement(By.cssSelector(css));
    }

    List<WebElement> findAll(String css) {
        return shadow().findElements(By.cssSelector(css));
    }

    WidgetPage open() {
        find(".sp-launcher").click();
        waitUntil("the panel is open and has finished appearing", () -> find(".sp-panel").isDisplayed()
                && Long.valueOf(0).equals(js("return arguments[0].getAnimations().length;", find(".sp-panel"))));
        return this;
    }

    /** Types a message and sends it with Enter, as a person would. */
    WidgetPage ask(String message) {
        int answered = answers().size();
        WebElement input = find(".sp-input");
        input.sendKeys(message);
        input.sendKeys(Keys.ENTER);
        return waitForAnswer(answered + 1);
    }

    WidgetPage waitForAnswer(int count) {
        waitUntil(count + " complete answer(s)", () -> {
            List<WebElement> notes = findAll(".sp-note");
            if (!notes.isEmpty()) {
                throw new AssertionError("the widget showed an error instead of an answer: " + notes.get(0).getText());
            }
            return answers().size() >= count && !busy();
        });
        return this;
    }

    /** Complete answers: a streaming draft is not one yet. */
    List<WebElement> answers() {
        return findAll(".sp-msg.sp-bot:not(.sp-draft)");
    }

    WebElement lastAnswer() {
        List<WebElement> answers = answers();
        return answers.get(answers.size() - 1);
    }

    List<WebElement> userMessages() {
        return findAll(".sp-msg.sp-user .sp-bubble");
    }

    boolean busy() {
        return find(".sp-typing").isDisplayed();
    }

    /** The element that has keyboard focus, looking inside the widget's shadow root. */
    WebElement focused() {
        return (WebElement) js("var a = document.activeElement;"
                + "while (a && a.shadowRoot && a.shadowRoot.activeElement) { a = a.shadowRoot.activeElement; }"
                + "return a;");
    }

    String sessionStorageKeys() {
        return (String) js("return Object.keys(sessionStorage).join(',');");
    }

    String storedSessionId() {
        return (String) js("return sessionStorage.getItem('safepace.sessionId');");
    }

    Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    void waitUntil(String what, java.util.function.BooleanSupplier condition) {
        new WebDriverWait(driver, PATIENCE).withMessage(what)
                .ignoring(org.openqa.selenium.NoSuchElementException.class)
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .ignoring(org.openqa.selenium.NoSuchShadowRootException.class)
                .until(d -> condition.getAsBoolean());
    }

    /** Runs axe-core on the whole page (the widget's shadow root included) and returns its serious findings. */
    List<Map<String, Object>> seriousAccessibilityViolations() throws IOException {
        js(Files.readString(AXE));
        driver.manage().timeouts().scriptTimeout(java.time.Duration.ofSeconds(60));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> violations = (List<Map<String, Object>>) driver.executeAsyncScript(
                "var done = arguments[arguments.length - 1];"
                        + "axe.run(document, {resultTypes: ['violations']}).then(function (r) {"
                        + "  done(r.violations.map(function (v) {"
                        + "    return {id: v.id, impact: v.impact, help: v.help,"
                        + "            targets: v.nodes.map(function (n) { return JSON.stringify(n.target); })};"
                        + "  }));"
                        + "}, function (e) { done([{id: 'axe-error', impact: 'critical', help: String(e)}]); });");

        // Reported for the record; only serious and critical findings fail the build.
        System.out.println("axe-core findings on " + driver.getCurrentUrl() + ": " + violations);
        return violations.stream().filter(v -> List.of("serious", "critical").contains(v.get("impact"))).toList();
    }

}
