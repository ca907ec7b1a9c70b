package care.backcare.tracker.clinician;

import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;

/** A clinician's account as they and their patients see it. {@code role} is always "CLINICIAN", for the page. */
public record ClinicianProfile(UUID clinicianId, String username, String displayName, ZoneId timeZone,
                               String profession, Instant registeredAt, String role) {

    public ClinicianProfile(UUID clinicianId, String username, String displayName, ZoneId timeZone, String profession,
                            Instant registeredAt) {
        this(clinicianId, username, displayName, timeZone, profession, registeredAt, "CLINICIAN");
    }
}
