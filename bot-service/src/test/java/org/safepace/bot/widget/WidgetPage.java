package org.safepace.bot.widget;

import java.time.Duration;
import java.util.List;
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
}
