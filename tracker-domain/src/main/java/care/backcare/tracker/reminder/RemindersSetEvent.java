package care.backcare.tracker.reminder;

import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The patient's reminder times ({@code HH:mm}, local to wherever the phone is) and days, replacing earlier ones. */
@Revision("1")
public record RemindersSetEvent(UUID patientId, List<String> times, List<Weekday> days, Instant setAt) {

    public ReminderSchedule schedule() {
        return new ReminderSchedule(times, days);
    }
}
