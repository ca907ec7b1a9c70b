package care.backcare.tracker.clinician;

import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.UUID;

/**
 * A clinician saw the patient's alerts (red flags, sharp pain) recorded up to {@code through}; the patient's page
 * says "seen by {@code clinicianName}" beside them. The name is kept as it was then.
 */
@Revision("1")
public record AlertsAcknowledgedEvent(
        UUID patientId,
        UUID clinicianId,
        String clinicianName,
        Instant through,
        String note,
        Instant acknowledgedAt) {
}
