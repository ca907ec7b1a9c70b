package care.backcare.tracker.api.reminder;

import care.backcare.tracker.api.support.Api;
import care.backcare.tracker.api.support.Api.Auth;
import care.backcare.tracker.api.support.PostgresApiTest;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VAlarm;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.validate.ValidationResult;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.util.List;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Reminder times and the private calendar feed, read by a real iCalendar parser (ical4j) as a phone's
 * calendar would read it: a weekly event per reminder time, on the chosen days, with an alarm, and nothing
 * clinical in it; revoked, the address opens nothing.
 */
class RemindersTest extends PostgresApiTest {

    private static String path(Api.Response granted) {
        return granted.json().get("url").asString().replaceFirst("^https?://[^/]+", "");
    }

    private static Calendar parse(String ics) throws Exception {
        return new CalendarBuilder().build(new StringReader(ics));
    }

    private static String value(Component component, String property) {
        return component.getProperty(property).map(Property::getValue).orElse(null);
    }

    @Test
    void a_patient_who_never_set_reminders_has_no_times_and_no_days() {
        Api.Patient patient = api.register("Europe/Lisbon");

        Api.Response reminders = api.get("/api/me/reminders", patient.auth());

        assertThat(reminders.status()).isEqualTo(200);
        assertThat(reminders.json().get("times").size()).isZero();
        assertThat(reminders.json().get("days").size()).isZero();
    }

    @Test
    void reminders_are_read_back_sorted_as_they_were_set() {
        Api.Patient patient = api.register("Europe/Lisbon");

        Api.Response set = api.put("/api/me/reminders", patient.auth(), """
                {"times":["19:00","07:30"],"days":["SUN","MON","WED"]}""");

        assertThat(set.status()).isEqualTo(200);
        Api.Response read = api.get("/api/me/reminders", patient.auth());
        assertThat(read.json().get("times").valueStream().map(t -> t.asString()).toList()).containsExactly("07:30", "19:00");
        assertThat(read.json().get("days").valueStream().map(d -> d.asString()).toList()).containsExactly("MON", "WED", "SUN");
    }

    @Test
    void bad_reminders_are_refused_and_change_nothing() {
        Api.Patient patient = api.register("Europe/Lisbon");
        api.put("/api/me/reminders", patient.auth(), "{\"times\":[\"07:30\"],\"days\":[\"MON\"]}");

        for (String bad : List.of("{\"times\":[],\"days\":[\"MON\"]}",
                "{\"times\":[\"06:00\",\"07:00\",\"08:00\",\"09:00\",\"10:00\"],\"days\":[\"MON\"]}",
                "{\"times\":[\"25:00\"],\"days\":[\"MON\"]}", "{\"times\":[\"7.30\"],\"days\":[\"MON\"]}",
                "{\"times\":[\"07:30\"],\"days\":[\"MONDAY\"]}", "{\"times\":[\"07:30\"],\"days\":[]}",
                "{\"times\":[\"07:30\"]}")) {
            assertThat(api.put("/api/me/reminders", patient.auth(), bad).status()).as(bad).isEqualTo(400);
        }
        assertThat(api.get("/api/me/reminders", patient.auth()).json().get("times").get(0).asString()).isEqualTo("07:30");
    }

    @Test
    void the_calendar_feed_has_a_weekly_event_with_an_alarm_per_reminder_time_and_nothing_clinical() throws Exception {
        Api.Patient patient = api.register("Europe/Lisbon");
        api.put("/api/me/routine", patient.auth(), "{\"stretches\":[\"cat-cow\"],\"minutesPerDay\":12,\"daysPerWeek\":5}");
        // the feed reads the routine's read model, which follows the write a moment later
        await().atMost(Duration.ofSeconds(10)).until(() ->
                api.get("/api/me/routine", patient.auth()).json().get("minutesPerDay").asInt() == 12);
        api.put("/api/me/reminders", patient.auth(), "{\"times\":[\"07:30\",\"21:15\"],\"days\":[\"MON\",\"THU\"]}");
        api.put("/api/me/pain/" + java.util.UUID.randomUUID(), patient.auth(),
                Api.pain("2026-11-18T07:00:00Z", 7, "\"NUMBNESS_OR_TINGLING\""));

        Api.Response granted = api.post("/api/me/calendar-feed", patient.auth(), null);
        assertThat(granted.status()).isEqualTo(201);
        assertThat(granted.json().get("url").asString()).matches("http://localhost:\\d+/calendar/bcc_[0-9a-f]{32}_[A-Za-z0-9_-]{43}\\.ics");

        Api.Response feed = api.get(path(granted), Auth.NONE);
        assertThat(feed.status()).isEqualTo(200);
        assertThat(feed.header("Content-Type")).startsWith("text/calendar");
        assertThat(feed.body()).contains("\r\n").doesNotContain("NUMBNESS").doesNotContain(patient.username())
                .doesNotContainIgnoringCase("pain");

        Calendar calendar = parse(feed.body());
        ValidationResult validation = calendar.validate();
        assertThat(validation.hasErrors()).as(validation.toString()).isFalse();
        List<VEvent> events = calendar.getComponents(Component.VEVENT);
        assertThat(events).hasSize(2);
        assertThat(events).extracting(event -> value(event, Property.DTSTART))
                .containsExactly("20261118T073000", "20261118T211500");
        for (VEvent event : events) {
            assertThat(value(event, Property.SUMMARY)).isEqualTo("Back stretches, 12 min");
            assertThat(value(event, Property.RRULE)).isEqualTo("FREQ=WEEKLY;BYDAY=MO,TH");
            assertThat(value(event, Property.DURATION)).isEqualTo("PT12M");
            List<VAlarm> alarms = event.getAlarms();
            assertThat(alarms).hasSize(1);
            assertThat(value(alarms.get(0), Property.ACTION)).isEqualTo("DISPLAY");
            assertThat(value(alarms.get(0), Property.TRIGGER)).isEqualTo("PT0S");
        }
    }

    @Test
    void a_revoked_or_replaced_feed_opens_nothing() {
        Api.Patient patient = api.register("Europe/Lisbon");
        String first = path(api.post("/api/me/calendar-feed", patient.auth(), null));
        String second = path(api.post("/api/me/calendar-feed", patient.auth(), null));

        assertThat(api.get(first, Auth.NONE).status()).isEqualTo(404);
        assertThat(api.get(second, Auth.NONE).status()).isEqualTo(200);
        assertThat(api.delete("/api/me/calendar-feed", patient.auth()).status()).isEqualTo(204);
        assertThat(api.get(second, Auth.NONE).status()).isEqualTo(404);
        assertThat(api.delete("/api/me/calendar-feed", patient.auth()).status()).isEqualTo(204);
        String tampered = second.substring(0, second.length() - 8) + "AAAA.ics";
        assertThat(api.get(tampered, Auth.NONE).status()).isEqualTo(404);
        assertThat(api.get("/calendar/nothing.ics", Auth.NONE).status()).isEqualTo(404);
    }
}
