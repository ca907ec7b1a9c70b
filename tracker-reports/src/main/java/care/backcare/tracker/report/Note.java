package care.backcare.tracker.report;

import java.time.Instant;
import java.time.LocalDate;

/** Something the patient wrote with a session or a pain entry. */
public record Note(LocalDate date, Instant at, Kind kind, String text) {

    public enum Kind {
        SESSION,
        PAIN
    }
}
