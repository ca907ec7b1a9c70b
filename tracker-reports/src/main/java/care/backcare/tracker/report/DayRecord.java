package care.backcare.tracker.report;

import java.time.LocalDate;

/**
 * One day of the patient's calendar: its sessions and pain entries (mean, min and max null without entries),
 * and whether it was a rest day without a session (a rest day with a session is an active day).
 */
public record DayRecord(LocalDate date, int sessions, int minutes, int painEntries, Double painMean, Integer painMin,
                        Integer painMax, boolean restDay) {

    /** A day that was not marked as a rest day. */
    public DayRecord(LocalDate date, int sessions, int minutes, int painEntries, Double painMean, Integer painMin,
                     Integer painMax) {
        this(date, sessions, minutes, painEntries, painMean, painMin, painMax, false);
    }
}
