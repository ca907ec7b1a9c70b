package care.backcare.tracker.api.browser;

import care.backcare.tracker.api.support.Api;
import care.backcare.tracker.api.support.PostgresApiTest;
import care.backcare.tracker.pain.RedFlagTriage;
import care.backcare.tracker.session.SessionSafety;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.WebElement;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The whole product in a real browser, on a phone and on a desktop: a patient registers, plans a short
 * routine, runs it with the (sped-up) hold timer, logs a session by hand with sharp pain, logs pain with an
 * urgent red flag, sees the chart change, downloads the PDF, shares a link; a physiotherapist opens it in a
 * fresh browser, and loses it when the patient revokes it. Every page is photographed at both widths
 * (target/screenshots/) and checked for accessible names, alt text and contrast on the way.
 */
class PatientAndPhysioBrowserTest extends PostgresApiTest {

    private static final String PASSWORD = "morning stretch routine";

    private final List<String> accessibility = new ArrayList<>();

    @BeforeAll
    static void browser() {
        Chromium.require();
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Screen.class)
    void a_patient_runs_the_routine_logs_pain_and_shares_it_with_a_physio_until_revoked(Screen screen) throws IOException {
        String base = "http://localhost:" + port;
        String username = "ana-" + UUID.randomUUID().toString().substring(0, 8);
        Api.Auth auth = Api.Auth.basic(username, PASSWORD);

        try (BrowserPage patient = new BrowserPage(screen, "patient")) {
            // the test speeds the hold timers up 20 times; see timer.js
            patient.open(base + "/?timer-speed=20");
            patient.visible("#sign-in-form");
            look(patient, "01-welcome");

            // register: that signs in, and the default plan of the guide's starter stretches is today's checklist
            patient.type("#rg-name", "Ana Sousa");
            patient.type("#rg-username", username);
            patient.type("#rg-password", PASSWORD);
            patient.type("#rg-zone", "Europe/Lisbon");
            patient.click("#register-form button[type=submit]");
            patient.visible("#view-today h1");
            patient.until(() -> patient.all("#routine-checklist > li").size() == 4, "the default plan on Today");
            assertThat(patient.cookie("JSESSIONID")).isPresent();

            // before anything is logged: the week is not tracked yet
            patient.nav("trends");
            patient.visible("#chart-progress");
            String chartBefore = patient.find("#chart-progress").getAttribute("src");
            assertThat(chartBefore).startsWith("data:image/svg+xml;base64,");
            assertThat(patient.content("#week-table tr[data-week='2026-W47'] td[data-field='adherence']")).isEqualTo("not tracked");
            look(patient, "02-trends-before");

            // plan a short routine: a hold, a hold per side, and a movement counted in reps
            patient.nav("routine");
            patient.visible("#routine-childs-pose");
            look(patient, "03-routine");
            for (WebElement box : patient.all("#catalog-list input[name=stretches]")) {
                boolean wanted = List.of("childs-pose", "knee-to-chest", "glute-bridge").contains(box.getAttribute("value"));
                if (box.isSelected() != wanted) {
                    patient.click("#routine-" + box.getAttribute("value"));
                }
            }
            patient.type("#routine-minutes", "10");
            patient.select("#routine-days", "5");
            assertThat(patient.find("#routine-days").getAttribute("value")).isEqualTo("5");
            patient.click("#routine-form button[type=submit]");
            patient.visible("#view-today h1");
            patient.until(() -> patient.all("#routine-checklist > li").size() == 3, "the new plan on Today");
            JsonNode plan = await().atMost(Duration.ofSeconds(10)).until(
                    () -> api.get("/api/me/routine", auth).json(), p -> p.get("daysPerWeek").asInt() == 5);
            assertThat(StreamSupport.stream(plan.get("stretches").spliterator(), false).map(JsonNode::asString))
                    .containsExactly("knee-to-chest", "childs-pose", "glute-bridge"); // morning stretches first
            look(patient, "04-today");

            // run the routine with the timer: each hold counts the guide's dose down and ticks itself off
            patient.click("[data-stretch='childs-pose'] [data-action=start]");
            look(patient, "05-today-timer-running");
            waitDone(patient, "childs-pose", "BOTH");
            patient.click("[data-stretch='knee-to-chest'] [data-side=LEFT] [data-action=start]");
            waitDone(patient, "knee-to-chest", "LEFT");
            patient.click("[data-stretch='knee-to-chest'] [data-side=RIGHT] [data-action=start]");
            waitDone(patient, "knee-to-chest", "RIGHT");
            for (int rep = 0; rep < 10; rep++) {
                patient.click("[data-stretch='glute-bridge'] [data-action=rep]");
            }
            waitDone(patient, "glute-bridge", "BOTH");
            assertThat(patient.text("#today-progress")).isEqualTo("3 of 3 done");
            assertThat(Integer.parseInt(patient.find("#finish-minutes").getAttribute("value"))).isBetween(1, 240);
            look(patient, "06-today-done");
            patient.click("#finish-button");
            patient.visible("#session-logged");
            look(patient, "07-session-logged");

            JsonNode sessions = await().atMost(Duration.ofSeconds(10)).until(
                    () -> api.get("/api/me/sessions?from=2026-11-18&to=2026-11-18", auth).json(), s -> s.size() == 1);
            JsonNode logged = sessions.get(0);
            assertThat(logged.get("durationMinutes").asInt()).isGreaterThanOrEqualTo(1);
            assertThat(StreamSupport.stream(logged.get("exercises").spliterator(), false)
                    .map(e -> e.get("stretch").asString() + "/" + e.get("side").asString() + "/" + e.get("holdSeconds").asInt()
                            + "x" + e.get("reps").asInt()))
                    .containsExactly("knee-to-chest/LEFT/20x1", "knee-to-chest/RIGHT/20x1", "childs-pose/BOTH/30x1",
                            "glute-bridge/BOTH/0x10");

            // a session logged by hand, in a few taps, with sharp pain: the advice comes back at once
            patient.click("#manual-log > summary");
            patient.until(() -> Boolean.TRUE.equals(patient.js("return document.querySelector('#manual-log').open")), "the form open");
            patient.click("#manual-form input[name=painDuring][value=SHARP] + span");
            patient.click("#manual-form button[type=submit]");
            assertThat(patient.text("#sharp-pain-advice")).contains(SessionSafety.SHARP_PAIN_ADVICE);
            look(patient, "08-manual-session-sharp-pain");

            // pain with an urgent red flag: the advice is shown at once, as an alert (v1.1: the page asks whether a
            // weak leg is new or worsening, an emergency)
            patient.nav("pain");
            patient.click("#pain-scale input[value='6'] + span");
            patient.click("#pain-regions input[value=LOWER_BACK] + span");
            patient.click("#red-flag-questions input[value=NEW_OR_WORSENING_LEG_WEAKNESS]");
            patient.type("#pain-notes", "Left leg gave way on the stairs");
            look(patient, "09-pain-form");
            patient.click("#pain-form button[type=submit]");
            WebElement advice = patient.visible("#red-flag-advice");
            assertThat(advice.getAttribute("data-urgency")).isEqualTo("URGENT");
            assertThat(advice.getAttribute("data-level")).isEqualTo("EMERGENCY");
            assertThat(advice.getAttribute("role")).isEqualTo("alert");
            assertThat(advice.getText()).contains(RedFlagTriage.EMERGENCY_ADVICE).contains("New or worsening leg weakness");
            look(patient, "10-pain-advice");

            // the chart changes, with the same numbers as the API
            JsonNode week = await().atMost(Duration.ofSeconds(10)).until(
                    () -> api.get("/api/me/trends?weeks=12", auth).json().get("weeks").get(11),
                    w -> w.get("sessions").asInt() == 2 && w.get("painEntries").asInt() == 1);
            assertThat(week.get("week").asString()).isEqualTo("2026-W47");
            // v1.1: planned days are pro-rated from the tracking start (today): 1 active day of 5/7 planned
            assertThat(week.get("adherence").asDouble()).isEqualTo(1.0);
            assertThat(week.get("inProgress").asBoolean()).isTrue();
            patient.nav("trends");
            patient.visible("#chart-progress");
            assertThat(patient.find("#chart-progress").getAttribute("src")).isNotEqualTo(chartBefore);
            assertThat(patient.content("#week-table tr[data-week='2026-W47'] td[data-field='adherence']")).isEqualTo("100.0 %");
            assertThat(patient.content("#week-table tr[data-week='2026-W47'] td[data-field='painMean']")).isEqualTo("6.0");
            assertThat(patient.text("#week-table tr[data-week='2026-W47'] th")).contains("Mon 16 – Sun 22 Nov").contains("so far");
            // the patient reads sentences, not rho (v1.1)
            assertThat(patient.text("#movement")).contains("Not enough data yet for a pain trend");
            assertThat(patient.text("#pain-change")).contains("Not enough data yet");
            assertThat(patient.all("#correlation")).isEmpty();
            assertThat(patient.text("#not-proof")).startsWith("An association is not proof");
            assertThat(patient.text("#red-flags")).contains("New or worsening leg weakness");
            look(patient, "11-trends-after");

            // the weekly PDF
            patient.click("#pdf-link");
            assertPdf(patient.downloaded("backcare-report-2026-W47.pdf"));

            // a share link for the physiotherapist
            patient.nav("share");
            patient.type("#share-recipient", "Dr. Silva (physio)");
            patient.type("#share-days", "30");
            patient.click("#share-form button[type=submit]");
            String url = patient.visible("#share-url").getAttribute("value");
            assertThat(url).startsWith(base + "/shared/bcs_");
            String token = url.substring(url.lastIndexOf('/') + 1);
            patient.click("#copy-share");
            patient.until(() -> patient.text("#share-copy-status").toLowerCase().contains("cop"), "the copy confirmation");
            look(patient, "12-share-created");

            try (BrowserPage physio = new BrowserPage(screen, "physio")) {
                // a fresh browser: no cookies, no account
                physio.open(url);
                physio.visible("#red-flags");
                assertThat(physio.text("#patient-name")).isEqualTo("Ana Sousa");
                // v1.1 (#15): one line a physio reads in five seconds first, then the red flags
                assertThat(physio.js("return document.querySelector('#shared-body .report-grid').firstElementChild.id")).isEqualTo("report-headline");
                assertThat(physio.js("return document.querySelector('#shared-body .report-grid').children[1].id")).isEqualTo("red-flags");
                assertThat(physio.text("#report-headline")).contains("emergency red flag");
                assertThat(physio.text("#red-flags")).contains("New or worsening leg weakness").contains("Emergency")
                        .contains("Left leg gave way on the stairs").contains("Lower back")
                        .contains("Sharp pain during a session");
                for (String chart : List.of("#chart-progress", "#chart-association", "#chart-daily")) {
                    physio.until(() -> ((Number) physio.js("return arguments[0].naturalWidth;", physio.find(chart))).intValue() > 0,
                            chart + " drawn");
                }
                assertThat(physio.text("#stretch-table")).contains("Child's pose").contains("Knee-to-chest").contains("Glute bridge");
                // a stretch done in reps has no hold time: a dash, as in the PDF, not "0:00"
                assertThat(physio.content("#stretch-table tr[data-stretch='glute-bridge'] td[data-field='hold']")).isEqualTo("–");
                assertThat(physio.content("#stretch-table tr[data-stretch='childs-pose'] td[data-field='hold']")).isEqualTo("1:00");
                assertThat(physio.content("#week-table tr[data-week='2026-W47'] td[data-field='adherence']")).isEqualTo("100.0 %");
                assertThat(physio.text("#correlation")).contains("not enough data yet (n = 0)");
                assertThat(physio.js("return document.forms.length")).isEqualTo(0L);
                assertThat((String) physio.js("return document.body.innerText")).doesNotContain(token);
                assertThat(physio.cookie("JSESSIONID")).isEmpty();
                look(physio, "13-physio");
                physio.click("#shared-pdf");
                assertPdf(physio.downloaded("backcare-report-2026-W47.pdf"));

                // the patient sees each use, then revokes the link
                patient.nav("today");
                patient.nav("share");
                patient.visible("#share-list [data-status=ACTIVE]");
                assertThat(patient.text("#share-list [data-status=ACTIVE] [data-field=accesses]")).startsWith("Used ");
                patient.click("#share-list [data-status=ACTIVE] details.uses > summary");
                patient.until(() -> patient.text("#share-list [data-status=ACTIVE] .access-list").contains("Viewed your progress page"),
                        "the list of uses");
                look(patient, "14-share-uses");
                patient.click("#share-list [data-status=ACTIVE] [data-action=revoke]");
                patient.click("#share-list [data-action=confirm-revoke]");
                patient.visible("#share-list [data-status=REVOKED]");
                assertThat(patient.present("#share-list [data-status=ACTIVE]")).isFalse();
                look(patient, "15-share-revoked");

                // the physiotherapist's reload: the link opens nothing now
                physio.driver.navigate().refresh();
                assertThat(physio.text("#link-not-valid h1")).isEqualTo("This link is not valid");
                assertThat((String) physio.js("return document.body.innerText")).doesNotContain("Ana Sousa");
                assertThat(api.get("/shared/" + token, Api.Auth.NONE).status()).isEqualTo(404);
                look(physio, "16-physio-revoked");
                assertThat(physio.consoleProblems()).isEmpty();
                assertThat(physio.foreignResources(base)).isEmpty();
            }

            // a personal token: shown once, then revoked
            patient.nav("account");
            patient.type("#token-name", "phone shortcut");
            patient.click("#token-form button[type=submit]");
            assertThat(patient.visible("#token-value").getAttribute("value")).startsWith("bct_");
            look(patient, "17-account-token");
            patient.click("#token-list [data-token-id] button");
            patient.until(() -> patient.text("#token-list").contains("No personal tokens"), "the token revoked");

            // sign out, sign in again: everything is still there
            patient.click("#sign-out");
            patient.visible("#sign-in-form");
            assertThat(patient.text("#welcome-message")).contains("signed out");
            assertThat(api.get("/api/session", Api.Auth.NONE).status()).isEqualTo(401);
            patient.type("#si-username", username);
            patient.type("#si-password", PASSWORD);
            patient.click("#sign-in-form button[type=submit]");
            patient.visible("#view-today h1");
            assertThat(patient.visible("#today-logged-summary").getText()).contains("2 sessions");
            patient.click("#sign-out-top");
            patient.visible("#sign-in-form");

            assertThat(patient.consoleProblems()).isEmpty();
            assertThat(patient.foreignResources(base)).isEmpty();
        }
        assertThat(accessibility).isEmpty();
    }

    /** A screenshot to look at, and the accessibility checks of what it shows. */
    private void look(BrowserPage page, String name) {
        page.screenshot(name);
        long width = ((Number) page.js("return document.documentElement.scrollWidth;")).longValue();
        long viewport = ((Number) page.js("return window.innerWidth;")).longValue();
        if (width > page.screen.width || viewport != page.screen.width) {
            accessibility.add(page.screen.prefix() + "-" + name + ": the page is " + width + " px wide in a "
                    + viewport + " px viewport on a " + page.screen.width + " px screen (it must not scroll sideways)");
        }
        for (String problem : Accessibility.problems(page)) {
            accessibility.add(page.screen.prefix() + "-" + name + ": " + problem);
        }
    }

    private static void waitDone(BrowserPage page, String stretch, String side) {
        page.until(() -> page.find("[data-stretch='" + stretch + "'] [data-side=" + side + "] input[data-action=done]").isSelected(),
                stretch + " " + side + " done");
    }

    private static void assertPdf(Path file) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            assertThat(new String(bytes, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
