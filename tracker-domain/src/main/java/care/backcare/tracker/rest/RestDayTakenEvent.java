package care.backcare.tracker.rest;

import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A patient took a rest day on {@code date} (a local date on their own calendar). A rest day on which no
 * session was logged is not a planned day and does not break a streak.
 */
@Revision("1")
public record RestDayTakenEvent(
        UUID patientId,
        LocalDate date,
        RestDayReason reason,
        String notes,
        Instant recordedAt) {
}
