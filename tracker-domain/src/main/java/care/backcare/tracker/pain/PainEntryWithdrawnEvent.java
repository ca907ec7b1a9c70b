package care.backcare.tracker.pain;

import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.UUID;

/**
 * The patient withdrew a mistaken pain entry. It leaves every count and figure; a withdrawn red-flag entry
 * stays in the red-flag history clinicians and share links see, marked as withdrawn by the patient.
 */
@Revision("1")
public record PainEntryWithdrawnEvent(
        UUID patientId,
        UUID entryId,
        Instant withdrawnAt) {
}
