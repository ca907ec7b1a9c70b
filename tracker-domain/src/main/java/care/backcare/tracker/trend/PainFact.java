package care.backcare.tracker.trend;

import java.time.LocalDate;

/** A pain entry as the statistics see it: its date on the patient's calendar, its score and whether it had a flag. */
public record PainFact(LocalDate date, int score, boolean redFlag) {
}
