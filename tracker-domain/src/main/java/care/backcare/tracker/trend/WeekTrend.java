package care.backcare.tracker.trend;

import java.time.LocalDate;

/** One week of the trend as the contract shows it; adherence is null in weeks before tracking began. */
public record WeekTrend(
        String week,
        LocalDate start,
        int sessions,
        int activeDays,
        int minutes,
        Double adherence,
        Double painMean,
        Integer painMin,
        Integer painMax,
        int painEntries,
        int redFlags) {
}
