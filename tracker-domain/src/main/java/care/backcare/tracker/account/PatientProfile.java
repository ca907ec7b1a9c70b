package care.backcare.tracker.account;

import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;

public record PatientProfile(UUID patientId, String username, String displayName, ZoneId timeZone, Instant createdAt) {
}
