package care.backcare.tracker.report;

import java.time.LocalDate;

/** One day of the patient's calendar: its sessions and pain entries (mean, min and max null without entries). */
public record DayRecord(LocalDate date, int sessions, int minutes, int painEntries, Double painMean, Integer painMin,
                        Integer painMax) {
}
