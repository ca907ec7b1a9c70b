package care.backcare.tracker.api.browser;

import care.backcare.tracker.api.support.Api;
import care.backcare.tracker.api.support.PostgresApiTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A patient's notes are their own words, whatever they look like: markup typed into a session note or a
 * pain note is shown as those very characters on the patient's page and on the physiotherapist's, and
 * never becomes an element or runs.
 */
class NotesAsTextBrowserTest extends PostgresApiTest {

    static final String SESSION_NOTE = "<img src=x onerror=\"window.__xss=1\"> felt <b>bold</b> today";
    static final String PAIN_NOTE = "<b>bold</b> & <script>window.__xss=2</script> <img src=x onerror=\"window.__xss=3\">";

    @BeforeAll
    static void browser() {
        Chromium.require();
    }

    @Test
    void markup_in_notes_is_shown_as_text_to_the_patient_and_to_the_physio() throws Exception {
        String base = "http://localhost:" + port;
        Api.Patient patient = api.register("Europe/Lisbon");
        assertThat(api.put("/api/me/sessions/" + UUID.randomUUID(), patient.auth(),
                Api.session("2026-11-17T07:30:00Z", 10, "SHARP", SESSION_NOTE)).status()).isEqualTo(201);
        assertThat(api.put("/api/me/pain/" + UUID.randomUUID(), patient.auth(), """
                {"recordedAt":"2026-11-17T20:00:00Z","score":5,"regions":["LOWER_BACK"],"redFlags":[],"notes":%s}"""
                .formatted(JsonMapper.builder().build().writeValueAsString(PAIN_NOTE))).status()).isEqualTo(201);
        await().atMost(Duration.ofSeconds(10)).until(() -> api.get("/api/me/pain", patient.auth()).json().size() == 1
                && api.get("/api/me/sessions", patient.auth()).json().size() == 1);
        String link = api.post("/api/me/shares", patient.auth(), "{\"recipient\":\"Dr. Silva\",\"expiresInDays\":30}")
                .json().get("url").asString();

        try (BrowserPage page = new BrowserPage(Screen.DESKTOP, "patient-notes")) {
            page.open(base + "/");
            page.type("#si-username", patient.username());
            page.type("#si-password", Api.PASSWORD);
            page.click("#sign-in-form button[type=submit]");
            page.visible("#view-today h1");

            page.nav("trends");
            page.until(() -> page.content("#session-history").contains(SESSION_NOTE), "the session note in the history");
            assertThat(page.content("#trend-pain-history")).contains(PAIN_NOTE);
            assertThat(page.content("#red-flags")).as("under sharp pain during a session").contains(SESSION_NOTE);
            page.screenshot("notes-patient-trends");
            assertNothingCameOfTheMarkup(page);

            page.nav("pain");
            page.until(() -> page.content("#pain-history").contains(PAIN_NOTE), "the pain note in the recent entries");
            assertNothingCameOfTheMarkup(page);
            assertThat(page.consoleProblems()).isEmpty();
        }

        try (BrowserPage physio = new BrowserPage(Screen.DESKTOP, "physio-notes")) {
            physio.open(link);
            physio.visible("#red-flags");
            physio.until(() -> physio.content("#patient-notes").contains(SESSION_NOTE), "the session note");
            assertThat(physio.content("#patient-notes")).contains(PAIN_NOTE);
            assertThat(physio.content("#red-flags")).contains(SESSION_NOTE);
            physio.screenshot("notes-physio");
            assertNothingCameOfTheMarkup(physio);
            assertThat(physio.consoleProblems()).isEmpty();
        }
    }

    /** No element was made from a note (the app itself uses no b, i or inline script), and no handler ran. */
    private static void assertNothingCameOfTheMarkup(BrowserPage page) {
        @SuppressWarnings("unchecked")
        Map<String, Object> found = (Map<String, Object>) page.js("""
                return {
                  xss: typeof window.__xss,
                  images: document.querySelectorAll('img[src="x"], [onerror]').length,
                  bold: document.querySelectorAll('b, i').length,
                  inlineScripts: document.querySelectorAll('script:not([src])').length
                };""");
        assertThat(found).containsEntry("xss", "undefined").containsEntry("images", 0L).containsEntry("bold", 0L)
                .containsEntry("inlineScripts", 0L);
    }
}
