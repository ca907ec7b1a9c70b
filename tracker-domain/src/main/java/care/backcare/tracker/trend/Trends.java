package care.backcare.tracker.trend;

import java.time.ZoneId;
import java.util.List;

/** The trend view of {@code GET /api/me/trends} and of the weekly report, figures rounded for display. */
public record Trends(
        ZoneId timeZone,
        List<WeekTrend> weeks,
        Correlation correlation,
        Correlation laggedCorrelation,
        PartialCorrelation timeAdjustedCorrelation,
        TrendSlope adherenceTrend,
        TrendSlope painTrend,
        NextDayPain nextDayPain,
        PainChange change) {
}
