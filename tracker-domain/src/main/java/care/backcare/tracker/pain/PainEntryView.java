package care.backcare.tracker.pain;

import care.backcare.tracker.body.BodyRegion;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

public record PainEntryView(
        UUID entryId,
        Instant recordedAt,
        LocalDate date,
        int score,
        Set<BodyRegion> regions,
        Set<RedFlag> redFlags,
        Urgency urgency,
        String notes) {
}
