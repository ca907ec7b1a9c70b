package care.backcare.tracker.clinician;

import java.time.Instant;
import java.util.UUID;

public record ClinicianMessage(UUID messageId, UUID clinicianId, String authorName, String text, Instant sentAt) {
}
