package care.backcare.tracker.report;

import care.backcare.tracker.pain.RedFlag;
import care.backcare.tracker.pain.Urgency;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

/** A pain entry with red flags: when, how much it hurt, which flags, and the triage given at the time. */
public record RedFlagEntry(LocalDate date, Instant recordedAt, int score, Set<RedFlag> flags, Urgency urgency) {

    public RedFlagEntry {
        flags = Set.copyOf(flags);
    }
}
