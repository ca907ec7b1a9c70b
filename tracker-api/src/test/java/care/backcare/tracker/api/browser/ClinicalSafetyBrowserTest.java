package care.backcare.tracker.api.browser;

import care.backcare.tracker.api.support.Api;
import care.backcare.tracker.api.support.PostgresApiTest;
import care.backcare.tracker.pain.RedFlagTriage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * v1.1 clinical safety on a 390-pixel phone: the emergency advice is seen at once, above the form, without
 * scrolling; nerve symptoms are amber; after a red flag the page offers rest today instead of the routine; an
 * entry can be withdrawn with a confirmation; and no sentence anywhere implies that someone is notified.
 */
class ClinicalSafetyBrowserTest extends PostgresApiTest {

    @BeforeAll
    static void browser() {
        Chromium.require();
    }

    @Test
    void the_emergency_advice_is_visible_at_phone_width_without_scrolling_past_the_form() {
        String base = "http://localhost:" + port;
        Api.Patient patient = api.register("Europe/Lisbon");

        try (BrowserPage page = new BrowserPage(Screen.PHONE, "clinical-safety")) {
            page.open(base + "/");
            page.type("#si-username", patient.username());
            page.type("#si-password", Api.PASSWORD);
            page.click("#sign-in-form button[type=submit]");
            page.visible("#view-today h1");

            // the health profile is asked once; skipping is remembered
            page.visible("#health-profile-ask");
            page.screenshot("safety-01-health-profile-ask");
            page.click("#health-profile-ask [data-action=skip]");
            page.until(() -> !page.present("#health-profile-ask"), "the question gone once skipped");
            page.open(base + "/#/today");
            page.visible("#view-today h1");
            page.visible("#rest-today-offer");
            assertThat(page.present("#health-profile-ask")).isFalse();

            // the questions of domain.md; leg pain and tingling in amber, as nerve symptoms
            page.nav("pain");
            assertThat(page.text("#red-flag-questions"))
                    .contains("Numbness around your bottom, genitals or inner thighs (where you'd sit on a saddle)?")
                    .contains("Pins and needles or numbness in one leg or foot?")
                    .doesNotContain("Is the pain worse at night, or does it wake you up?");
            assertThat(page.find("#red-flag-questions input[value=NUMBNESS_OR_TINGLING]")
                    .findElement(org.openqa.selenium.By.xpath("..")).getAttribute("class")).contains("nerve-symptom");
            assertThat(page.find("#red-flag-questions input[value=SADDLE_NUMBNESS]")
                    .findElement(org.openqa.selenium.By.xpath("..")).getAttribute("class")).doesNotContain("nerve-symptom");

            page.click("#pain-scale input[value='7'] + span");
            page.click("#red-flag-questions input[value=SADDLE_NUMBNESS]");
            page.click("#red-flag-questions input[value=NUMBNESS_OR_TINGLING]");
            page.click("#pain-form button[type=submit]");
            page.visible("#red-flag-advice");
            assertThat(page.find("#red-flag-advice").getAttribute("data-level")).isEqualTo("EMERGENCY");
            assertThat(page.text("#emergency-advice")).isEqualTo(RedFlagTriage.EMERGENCY_ADVICE);

            @SuppressWarnings("unchecked")
            Map<String, Object> layout = (Map<String, Object>) page.js("""
                    const advice = document.querySelector('#emergency-advice').getBoundingClientRect();
                    const block = document.querySelector('#red-flag-advice').getBoundingClientRect();
                    const form = document.querySelector('#pain-form').getBoundingClientRect();
                    const first = document.querySelector('#red-flag-advice').firstElementChild.id;
                    return {adviceTop: advice.top, adviceBottom: advice.bottom, viewport: window.innerHeight,
                            width: document.documentElement.clientWidth, blockWidth: block.width,
                            blockBottom: block.bottom, formTop: form.top, first, scrollY: window.scrollY};""");
            page.screenshot("safety-02-emergency-phone");
            assertThat(((Number) layout.get("width")).intValue()).isEqualTo(390);
            assertThat(layout.get("first")).as("the emergency advice comes first").isEqualTo("emergency-advice");
            assertThat(((Number) layout.get("adviceTop")).doubleValue()).isGreaterThanOrEqualTo(0);
            assertThat(((Number) layout.get("adviceBottom")).doubleValue())
                    .as("seen without scrolling").isLessThanOrEqualTo(((Number) layout.get("viewport")).doubleValue());
            assertThat(((Number) layout.get("blockBottom")).doubleValue())
                    .as("above the form").isLessThanOrEqualTo(((Number) layout.get("formTop")).doubleValue());
            assertThat(((Number) layout.get("blockWidth")).doubleValue())
                    .as("full width").isGreaterThan(0.85 * ((Number) layout.get("width")).doubleValue());

            // after a red flag: rest today instead of the routine
            page.visible("#pain-result #rest-after-red-flag");
            // Today reads the pain list, a read model: open it once the projection has the entry
            await().atMost(Duration.ofSeconds(10)).until(() -> api.get("/api/me/pain", patient.auth()).json().size() == 1);
            page.nav("today");
            page.until(() -> page.present("#show-routine-anyway"), "the offer to rest instead of the routine");
            assertThat(page.find("#routine-checklist").isDisplayed()).isFalse();
            page.click("#rest-today-offer button[data-reason=FLARE_UP]");
            page.visible("#rest-today-offer-taken");
            await().atMost(Duration.ofSeconds(10)).until(() ->
                    api.get("/api/me/rest-days?from=2026-11-18&to=2026-11-18", patient.auth()).json().size() == 1);
            // leg symptoms in the last 14 days: the forward fold suggests knee-to-chest (starter routine has none,
            // so nothing is marked; the starter routine is the v1.1 one)
            assertThat(page.all("#routine-checklist .stretch-card")).extracting(card -> card.getAttribute("data-stretch"))
                    .containsExactly("cat-cow", "knee-to-chest", "childs-pose", "glute-bridge");
            page.screenshot("safety-03-rest-today");

            // a mistaken entry withdrawn, with a confirmation
            page.nav("pain");
            // the list is drawn again once the view has fetched the entries: click again if it was redrawn
            page.until(() -> clicked(page, "#pain-history [data-action=withdraw]")
                    && page.present("#pain-history [data-action=confirm-withdraw]"), "the confirmation");
            page.screenshot("safety-04-withdraw-confirm");
            page.until(() -> clicked(page, "#pain-history [data-action=confirm-withdraw]"), "the withdrawal confirmed");
            await().atMost(Duration.ofSeconds(10)).until(() -> api.get("/api/me/pain", patient.auth()).json().isEmpty());

            assertThat(page.text("body").toLowerCase()).doesNotContain("will be shown").doesNotContain("notified");
            assertThat(page.consoleProblems()).isEmpty();
        }
    }

    private static boolean clicked(BrowserPage page, String css) {
        try {
            page.click(css);
            return true;
        } catch (org.openqa.selenium.StaleElementReferenceException | org.openqa.selenium.NoSuchElementException e) {
            return false;
        }
    }

    @Test
    void no_sentence_in_the_pages_or_their_scripts_implies_that_anyone_is_notified() throws IOException {
        Path statics = Path.of("src", "main", "resources", "static");
        List<Path> files;
        try (Stream<Path> walk = Files.walk(statics)) {
            files = walk.filter(file -> file.toString().endsWith(".js") || file.toString().endsWith(".html")).toList();
        }
        assertThat(files).isNotEmpty();
        for (Path file : files) {
            String path = "/" + statics.relativize(file).toString().replace('\\', '/');
            String text = (path.endsWith(".js") ? api.get(path, Api.Auth.NONE).body() : Files.readString(file)).toLowerCase();
            assertThat(text).as(path).isNotEmpty()
                    .doesNotContain("will be shown to").doesNotContain("will be shown first")
                    .doesNotContain("anyone you share your progress with")
                    .doesNotContain("has been notified").doesNotContain("will be notified")
                    .doesNotContain("has been alerted").doesNotContain("will be alerted");
        }
    }
}
