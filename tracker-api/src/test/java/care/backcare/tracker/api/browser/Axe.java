package care.backcare.tracker.api.browser;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * axe-core (the npm package, vendored under src/test/resources/axe: test-only, never served) run inside the
 * page: the serious and critical violations of what is on screen, one line each. Injected through the
 * driver, so the page's own Content-Security-Policy stays as strict as it is.
 */
final class Axe {

    private static final String SOURCE = load();

    private Axe() {
    }

    private static String load() {
        try (InputStream in = Axe.class.getResourceAsStream("/axe/axe.min.js")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("axe.min.js is missing from the test resources", e);
        }
    }

    @SuppressWarnings("unchecked")
    static List<String> seriousViolations(BrowserPage page, String where) {
        if (!Boolean.TRUE.equals(page.js("return typeof window.axe === 'object';"))) {
            page.js(SOURCE + "\nreturn true;");
        }
        Object result = page.driver.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {resultTypes: ['violations']}).then(results => done(results.violations
                    .filter(v => v.impact === 'serious' || v.impact === 'critical')
                    .flatMap(v => v.nodes.map(n => v.impact + ' ' + v.id + ': ' + v.help + ' at ' + n.target.join(' ')))))
                  .catch(e => done(['axe failed: ' + e]));""");
        return ((List<String>) result).stream().map(line -> where + ": " + line).toList();
    }

}
