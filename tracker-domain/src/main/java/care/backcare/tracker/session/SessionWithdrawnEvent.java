package care.backcare.tracker.session;

import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.UUID;

/**
 * The patient withdrew a mistaken session. Nothing is rewritten: the session leaves every figure, list and
 * report from here on, and its id cannot be used again.
 */
@Revision("1")
public record SessionWithdrawnEvent(
        UUID patientId,
        UUID sessionId,
        Instant withdrawnAt) {
}
