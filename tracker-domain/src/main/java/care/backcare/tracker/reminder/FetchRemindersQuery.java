package care.backcare.tracker.reminder;

import java.util.UUID;

/** The patient's reminder schedule; {@link ReminderSchedule#NONE} when they never set one. */
public record FetchRemindersQuery(UUID patientId) {
}
