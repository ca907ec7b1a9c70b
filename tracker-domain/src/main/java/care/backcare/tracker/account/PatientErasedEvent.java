package care.backcare.tracker.account;

import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.UUID;

/**
 * The patient's account was closed and their data erased. It carries nothing personal, on purpose: it is the
 * one fact of an erased patient that stays readable (it is never encrypted), so that replays, rebuilds and the
 * aggregate know the patient is gone while every earlier event has become unreadable.
 */
@Revision("1")
public record PatientErasedEvent(UUID patientId, Instant erasedAt) {
}
