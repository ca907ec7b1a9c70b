package care.backcare.tracker.api.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;

/** One browser (its own profile, cookies and download folder) on one {@link Screen}, with the steps the tests use. */
final class BrowserPage implements AutoCloseable {

    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final Duration PATIENCE = Duration.ofSeconds(20);

    final ChromeDriver driver;
    final Screen screen;
    final Path downloads;
    private final Path home;
    private final List<String> consoleProblems = new ArrayList<>();

    BrowserPage(Screen screen, String name) {
        this.screen = screen;
        try {
            this.home = Files.createTempDirectory("backcare-browser-" + name + "-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.downloads = home.resolve("downloads");
        this.driver = Chromium.start(home.resolve("profile"), downloads, screen);
    }

    void open(String url) {
        driver.get(url);
    }

    WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    boolean present(String css) {
        return !all(css).isEmpty();
    }

    /** Waits until an element is displayed, then returns it. */
    WebElement visible(String css) {
        return until(() -> all(css).stream().filter(WebElement::isDisplayed).findFirst().orElse(null),
                "a visible " + css);
    }

    void click(String css) {
        WebElement element = visible(css);
        scrollIntoView(element);
        until(() -> element.isEnabled() ? element : null, css + " enabled");
        element.click();
    }

    void type(String css, String text) {
        WebElement element = visible(css);
        scrollIntoView(element);
        element.clear();
        element.sendKeys(text);
    }

    void select(String css, String value) {
        WebElement element = visible(css);
        scrollIntoView(element);
        new org.openqa.selenium.support.ui.Select(element).selectByValue(value);
    }

    /** The text of an element that may be laid out out of sight (a table cell a phone folds away). */
    String content(String css) {
        WebElement element = until(() -> all(css).stream().findFirst().orElse(null), "an element " + css);
        return ((String) js("return arguments[0].textContent;", element)).strip();
    }

    String text(String css) {
        return visible(css).getText();
    }

    void scrollIntoView(WebElement element) {
        js("arguments[0].scrollIntoView({block: 'center'});", element);
    }

    Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    /** Polls `probe` until it gives something other than null or false. */
    <T> T until(Supplier<T> probe, String what) {
        try {
            return new WebDriverWait(driver, PATIENCE, Duration.ofMillis(100)).ignoring(StaleElementReferenceException.class)
                    .withMessage("waiting for " + what)
                    .until(ignored -> {
                        T value = probe.get();
                        return value instanceof Boolean b && !b ? null : value;
                    });
        } catch (org.openqa.selenium.TimeoutException e) {
            screenshot("failure-" + what.replaceAll("[^a-zA-Z0-9]+", "-"));
            throw e;
        }
    }

    /** Goes to a view of the patient's app through its navigation, as a person would. */
    void nav(String route) {
        click("#main-nav a[data-route='" + route + "']");
        visible("#view-" + route + " h1");
        until(() -> !"true".equals(js("return document.querySelector('#view-" + route + " [aria-busy]') ? 'true' : 'false'")),
                route + " loaded");
    }

    /**
     * A PNG of the whole page (not just the viewport) under target/screenshots/, named for the screen:
     * phone-04-today.png. The viewport is stretched to the page's height for the picture, so the phone's
     * tab bar sits at the bottom of it, where a person scrolling down finds it.
     */
    Path screenshot(String name) {
        js("document.activeElement && document.activeElement.blur && document.activeElement.blur();");
        long height = Math.max(screen.height, ((Number) js("return Math.ceil(document.documentElement.scrollHeight);")).longValue());
        Map<String, Object> shot;
        try {
            driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", screen.width, "height", height,
                    "deviceScaleFactor", screen.scale, "mobile", screen.mobile));
            shot = driver.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png", "fromSurface", true));
        } finally {
            restoreViewport();
        }
        Path file = SCREENSHOTS.resolve(screen.prefix() + "-" + name + ".png");
        try {
            Files.createDirectories(SCREENSHOTS);
            Files.write(file, Base64.getDecoder().decode((String) shot.get("data")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    /** Back to the screen's own viewport: the phone's emulated one (as chromedriver set it up), or the window. */
    private void restoreViewport() {
        if (screen.mobile) {
            driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", screen.width,
                    "height", screen.height, "deviceScaleFactor", screen.scale, "mobile", true));
        } else {
            driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
    }

    /** The file a download produced, once Chromium has finished writing it. */
    Path downloaded(String fileName) {
        Path file = downloads.resolve(fileName);
        return until(() -> Files.exists(file) && !Files.exists(downloads.resolve(fileName + ".crdownload")) ? file : null,
                "download of " + fileName);
    }

    /** Console messages worth failing for: script errors and Content-Security-Policy violations. */
    List<String> consoleProblems() {
        for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
            String message = entry.getMessage();
            boolean cspViolation = message.contains("Content Security Policy") || message.contains("Content-Security-Policy");
            boolean scriptError = message.contains("Uncaught") || message.contains("TypeError") || message.contains("SyntaxError");
            if (cspViolation || scriptError) {
                consoleProblems.add(message);
            }
        }
        return consoleProblems;
    }

    /** Every resource the page loaded came from the application itself: no CDN, no outside call. */
    List<String> foreignResources(String origin) {
        @SuppressWarnings("unchecked")
        List<String> urls = (List<String>) js("return performance.getEntriesByType('resource').map(e => e.name);");
        return urls.stream().filter(url -> !url.startsWith(origin) && !url.startsWith("data:") && !url.startsWith("blob:")).toList();
    }

    Optional<String> cookie(String name) {
        return Optional.ofNullable(driver.manage().getCookieNamed(name)).map(org.openqa.selenium.Cookie::getValue);
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            deleteQuietly(home);
        }
    }

    private static void deleteQuietly(Path directory) {
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException ignored) {
            // a temporary folder; the OS cleans up what is left
        }
    }
}
