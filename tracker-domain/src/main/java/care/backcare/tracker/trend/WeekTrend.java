package care.backcare.tracker.trend;

import java.time.LocalDate;

/**
 * One week of the trend as the contract shows it, rounded for display. Adherence is null in a week with
 * no tracked day or no planned day; a week in progress is shown but takes part in no statistic.
 */
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
        int redFlags,
        boolean inProgress,
        int trackedDays,
        double plannedDays,
        int restDays,
        int ratedDays,
        LocalDate end) {
}
