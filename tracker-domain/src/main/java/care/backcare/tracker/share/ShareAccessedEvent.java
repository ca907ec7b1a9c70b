package care.backcare.tracker.share;

import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.UUID;

/** Someone holding the share link looked at the patient's progress. */
@Revision("1")
public record ShareAccessedEvent(
        UUID patientId,
        UUID shareId,
        UUID accessId,
        SharedView view,
        String detail,
        Instant accessedAt) {
}
