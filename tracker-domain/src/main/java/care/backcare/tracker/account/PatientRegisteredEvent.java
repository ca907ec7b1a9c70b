package care.backcare.tracker.account;

import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;

/** A patient opened an account. The password never enters the event history. */
@Revision("1")
public record PatientRegisteredEvent(
        UUID patientId,
        String username,
        String displayName,
        ZoneId timeZone,
        Instant registeredAt) {
}
