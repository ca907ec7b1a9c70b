package care.backcare.tracker.trend;

import java.time.LocalDate;

/** A session as the statistics see it: its date on the patient's calendar and its length. */
public record SessionFact(LocalDate date, int minutes) {
}
