package org.safepace.bot.widget;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.logging.Level;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Starts Debian's headless Chromium for the widget's browser tests. A missing browser fails the test with the fix
 * in the message: these tests must never pass by being skipped.
 */
final class Chromium {

    static final Path BINARY = Path.of(System.getProperty("widget.chromium", "/usr/bin/chromium"));
    static final Path DRIVER = Path.of(System.getProperty("widget.chromedriver", "/usr/bin/chromedriver"));

    /**
     * Selenium warns on every start that it has no DevTools classes for this Chromium's exact CDP version. Harmless
     * here: the tests only send raw CDP commands through the driver (executeCdpCommand), which need none. Held in
     * fields because java.util.logging keeps loggers only weakly.
     */
    private static final java.util.logging.Logger[] QUIET = {
            java.util.logging.Logger.getLogger("org.openqa.selenium.devtools.CdpVersionFinder"),
            java.util.logging.Logger.getLogger("org.openqa.selenium.chromium.ChromiumDriver")};

    static {
        for (java.util.logging.Logger logger : QUIET) {
            logger.setLevel(Level.SEVERE);
        }
    }

    private Chromium() {
    }

    /** A fresh browser with an empty profile, sized as a desktop window; quit it after the test. */
    static ChromeDriver start(int width, int height) {
        for (Path required : new Path[] {BINARY, DRIVER}) {
            if (!Files.isExecutable(required)) {
                throw new IllegalStateException(required + " is missing: the widget's browser tests need Debian's "
                        + "headless Chromium. Install it with `sudo apt-get install -y chromium chromium-driver "
                        + "nodejs npm` (.ci/run does), or point -Dwidget.chromium and -Dwidget.chromedriver at a "
                        + "Chromium and its matching chromedriver.");
            }
        }
        Path profile;
        try {
            profile = Files.createTempDirectory("safepace-widget-chromium");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a Chromium profile directory", e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BINARY.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--user-data-dir=" + profile, "--window-size=" + width + "," + height,
                "--lang=en-GB");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort()
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        // The window size flag sizes the window, not the page: pin the viewport itself.
        viewport(driver, width, height, false);
        return driver;
    }

    /** Sets the page's viewport exactly, as a phone (touch, mobile) or a desktop. */
    static void viewport(ChromeDriver driver, int width, int height, boolean mobile) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of(
                "width", width, "height", height, "deviceScaleFactor", 1, "mobile", mobile));
        driver.executeCdpCommand("Emulation.setTouchEmulationEnabled", Map.of("enabled", mobile));
    }
}
