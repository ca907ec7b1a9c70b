package care.backcare.tracker.report;

import care.backcare.tracker.body.BodyRegion;
import care.backcare.tracker.pain.RedFlag;
import care.backcare.tracker.pain.RedFlagTriage;
import care.backcare.tracker.pain.TriageLevel;
import care.backcare.tracker.pain.Urgency;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

/**
 * A pain entry with red flags, for the physiotherapist: when, how much it hurt, where, which flags, the patient's
 * note, the triage given at the time ({@code urgency}) and its level under the current policy ({@code level}).
 * {@code withdrawnAt} is set when the patient withdrew the entry: it is still listed, marked, but counted nowhere.
 */
public record RedFlagEntry(
        LocalDate date,
        Instant recordedAt,
        int score,
        Set<RedFlag> flags,
        Urgency urgency,
        TriageLevel level,
        Set<BodyRegion> regions,
        String notes,
        Instant withdrawnAt) {

    public RedFlagEntry {
        flags = Set.copyOf(flags);
        regions = regions == null ? Set.of() : Set.copyOf(regions);
        if (level == null) {
            level = RedFlagTriage.levelOf(flags, Set.of()).orElse(TriageLevel.SOON);
        }
    }

    /** An entry without regions, note or health profile (v1's shape): its level is the table's. */
    public RedFlagEntry(LocalDate date, Instant recordedAt, int score, Set<RedFlag> flags, Urgency urgency) {
        this(date, recordedAt, score, flags, urgency, null, Set.of(), null, null);
    }

    public boolean withdrawn() {
        return withdrawnAt != null;
    }
}
