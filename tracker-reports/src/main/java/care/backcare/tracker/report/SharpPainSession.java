package care.backcare.tracker.report;

import java.time.Instant;
import java.time.LocalDate;

/** A session during which the patient felt sharp pain; {@code notes} may be null. */
public record SharpPainSession(LocalDate date, Instant completedAt, String notes) {
}
