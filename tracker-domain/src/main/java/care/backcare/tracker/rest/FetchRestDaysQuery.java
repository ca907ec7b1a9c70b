package care.backcare.tracker.rest;

import java.time.LocalDate;
import java.util.UUID;

/** Rest days on the patient's local dates {@code from} to {@code to}, both included, oldest first. */
public record FetchRestDaysQuery(UUID patientId, LocalDate from, LocalDate to) {
}
