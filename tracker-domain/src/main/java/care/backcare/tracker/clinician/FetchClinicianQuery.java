package care.backcare.tracker.clinician;

import java.util.UUID;

/** Who a clinician is; answered with an optional {@link ClinicianProfile}. */
public record FetchClinicianQuery(UUID clinicianId) {
}
