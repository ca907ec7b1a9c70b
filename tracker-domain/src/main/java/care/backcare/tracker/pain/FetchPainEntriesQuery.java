package care.backcare.tracker.pain;

import java.time.LocalDate;
import java.util.UUID;

/** Pain entries on the patient's local dates {@code from} to {@code to}, both included. */
public record FetchPainEntriesQuery(UUID patientId, LocalDate from, LocalDate to) {
}
