package care.backcare.tracker.patient;

import care.backcare.tracker.account.PatientRegisteredEvent;
import care.backcare.tracker.reminder.CalendarFeedGrantedEvent;
import care.backcare.tracker.reminder.CalendarFeedRevokedEvent;
import care.backcare.tracker.reminder.GrantCalendarFeedCommand;
import care.backcare.tracker.reminder.RemindersSetEvent;
import care.backcare.tracker.reminder.ReminderSchedule;
import care.backcare.tracker.reminder.RevokeCalendarFeedCommand;
import care.backcare.tracker.reminder.SetRemindersCommand;
import care.backcare.tracker.reminder.Weekday;
import care.backcare.tracker.kernel.InvalidValueException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RemindersTest {

    private static final Instant NOW = Instant.parse("2026-11-18T08:00:00Z");
    private static final UUID PATIENT = UUID.fromString("00000000-0000-0000-0000-0000000000aa");
    private static final UUID FEED = UUID.fromString("00000000-0000-0000-0000-0000000000f1");
    private static final UUID NEXT_FEED = UUID.fromString("00000000-0000-0000-0000-0000000000f2");

    private AggregateTestFixture<Patient> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Patient.class);
        fixture.registerInjectableResource(Clock.fixed(NOW, ZoneOffset.UTC));
    }

    private static PatientRegisteredEvent registered() {
        return new PatientRegisteredEvent(PATIENT, "ana", "Ana", ZoneId.of("Europe/Lisbon"), NOW.minus(Duration.ofDays(30)));
    }

    @Test
    void a_schedule_is_kept_sorted_with_each_time_and_day_once_monday_first() {
        ReminderSchedule schedule = ReminderSchedule.of(List.of("19:00", "07:30"), List.of(Weekday.SUN, Weekday.MON));

        assertThat(schedule.times()).containsExactly("07:30", "19:00");
        assertThat(schedule.days()).containsExactly(Weekday.MON, Weekday.SUN);
    }

    @Test
    void a_schedule_needs_one_to_four_valid_distinct_times_and_at_least_one_day() {
        List<Weekday> monday = List.of(Weekday.MON);
        assertThatThrownBy(() -> ReminderSchedule.of(List.of(), monday)).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> ReminderSchedule.of(List.of("06:00", "07:00", "08:00", "09:00", "10:00"), monday))
                .isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> ReminderSchedule.of(List.of("7:30"), monday)).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> ReminderSchedule.of(List.of("24:00"), monday)).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> ReminderSchedule.of(List.of("07:30", "07:30"), monday)).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> ReminderSchedule.of(List.of("07:30"), List.of())).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> ReminderSchedule.of(List.of("07:30"), List.of(Weekday.MON, Weekday.MON)))
                .isInstanceOf(InvalidValueException.class);
    }

    @Test
    void setting_reminders_records_the_times_and_days() {
        ReminderSchedule schedule = ReminderSchedule.of(List.of("07:30"), List.of(Weekday.MON, Weekday.WED));
        fixture.given(registered())
                .when(new SetRemindersCommand(PATIENT, schedule))
                .expectEvents(new RemindersSetEvent(PATIENT, List.of("07:30"), List.of(Weekday.MON, Weekday.WED), NOW));
    }

    @Test
    void setting_the_same_reminders_again_records_nothing() {
        ReminderSchedule schedule = ReminderSchedule.of(List.of("07:30"), List.of(Weekday.MON));
        fixture.given(registered(), new RemindersSetEvent(PATIENT, List.of("07:30"), List.of(Weekday.MON), NOW.minusSeconds(60)))
                .when(new SetRemindersCommand(PATIENT, schedule))
                .expectNoEvents();
    }

    @Test
    void a_new_calendar_feed_revokes_the_one_before() {
        fixture.given(registered(), new CalendarFeedGrantedEvent(PATIENT, FEED, "old-hash", NOW.minusSeconds(60)))
                .when(new GrantCalendarFeedCommand(PATIENT, NEXT_FEED, "new-hash"))
                .expectEvents(new CalendarFeedRevokedEvent(PATIENT, FEED, NOW),
                        new CalendarFeedGrantedEvent(PATIENT, NEXT_FEED, "new-hash", NOW));
    }

    @Test
    void revoking_the_feed_records_it_once() {
        fixture.given(registered(), new CalendarFeedGrantedEvent(PATIENT, FEED, "hash", NOW.minusSeconds(60)))
                .when(new RevokeCalendarFeedCommand(PATIENT))
                .expectEvents(new CalendarFeedRevokedEvent(PATIENT, FEED, NOW));
        fixture.given(registered(), new CalendarFeedGrantedEvent(PATIENT, FEED, "hash", NOW.minusSeconds(60)),
                        new CalendarFeedRevokedEvent(PATIENT, FEED, NOW.minusSeconds(30)))
                .when(new RevokeCalendarFeedCommand(PATIENT))
                .expectNoEvents();
    }
}
