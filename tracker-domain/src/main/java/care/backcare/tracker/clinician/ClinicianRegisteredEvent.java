package care.backcare.tracker.clinician;

import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;

/** A clinician opened an account. The password never enters the event history. */
@Revision("1")
public record ClinicianRegisteredEvent(
        UUID clinicianId,
        String username,
        String displayName,
        ZoneId timeZone,
        String profession,
        Instant registeredAt) {
}
