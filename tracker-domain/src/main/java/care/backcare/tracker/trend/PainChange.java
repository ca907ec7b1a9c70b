package care.backcare.tracker.trend;

import java.time.LocalDate;

/**
 * Mean daily pain over the first 14 days of pain entries (baseline) and over the latest 14 complete
 * days, already rounded to one decimal, the change between them and the verdict decided on those
 * rounded values. The dates are null only where a period has no start: baseline without any pain entry.
 */
public record PainChange(
        Double baselinePainMean,
        Double latestPainMean,
        Double delta,
        Double percent,
        boolean clinicallyMeaningful,
        ChangeVerdict verdict,
        LocalDate baselineFrom,
        LocalDate baselineTo,
        LocalDate latestFrom,
        LocalDate latestTo) {
}
