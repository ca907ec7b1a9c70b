package care.backcare.tracker.api.browser;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.logging.Level;

/**
 * Debian's headless Chromium, driven through its own chromedriver: nothing is downloaded (Selenium Manager is
 * never asked, since the driver's path is given), nothing outside localhost is contacted. Without the browser
 * the browser tests are skipped on a developer's machine and fail under {@code CI=true}, like the PostgreSQL
 * tests: {@code .ci/run} installs {@code chromium} and {@code chromium-driver} when they are missing.
 */
final class Chromium {

    static final Path BROWSER = Path.of("/usr/bin/chromium");
    static final Path DRIVER = Path.of("/usr/bin/chromedriver");

    private Chromium() {
    }

    static void require() {
        if (Files.isExecutable(BROWSER) && Files.isExecutable(DRIVER)) {
            return;
        }
        String reason = "No headless browser for the browser tests: install Debian's chromium and chromium-driver ("
                + BROWSER + ", " + DRIVER + ")";
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new IllegalStateException(reason + " (CI=true: a missing browser is a failure, not a skip)");
        }
        // an aborted test shows only as "Skipped: n" in Maven's summary: say which and why where a person reads
        if (!warned) {
            warned = true;
            System.err.println("[WARNING] Browser tests SKIPPED (KeyboardBrowserTest, NotesAsTextBrowserTest, "
                    + "PatientAndPhysioBrowserTest): " + reason + ". Under CI=true they fail instead.");
        }
        Assumptions.abort(reason);
    }

    private static volatile boolean warned;

    /** A fresh browser on {@code screen}: its own empty profile (no cookies), downloads going to {@code downloads}. */
    static ChromeDriver start(Path profile, Path downloads, Screen screen) {
        require();
        System.setProperty("webdriver.chrome.driver", DRIVER.toString());
        try {
            Files.createDirectories(profile);
            Files.createDirectories(downloads);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BROWSER.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--disable-quic", "--disable-extensions", "--disable-default-apps", "--no-default-browser-check",
                "--hide-scrollbars", "--force-color-profile=srgb", "--lang=en-GB",
                "--user-data-dir=" + profile.toAbsolutePath());
        options.setExperimentalOption("prefs", Map.of(
                "download.default_directory", downloads.toAbsolutePath().toString(),
                "download.prompt_for_download", false,
                "safebrowsing.enabled", false));
        if (screen.mobile) {
            // the viewport itself, as a phone's browser reports it (device-width, pixel ratio), through
            // chromedriver so that its clicks land where the page has laid things out
            options.setExperimentalOption("mobileEmulation", Map.of("deviceMetrics", Map.of(
                    "width", screen.width, "height", screen.height, "pixelRatio", screen.scale, "touch", false, "mobile", true)));
        } else {
            options.addArguments("--window-size=" + screen.width + "," + screen.height);
        }
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort()
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        try {
            // the preference above is enough for headless Chromium; this makes sure, where the command exists
            driver.executeCdpCommand("Page.setDownloadBehavior", Map.of(
                    "behavior", "allow", "downloadPath", downloads.toAbsolutePath().toString()));
        } catch (org.openqa.selenium.WebDriverException unsupported) {
            // newer Chromium without Page.setDownloadBehavior: the download preference applies
        }
        return driver;
    }
}
