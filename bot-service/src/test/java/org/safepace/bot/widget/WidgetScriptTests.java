package org.safepace.bot.widget;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Guards on the shipped widget source that the browser tests cannot cover on every path: no HTML sinks, no
 * persistent storage, no code from strings, no third-party origins.
 */
class WidgetScriptTests {

    @Test
    void theWidgetNeverParsesHtmlOrEvaluatesStrings() throws IOException {
        assertThat(code(resource("static/widget.js")))
                .doesNotContain("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(",
                        "new Function", "setTimeout('", "DOMParser", "createContextualFragment");
    }

    @Test
    void theWidgetStoresNothingButTheSessionIdForTheTab() throws IOException {
        String code = code(resource("static/widget.js"));

        assertThat(code).doesNotContain("localStorage", "document.cookie", "indexedDB", "caches.open")
                .contains("window.sessionStorage.setItem(STORAGE_KEY, id)")
                .contains("credentials: 'omit'");
        assertThat(code.split("sessionStorage\\.setItem", -1)).as("one place stores anything").hasSize(2);
    }

    @Test
    void theWidgetAndTheDemoPageLoadNothingFromAnotherOrigin() throws IOException {
        for (String file : new String[] {"static/widget.js", "static/widget.css", "static/index.html", "static/demo.css"}) {
            String text = code(resource(file));
            assertThat(text.replace("http://www.w3.org/2000/svg", "")
                    .replace("https://www.bbc.co.uk/weather", "")
                    .replace("https://safepace.example", "")
                    .replace("https://clinic.example", ""))
                    .as(file).doesNotContainPattern("(?i)(https?:)?//[a-z0-9.-]+\\.[a-z]{2,}");
        }
    }

    @Test
    void theDemoPageHasNoInlineScriptOrStyle() throws IOException {
        String page = resource("static/index.html");

        assertThat(page).doesNotContainPattern("<script(?![^>]*\\bsrc=)").doesNotContain("<style", " style=", "onclick=",
                "onload=");
        assertThat(page).containsOnlyOnce("<script src=\"/widget.js\"");
    }

    /** The source without comments, so documentation may name what the code must not do. */
    private static String code(String source) {
        return source.replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("(?m)^\\s*//.*$", "");
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = WidgetScriptTests.class.getClassLoader().getResourceAsStream(name)) {
            assertThat(in).as(name + " on the classpath").isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
