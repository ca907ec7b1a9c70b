package care.backcare.tracker.session;

import java.time.LocalDate;
import java.util.UUID;

/** Sessions on the patient's local dates {@code from} to {@code to}, both included. */
public record FetchSessionsQuery(UUID patientId, LocalDate from, LocalDate to) {
}
