package care.backcare.tracker.pain;

import care.backcare.tracker.body.BodyRegion;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/**
 * A pain entry with red flags as the red-flag history shows it: {@code urgencyGiven} is what the patient was
 * told then; {@code withdrawnAt} is set when the patient withdrew the entry (it then leaves every count, but
 * stays in this history, marked).
 */
public record RedFlagRecord(
        UUID entryId,
        Instant recordedAt,
        LocalDate date,
        int score,
        Set<BodyRegion> regions,
        Set<RedFlag> redFlags,
        Urgency urgencyGiven,
        String notes,
        Instant withdrawnAt) {

    public boolean withdrawn() {
        return withdrawnAt != null;
    }
}
