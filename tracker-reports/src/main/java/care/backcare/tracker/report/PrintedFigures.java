package care.backcare.tracker.report;

import care.backcare.tracker.trend.Correlation;
import care.backcare.tracker.trend.PainChange;
import care.backcare.tracker.trend.WeekTrend;

import java.util.List;

/**
 * The report's trend figures as the PDF prints them, through the very code its sections use: for a
 * caller that checks a rendered report against the trends it was built from, figure by figure.
 */
public final class PrintedFigures {

    private PrintedFigures() {
    }

    /** One row of the week-by-week table, cell by cell: week, start, sessions, active days, ... red flags. */
    public static List<String> weekRow(WeekTrend week) {
        return WeekTableSection.cells(week);
    }

    /** A correlation beside the scatter chart: "ρ = -0.620 (n = 11)", or why there is no ρ. */
    public static String correlation(Correlation correlation) {
        return AssociationCaption.figures(correlation);
    }

    /** A mean pain, one decimal: "6.5"; "–" when there is none. */
    public static String mean(Double value) {
        return Formats.oneDecimal(value);
    }

    /** A change in points with its sign: "-3.1 points", "+1.0 point". */
    public static String points(Double delta) {
        return SummarySection.points(delta);
    }

    /** A signed figure with one decimal, as the percent of baseline is printed: "-45.7", "+12.0". */
    public static String signed(Double value) {
        return Formats.signed(value);
    }

    /** The words of the change's verdict: "Meets the usual threshold for a meaningful improvement ...". */
    public static String verdict(PainChange change) {
        return SummarySection.verdict(change);
    }

    /** Dates for people: "Mon 23 – Sun 29 Nov". */
    public static String dates(java.time.LocalDate from, java.time.LocalDate to) {
        return Formats.dateRange(from, to);
    }

    /** The lines of "How pain and consistency moved", in order: pain, consistency, association, next-day pain. */
    public static List<String> movement(care.backcare.tracker.trend.Trends trends) {
        return List.of(MovementSection.painTrend(trends.painTrend()),
                MovementSection.adherenceTrend(trends.adherenceTrend()),
                MovementSection.timeAdjusted(trends.timeAdjustedCorrelation()),
                MovementSection.nextDayPain(trends.nextDayPain()));
    }
}
