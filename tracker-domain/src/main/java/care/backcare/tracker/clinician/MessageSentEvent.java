package care.backcare.tracker.clinician;

import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.UUID;

@Revision("1")
public record MessageSentEvent(
        UUID patientId,
        UUID messageId,
        UUID clinicianId,
        String authorName,
        String text,
        Instant sentAt) {
}
