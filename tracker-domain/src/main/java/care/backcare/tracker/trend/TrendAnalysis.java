package care.backcare.tracker.trend;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Every trend figure of the contract, computed once for the API and the weekly report: adherence
 * against the plan in force, weekly pain, Spearman's rho in the same and the next week, and the
 * change from baseline. Weeks before the first entry are not tracked and take no part.
 */
public final class TrendAnalysis {

    private TrendAnalysis() {
    }

    /**
     * @param lastWeek       the window's last week (the current one for the API)
     * @param weekCount      how many weeks the window holds, ending with {@code lastWeek}
     * @param firstEntryDate the local date of the patient's earliest session or pain entry, if any
     * @param activity       the projection's tallies; weeks absent from the map had no entries
     */
    public static Trends analyse(ZoneId zone, IsoWeek lastWeek, int weekCount, Optional<LocalDate> firstEntryDate,
                                 PlanTimeline plans, Map<IsoWeek, WeekActivity> activity) {
        if (weekCount < 1) {
            throw new IllegalArgumentException("a trend window holds at least one week");
        }
        IsoWeek firstTracked = firstEntryDate.map(IsoWeek::of).orElse(null);
        int size = weekCount;
        Double[] adherence = new Double[size];
        Double[] painMean = new Double[size];
        List<WeekTrend> weeks = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            IsoWeek week = lastWeek.plusWeeks(i - (size - 1L));
            WeekActivity tally = activity.getOrDefault(week, WeekActivity.NONE);
            boolean tracked = firstTracked != null && week.compareTo(firstTracked) >= 0;
            adherence[i] = tracked ? adherence(tally.activeDays(), plans.daysPerWeekIn(week, zone)) : null;
            painMean[i] = tally.painEntries() > 0 ? (double) tally.painScoreSum() / tally.painEntries() : null;
            weeks.add(new WeekTrend(week.toString(), week.start(), tally.sessions(), tally.activeDays(),
                    tally.minutes(), Figures.ratio(adherence[i]), Figures.mean(painMean[i]),
                    tally.painEntries() > 0 ? tally.painMin() : null,
                    tally.painEntries() > 0 ? tally.painMax() : null,
                    tally.painEntries(), tally.redFlagEntries()));
        }
        return new Trends(zone, List.copyOf(weeks), correlate(adherence, painMean, 0),
                correlate(adherence, painMean, 1), change(painMean));
    }

    /** min(1, active days / planned days). */
    public static double adherence(int activeDays, int plannedDaysPerWeek) {
        return Math.min(1.0, (double) activeDays / plannedDaysPerWeek);
    }

    /** Adherence of week w against mean pain of week w + lag, over the weeks where both are known. */
    static Correlation correlate(Double[] adherence, Double[] painMean, int lag) {
        List<double[]> pairs = new ArrayList<>();
        for (int i = 0; i + lag < adherence.length; i++) {
            if (adherence[i] != null && painMean[i + lag] != null) {
                pairs.add(new double[]{adherence[i], painMean[i + lag]});
            }
        }
        int n = pairs.size();
        boolean sufficient = n >= Correlation.MIN_PAIRS;
        Double rho = null;
        if (sufficient) {
            OptionalDouble value = Spearman.rho(
                    pairs.stream().mapToDouble(pair -> pair[0]).toArray(),
                    pairs.stream().mapToDouble(pair -> pair[1]).toArray());
            rho = value.isPresent() ? Figures.ratio(value.getAsDouble()) : null;
        }
        return new Correlation(Correlation.SPEARMAN, lag, rho, n, sufficient);
    }

    static PainChange change(Double[] painMean) {
        Double baseline = null;
        Double latest = null;
        for (Double mean : painMean) {
            if (mean != null) {
                baseline = baseline == null ? mean : baseline;
                latest = mean;
            }
        }
        if (baseline == null) {
            return PainChange.NO_DATA;
        }
        PainChange raw = MeaningfulChange.between(baseline, latest);
        return new PainChange(Figures.mean(raw.baselinePainMean()), Figures.mean(raw.latestPainMean()),
                Figures.mean(raw.delta()), Figures.mean(raw.percent()), raw.clinicallyMeaningful());
    }
}
