package care.backcare.tracker.rest;

import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** The patient took back the rest day of {@code date}: from then on it is an ordinary day again. */
@Revision("1")
public record RestDayCancelledEvent(
        UUID patientId,
        LocalDate date,
        Instant cancelledAt) {
}
