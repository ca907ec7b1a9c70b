package care.backcare.tracker.api.browser;

import care.backcare.tracker.api.support.Api;
import care.backcare.tracker.api.support.PostgresApiTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The clinician's flow in Chromium, as people would go through it: a physiotherapist signs up at desktop width and
 * makes an invite code; the patient connects with it on a phone; a red flag puts the patient first in the caseload
 * as EMERGENCY; the clinician acknowledges; the patient sees it was seen; the patient disconnects and the clinician
 * sees nothing any more. Screenshots stay in target/screenshots/ for a person to look at; axe checks each page.
 */
class ClinicianBrowserTest extends PostgresApiTest {

    @BeforeAll
    static void browser() {
        Chromium.require();
    }

    @Test
    void invite_connect_red_flag_caseload_acknowledge_seen_disconnect() {
        String base = "http://localhost:" + port;
        Api.Patient patient = api.register("Europe/Lisbon");
        List<String> violations = new ArrayList<>();
        String username = "c" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);

        try (BrowserPage clinician = new BrowserPage(Screen.DESKTOP, "clinician");
             BrowserPage phone = new BrowserPage(Screen.PHONE, "clinician-patient")) {
            // the physiotherapist signs up
            clinician.open(base + "/clinician.html");
            clinician.visible("#sign-up-form");
            violations.addAll(Axe.seriousViolations(clinician, "clinician-welcome"));
            clinician.screenshot("clinician-01-welcome");
            clinician.type("#su-name", "Dr. Ana Silva");
            clinician.type("#su-username", username);
            clinician.type("#su-password", Api.PASSWORD);
            clinician.click("#sign-up-form button[type=submit]");
            clinician.visible("#view-caseload h1");
            clinician.until(() -> clinician.text("#caseload-body").contains("No patients yet"), "an empty caseload");

            // an invite code for the patient
            clinician.click("#clinician-nav a[data-route=invites]");
            clinician.visible("#view-invites h1");
            clinician.type("#invite-label", "Patient at 10:00");
            clinician.click("#invite-form button[type=submit]");
            clinician.visible("#invite-created");
            String code = clinician.until(() -> {
                String value = clinician.find("#invite-code").getAttribute("value");
                return value == null || value.isBlank() ? null : value;
            }, "the code shown");
            assertThat(code).matches("[2-9A-HJKMNP-Z]{5}-[2-9A-HJKMNP-Z]{5}");
            clinician.until(() -> clinician.text("#invite-list").contains("Open"), "the code listed as open");
            violations.addAll(Axe.seriousViolations(clinician, "clinician-invites"));
            clinician.screenshot("clinician-02-invite");

            // the patient connects on the phone, typing the code in lower case
            phone.open(base + "/");
            phone.type("#si-username", patient.username());
            phone.type("#si-password", Api.PASSWORD);
            phone.click("#sign-in-form button[type=submit]");
            phone.visible("#view-today h1");
            phone.nav("share");
            phone.type("#connect-code", code.toLowerCase());
            phone.click("#connect-form button[type=submit]");
            phone.until(() -> phone.text("#clinician-list").contains("Dr. Ana Silva"), "the clinician listed");
            violations.addAll(Axe.seriousViolations(phone, "patient-clinicians"));

            // a red flag: the caseload shows the patient first, as an emergency
            api.put("/api/me/pain/" + UUID.randomUUID(), patient.auth(), Api.pain("2026-11-18T11:00:00Z", 8,
                    "\"BLADDER_OR_BOWEL_CHANGE\""));
            clinician.click("#clinician-nav a[data-route=caseload]");
            String firstRow = clinician.until(() -> {
                if (clinician.present("#caseload-body[aria-busy]")) {
                    return null;
                }
                try {
                    if (clinician.present(".caseload-table tbody tr:first-child .badge-emergency")) {
                        return clinician.text(".caseload-table tbody tr:first-child");
                    }
                } catch (org.openqa.selenium.StaleElementReferenceException redrawn) {
                    return null;
                }
                clinician.click("#caseload-refresh");
                return null;
            }, "the patient first, as an emergency");
            assertThat(firstRow).contains("Test " + patient.username()).contains("Emergency red flag, not yet acknowledged");
            violations.addAll(Axe.seriousViolations(clinician, "clinician-caseload"));
            clinician.screenshot("clinician-03-caseload-emergency");

            // the clinician opens the patient and acknowledges
            clinician.click(".caseload-table tbody tr:first-child td.name a");
            clinician.visible("#view-patient h1");
            clinician.until(() -> clinician.text("#patient-title").contains(patient.username()), "the patient's overview");
            clinician.until(() -> clinician.present("#patient-body .report-grid") ? true : null, "the report");
            // the first line a physiotherapist reads
            assertThat(clinician.text("#report-headline")).contains("complete week").contains("adherence")
                    .contains("1 emergency red flag, the latest on 18 Nov 2026");
            violations.addAll(Axe.seriousViolations(clinician, "clinician-patient"));
            clinician.screenshot("clinician-04-patient");
            clinician.type("#ack-note", "Called: going to A&E");
            clinician.click("#ack-form button[type=submit]");
            clinician.until(() -> !clinician.find("#patient-status").getText().contains("Emergency red flag") ? true : null,
                    "the emergency acknowledged");
            clinician.screenshot("clinician-05-acknowledged");

            // the patient sees who saw it
            phone.nav("pain");
            phone.until(() -> {
                phone.nav("trends");
                phone.nav("pain");
                return phone.text("#pain-history").contains("Seen by Dr. Ana Silva") ? true : null;
            }, "seen by the clinician");
            phone.screenshot("clinician-06-patient-seen-by");

            // the patient disconnects: the clinician sees nothing any more
            phone.nav("share");
            phone.until(() -> phone.present("#clinician-list [data-action=disconnect]") ? true : null, "disconnect offered");
            phone.screenshot("clinician-07-patient-clinicians");
            phone.click("#clinician-list [data-action=disconnect]");
            phone.until(() -> phone.text("#clinician-list").contains("No clinician is connected"), "disconnected");
            clinician.click("#clinician-nav a[data-route=caseload]");
            clinician.until(() -> clinician.text("#caseload-body").contains("No patients yet"), "the patient gone");
            clinician.open(base + "/clinician.html#/patient/" + patient.id());
            clinician.until(() -> clinician.text("#patient-body").contains("not connected"), "nothing any more");
            clinician.screenshot("clinician-08-disconnected");

            // a share link's page starts with the same line
            String shared = api.post("/api/me/shares", patient.auth(), "{\"recipient\":\"Dr. Silva\",\"expiresInDays\":7}")
                    .json().get("url").asString().replaceFirst("^https?://[^/]+", "");
            clinician.open(base + shared);
            clinician.until(() -> clinician.present("#report-headline") ? true : null, "the shared page's first line");
            assertThat(clinician.text("#report-headline")).contains("1 emergency red flag");
            assertThat(clinician.consoleProblems()).isEmpty();
            assertThat(phone.consoleProblems()).isEmpty();
        }
        assertThat(violations).isEmpty();
    }
}
