package care.backcare.tracker.pain;

import care.backcare.tracker.body.BodyRegion;
import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Set;
import java.util.UUID;

/**
 * A patient rated their pain. {@code urgency} is the triage the patient was given at that moment
 * (null without red flags): a fact of the history, even if the triage rules change later.
 */
@Revision("1")
public record PainLoggedEvent(
        UUID patientId,
        UUID entryId,
        Instant recordedAt,
        ZoneId timeZone,
        int score,
        Set<BodyRegion> regions,
        Set<RedFlag> redFlags,
        Urgency urgency,
        String notes) {

    public PainContent content() {
        return new PainContent(recordedAt, score, regions, redFlags, notes);
    }
}
