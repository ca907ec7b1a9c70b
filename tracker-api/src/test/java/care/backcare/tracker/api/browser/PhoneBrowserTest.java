package care.backcare.tracker.api.browser;

import care.backcare.tracker.api.support.Api;
import care.backcare.tracker.api.support.PostgresApiTest;
import care.backcare.tracker.session.SessionSafety;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The page as a phone uses it, in Chromium at 390 px: installable (manifest, icons, a service worker that
 * controls the page), opening with the network off, logging a session and a pain entry offline that arrive
 * exactly once when the network is back (also when the first answer is lost on the way), a refusal on sync
 * shown to the patient, the guided player on a test clock, and axe-core on every view. Screenshots:
 * target/screenshots/phone-phone-*.png.
 */
class PhoneBrowserTest extends PostgresApiTest {

    private static final String PASSWORD = "morning stretch routine";

    @BeforeAll
    static void browser() {
        Chromium.require();
    }

    /**
     * The server's clock at the real time: offline, the page has only the phone's own clock to stamp entries
     * with (a phone and its server agree on the time; a test's fixed server clock would not).
     */
    @BeforeEach
    void realTime() {
        clock.set(Instant.now());
    }

    private String base() {
        return "http://localhost:" + port;
    }

    /** Registers through the page, which then shows Today; returns the patient's credentials for the API. */
    private Api.Auth register(BrowserPage page, String url) {
        String username = "pho-" + UUID.randomUUID().toString().substring(0, 8);
        page.open(url);
        page.visible("#sign-in-form");
        page.type("#rg-name", "Rosa Lima");
        page.type("#rg-username", username);
        page.type("#rg-password", PASSWORD);
        page.type("#rg-zone", "Europe/Lisbon");
        page.click("#register-form button[type=submit]");
        page.visible("#view-today h1");
        page.until(() -> page.all("#routine-checklist > li").size() == 4, "the default plan on Today");
        return Api.Auth.basic(username, PASSWORD);
    }

    private static void controlledByTheWorker(BrowserPage page) {
        page.until(() -> Boolean.TRUE.equals(page.js("return Boolean(navigator.serviceWorker.controller);")),
                "the service worker controlling the page");
    }

    /**
     * The network off or on, as DevTools' "Offline" does it: for the page and for its service worker (whose
     * own requests DevTools throttles through its own target).
     */
    @SuppressWarnings("unchecked")
    private static void network(BrowserPage page, boolean online) {
        Map<String, Object> conditions = Map.of("offline", !online, "latency", 0, "downloadThroughput", -1,
                "uploadThroughput", -1);
        page.driver.executeCdpCommand("Network.enable", Map.of());
        page.driver.executeCdpCommand("Network.emulateNetworkConditions", conditions);
        List<Map<String, Object>> targets = (List<Map<String, Object>>) page.driver.executeCdpCommand("Target.getTargets", Map.of())
                .get("targetInfos");
        for (Map<String, Object> target : targets) {
            if ("service_worker".equals(target.get("type"))) {
                String session = (String) page.driver.executeCdpCommand("Target.attachToTarget",
                        Map.of("targetId", target.get("targetId"), "flatten", false)).get("sessionId");
                for (String message : List.of("{\"id\":1,\"method\":\"Network.enable\",\"params\":{}}",
                        "{\"id\":2,\"method\":\"Network.emulateNetworkConditions\",\"params\":{\"offline\":" + !online
                                + ",\"latency\":0,\"downloadThroughput\":-1,\"uploadThroughput\":-1}}")) {
                    page.driver.executeCdpCommand("Target.sendMessageToTarget", Map.of("sessionId", session, "message", message));
                }
            }
        }
    }

    private List<JsonNode> sessions(Api.Auth auth) {
        return StreamSupport.stream(api.get("/api/me/sessions?from=" + LocalDate.now().minusDays(2) + "&to=" + LocalDate.now().plusDays(2), auth).json().spliterator(), false).toList();
    }

    private List<JsonNode> painEntries(Api.Auth auth) {
        return StreamSupport.stream(api.get("/api/me/pain", auth).json().spliterator(), false).toList();
    }

    private static String exercises(JsonNode session) {
        return String.join(", ", StreamSupport.stream(session.get("exercises").spliterator(), false)
                .map(e -> e.get("stretch").asString() + "/" + e.get("side").asString() + "/" + e.get("holdSeconds").asInt()
                        + "x" + e.get("reps").asInt()).toList());
    }

    @Test
    void the_page_installs_opens_offline_and_sends_what_was_logged_offline_exactly_once() {
        try (BrowserPage page = new BrowserPage(Screen.PHONE, "offline")) {
            Api.Auth auth = register(page, base() + "/");

            // installable: a manifest with the icons a phone asks for, and a worker controlling the page
            assertThat(page.find("link[rel=manifest]").getAttribute("href")).endsWith("/manifest.webmanifest");
            @SuppressWarnings("unchecked")
            Map<String, Object> manifest = (Map<String, Object>) page.driver.executeAsyncScript("""
                    const done = arguments[arguments.length - 1];
                    fetch('/manifest.webmanifest').then(r => r.json()).then(done, e => done({error: String(e)}));""");
            assertThat(manifest).containsEntry("display", "standalone").containsEntry("start_url", "/#/today")
                    .containsEntry("short_name", "Backcare").containsKey("theme_color");
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> icons = (List<Map<String, Object>>) manifest.get("icons");
            assertThat(icons).extracting(icon -> icon.get("sizes") + " " + icon.get("purpose"))
                    .contains("192x192 any", "512x512 any", "512x512 maskable");
            for (Map<String, Object> icon : icons) {
                Api.Response png = api.get((String) icon.get("src"), Api.Auth.NONE);
                assertThat(png.status()).as(icon.toString()).isEqualTo(200);
            }
            controlledByTheWorker(page);
            @SuppressWarnings("unchecked")
            List<String> cached = (List<String>) page.driver.executeAsyncScript("""
                    const done = arguments[arguments.length - 1];
                    (async () => {
                        const urls = [];
                        for (const name of await caches.keys()) {
                            for (const request of await (await caches.open(name)).keys()) urls.push(name + ' ' + new URL(request.url).pathname);
                        }
                        return urls;
                    })().then(done, e => done(['error ' + e]));""");
            assertThat(cached).anyMatch(url -> url.matches("backcare-shell-[0-9a-f]{16} /")).anyMatch(url -> url.endsWith(" /js/app.js"))
                    .anyMatch(url -> url.endsWith(" /api/stretches"))
                    .noneMatch(url -> url.contains("/api/me")).noneMatch(url -> url.contains("/api/session"));

            // the network off: the page still opens, with Today's routine
            network(page, false);
            reload(page);
            assertThat(page.js("return navigator.onLine;")).isEqualTo(false);
            page.visible("#view-today h1");
            page.until(() -> page.all("#routine-checklist > li").size() == 4, "the routine offline");
            page.screenshot("30-offline-today");

            // a session logged by hand and a pain entry, both kept on the phone
            page.click("#manual-log > summary");
            page.click("#manual-form button[type=submit]");
            page.visible("#session-queued");
            page.until(() -> page.text("#sync-waiting").contains("Waiting to sync (1)"), "one entry waiting");
            page.nav("pain");
            page.click("#pain-scale input[value='4'] + span");
            page.click("#pain-form button[type=submit]");
            page.visible("#pain-saved");
            page.until(() -> page.text("#sync-waiting").contains("Waiting to sync (2)"), "two entries waiting");
            page.screenshot("31-offline-waiting-to-sync");
            assertThat(sessions(auth)).isEmpty();
            assertThat(painEntries(auth)).isEmpty();

            // back online, but the answer to the first sync of the session is lost after the server recorded it
            page.js("""
                    const realFetch = window.fetch;
                    window.lostAnswers = 0;
                    window.fetch = async (input, init) => {
                        const response = await realFetch(input, init);
                        if (String(input).startsWith('/api/me/sessions/') && init && init.method === 'PUT' && window.lostAnswers === 0) {
                            window.lostAnswers++;
                            throw new TypeError('Failed to fetch');
                        }
                        return response;
                    };""");
            network(page, true);
            await().atMost(Duration.ofSeconds(10)).until(() -> sessions(auth).size() == 1);
            assertThat(page.js("return window.lostAnswers;")).isEqualTo(1L);
            assertThat(page.text("#sync-waiting")).contains("Waiting to sync");
            // the retry ("Sync now", as the 30-second retry or the next start would) is answered "already recorded"
            page.click("#sync-waiting button");
            page.until(() -> page.all("#sync-waiting").isEmpty(), "nothing left to sync");
            assertThat(sessions(auth)).hasSize(1);
            // the list is a read model, updated just after the PUT's 201 (as the session was awaited above)
            await().atMost(Duration.ofSeconds(10)).until(() -> !painEntries(auth).isEmpty());
            assertThat(painEntries(auth)).hasSize(1);
            assertThat(painEntries(auth).get(0).get("score").asInt()).isEqualTo(4);

            // an entry the server refuses on sync is shown, not dropped: its id was meanwhile used for something else
            network(page, false);
            page.click("#pain-scale input[value='2'] + span");
            page.click("#pain-form button[type=submit]");
            page.until(() -> page.text("#sync-waiting").contains("Waiting to sync (1)"), "the entry waiting");
            String path = (String) page.driver.executeAsyncScript("""
                    const done = arguments[arguments.length - 1];
                    const open = indexedDB.open('backcare-offline');
                    open.onsuccess = () => {
                        const all = open.result.transaction('outbox').objectStore('outbox').getAll();
                        all.onsuccess = () => done(all.result[0].path);
                    };""");
            assertThat(api.put(path, auth, Api.pain(Instant.now().minusSeconds(3600).toString(), 9, "")).status()).isEqualTo(201);
            network(page, true);
            page.visible(".sync-refused");
            assertThat(page.text(".sync-refused")).contains("Not saved");
            page.screenshot("32-sync-refused");
            page.click(".sync-refused button");
            page.until(() -> !page.find("#sync-status").isDisplayed(), "the refusal dismissed");
            // the list is a read model: the second entry is there once the projection has it (never a third)
            await().atMost(Duration.ofSeconds(10)).until(() -> painEntries(auth).size() >= 2);
            assertThat(painEntries(auth)).hasSize(2);

            assertThat(page.consoleProblems()).isEmpty();
            assertThat(page.foreignResources(base())).isEmpty();
        }
    }

    @Test
    void the_guided_player_times_each_side_and_logs_the_holds_actually_timed() {
        try (BrowserPage page = new BrowserPage(Screen.PHONE, "player")) {
            Api.Auth auth = register(page, base() + "/?player-clock=manual");
            assertThat(api.put("/api/me/routine", auth,
                    "{\"stretches\":[\"childs-pose\",\"knee-to-chest\",\"glute-bridge\"],\"minutesPerDay\":10,\"daysPerWeek\":7}")
                    .status()).isEqualTo(200);
            await().atMost(Duration.ofSeconds(10)).until(() -> api.get("/api/me/routine", auth).json().get("stretches").size() == 3);
            reload(page);
            page.until(() -> page.all("#routine-checklist > li").size() == 3, "the new plan");
            page.click("#player-start");
            page.visible("#player");
            assertThat(page.text("#player-phase")).isEqualTo("Get ready");
            screen(page, "40-player-get-ready");

            // child's pose: 5 s to get ready, a 30 s hold, a tone
            advance(page, 5_000);
            assertThat(page.find("#player").getAttribute("data-step")).isEqualTo("hold");
            advance(page, 10_000);
            assertThat(page.text("#player-clock")).isEqualTo("0:20");
            screen(page, "41-player-hold");
            pauseVisibleAbove(page);
            advance(page, 20_000);
            assertThat(page.find("#player").getAttribute("data-tones")).isEqualTo("1");

            // knee-to-chest, left: held 4 s, paused (time stands still), skipped: 4 s is what is kept
            assertThat(page.find("#player").getAttribute("data-side")).isEqualTo("LEFT");
            advance(page, 5_000 + 4_000);
            page.click("#player-pause");
            advance(page, 30_000);
            assertThat(page.text("#player-clock")).isEqualTo("0:16");
            assertThat(page.text("#player-phase")).isEqualTo("Paused");
            screen(page, "42-player-paused");
            page.click("#player-skip");

            // the right side follows by itself
            assertThat(page.find("#player").getAttribute("data-side")).isEqualTo("RIGHT");
            assertThat(page.text("#player-phase")).isEqualTo("Switch to the other side");
            screen(page, "43-player-switch-side");
            advance(page, 5_000 + 20_000);
            assertThat(page.find("#player").getAttribute("data-tones")).isEqualTo("2");

            // glute bridge: 10 reps counted at a steady pace
            assertThat(page.find("#player").getAttribute("data-stretch")).isEqualTo("glute-bridge");
            advance(page, 5_000 + 12_000);
            assertThat(page.text("#player-clock")).isEqualTo("3 / 10");
            advance(page, 30_000);
            page.visible("#player-logged");
            screen(page, "44-player-done");
            page.click("#player-close");
            page.visible("#session-logged");

            // the list is a read model: the session is there once the projection has it
            await().atMost(Duration.ofSeconds(10)).until(() -> !sessions(auth).isEmpty());
            List<JsonNode> logged = sessions(auth);
            assertThat(logged).hasSize(1);
            assertThat(exercises(logged.get(0)))
                    .isEqualTo("childs-pose/BOTH/30x1, knee-to-chest/LEFT/4x1, knee-to-chest/RIGHT/20x1, glute-bridge/BOTH/0x10");
            assertThat(logged.get(0).get("painDuring").asString()).isEqualTo("NONE");

            // "This hurts": the routine stops, the advice is shown, the session is logged with sharp pain
            page.click("#player-start");
            advance(page, 5_000 + 3_000);
            page.click("#player-hurts");
            assertThat(page.text("#player-advice")).contains(SessionSafety.SHARP_PAIN_ADVICE);
            page.visible("#player-logged");
            screen(page, "45-player-this-hurts");
            await().atMost(Duration.ofSeconds(10)).until(() -> sessions(auth).size() == 2);
            JsonNode sharp = sessions(auth).stream().filter(s -> s.get("painDuring").asString().equals("SHARP")).findFirst().orElseThrow();
            assertThat(exercises(sharp)).isEqualTo("childs-pose/BOTH/3x1");

            assertThat(page.consoleProblems()).isEmpty();
        }
    }

    @Test
    void axe_finds_no_serious_or_critical_violation_on_any_view() {
        List<String> violations = new ArrayList<>();
        String shareUrl;
        try (BrowserPage page = new BrowserPage(Screen.PHONE, "axe")) {
            page.open(base() + "/?player-clock=manual");
            page.visible("#sign-in-form");
            violations.addAll(Axe.seriousViolations(page, "welcome"));
            Api.Auth auth = register(page, base() + "/?player-clock=manual");
            api.put("/api/me/sessions/" + UUID.randomUUID(), auth, Api.session(Instant.now().minusSeconds(86_400).toString(), 10, "MILD", "stiff"));
            api.put("/api/me/pain/" + UUID.randomUUID(), auth, Api.pain(Instant.now().minusSeconds(80_000).toString(), 5, "\"LEG_WEAKNESS\""));
            violations.addAll(Axe.seriousViolations(page, "today"));
            for (String view : List.of("pain", "trends", "routine", "share", "account")) {
                page.nav(view);
                violations.addAll(Axe.seriousViolations(page, view));
            }
            page.screenshot("50-account-reminders");
            page.nav("today");
            page.click("#player-start");
            page.visible("#player");
            violations.addAll(Axe.seriousViolations(page, "player"));
            shareUrl = api.post("/api/me/shares", auth, "{\"recipient\":\"Dr. Silva\",\"expiresInDays\":30}").json().get("url").asString();
        }
        try (BrowserPage physio = new BrowserPage(Screen.PHONE, "axe-shared")) {
            physio.open(shareUrl);
            physio.visible("#patient-name");
            physio.until(() -> !physio.text("#share-facts").contains("Loading"), "the shared page loaded");
            physio.until(() -> !physio.all("#shared-body > *").isEmpty(), "the shared progress shown");
            physio.screenshot("51-shared");
            violations.addAll(Axe.seriousViolations(physio, "shared"));
        }
        assertThat(violations).isEmpty();
    }

    /** The phone's screen as it is (the player fills it): BrowserPage's shots stretch the page to its full height. */
    private static void screen(BrowserPage page, String name) {
        Map<String, Object> shot = page.driver.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png"));
        try {
            java.nio.file.Files.createDirectories(BrowserPage.SCREENSHOTS);
            java.nio.file.Files.write(BrowserPage.SCREENSHOTS.resolve(page.screen.prefix() + "-" + name + ".png"),
                    java.util.Base64.getDecoder().decode((String) shot.get("data")));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** A real reload (opening the same address with a #fragment would only move within the page). */
    private static void reload(BrowserPage page) {
        page.js("window.beforeReload = true;");
        page.driver.navigate().refresh();
        page.until(() -> page.js("return window.beforeReload === undefined && document.readyState === 'complete';"),
                "the page reloaded");
    }

    private static void advance(BrowserPage page, long millis) {
        page.js("window.backcarePlayerClock.advance(arguments[0]);", millis);
    }

    /** The Pause button is on screen and on top at 390 px, not under the bottom bar. */
    private static void pauseVisibleAbove(BrowserPage page) {
        Object onTop = page.js("""
                const button = document.getElementById('player-pause');
                const box = button.getBoundingClientRect();
                const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
                return box.bottom <= window.innerHeight && box.top >= 0 && (hit === button || button.contains(hit));""");
        assertThat(onTop).as("the Pause button in view and on top").isEqualTo(true);
    }
}
