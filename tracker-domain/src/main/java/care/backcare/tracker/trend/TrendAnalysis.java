package care.backcare.tracker.trend;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Every trend figure of the contract (api.md, Trends, v1.1), computed in one place for the API, the
 * weekly report, the web pages and the clinician's caseload. Means and ratios are computed exactly from
 * the integer entries ({@link Ratio}) and become doubles only to be correlated or shown; rounding is for
 * display ({@link Figures}), except for the change, whose means are rounded before anything else.
 */
public final class TrendAnalysis {

    /** The 95 % normal quantile of the interval. */
    static final double Z_95 = 1.96;

    private TrendAnalysis() {
    }

    public static Trends analyse(TrendWindow window, TrendHistory history) {
        DiaryDays days = new DiaryDays(history);
        Optional<LocalDate> trackingStart = history.trackingStart();
        int size = window.weeks();
        Ratio[] adherence = new Ratio[size];
        Ratio[] painMean = new Ratio[size];
        boolean[] statistic = new boolean[size];
        LocalDate inProgressStart = null;
        List<WeekTrend> weeks = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            IsoWeek week = window.firstWeek().plusWeeks(i);
            LocalDate start = week.start();
            LocalDate end = week.end();
            boolean inProgress = !window.today().isBefore(start) && !window.today().isAfter(end);
            if (inProgress) {
                inProgressStart = start;
            }
            int sessions = 0;
            int minutes = 0;
            int activeDays = 0;
            int trackedDays = 0;
            int restDays = 0;
            int ratedDays = 0;
            int painEntries = 0;
            int painMin = Integer.MAX_VALUE;
            int painMax = Integer.MIN_VALUE;
            int redFlags = 0;
            long plannedDaysPerWeek = 0;
            Ratio painSum = Ratio.ZERO;
            for (LocalDate date = start; !date.isAfter(end); date = date.plusDays(1)) {
                DiaryDays.Day day = days.on(date);
                sessions += day.sessions;
                minutes += day.minutes;
                activeDays += day.active() ? 1 : 0;
                painEntries += day.painEntries;
                redFlags += day.redFlagEntries;
                if (day.rated()) {
                    ratedDays++;
                    painSum = painSum.plus(day.dailyPain());
                    painMin = Math.min(painMin, day.painMin);
                    painMax = Math.max(painMax, day.painMax);
                }
                if (tracked(date, trackingStart, window.today())) {
                    trackedDays++;
                    if (day.restOnly()) {
                        restDays++;
                    } else {
                        plannedDaysPerWeek += history.plans().daysPerWeekOn(date, window.zone());
                    }
                }
            }
            Ratio planned = Ratio.of(plannedDaysPerWeek, 7);
            adherence[i] = trackedDays > 0 && plannedDaysPerWeek > 0
                    ? Ratio.of(activeDays * 7L, plannedDaysPerWeek).min(Ratio.ONE) : null;
            painMean[i] = ratedDays > 0 ? painSum.dividedBy(ratedDays) : null;
            statistic[i] = trackedDays > 0 && !inProgress;
            weeks.add(new WeekTrend(week.toString(), start, sessions, activeDays, minutes,
                    Figures.ratio(toDouble(adherence[i])), Figures.mean(toDouble(painMean[i])),
                    painEntries > 0 ? painMin : null, painEntries > 0 ? painMax : null, painEntries, redFlags,
                    inProgress, trackedDays, Figures.mean(planned.toDouble()), restDays, ratedDays, end));
        }
        Ratio[] statAdherence = onlyStatistics(adherence, statistic);
        Ratio[] statPain = onlyStatistics(painMean, statistic);
        LocalDate nextDayEnd = inProgressStart != null ? inProgressStart.minusDays(1) : window.lastDate();
        return new Trends(window.zone(), List.copyOf(weeks),
                correlate(statAdherence, statPain, 0),
                correlate(statAdherence, statPain, 1),
                partial(statAdherence, statPain),
                theilSen(statAdherence, 3),
                theilSen(statPain, 2),
                nextDayPain(days, trackingStart.map(first -> first.isAfter(window.firstDate()) ? first : window.firstDate()),
                        nextDayEnd),
                change(days, history.firstPainDate(), window.lastCompleteDate()));
    }

    /**
     * The caseload's figures over the last 14 complete days before {@code today} (computed like a week's:
     * active days against the planned days of the tracked dates that are not rest days, and the mean daily
     * pain of the rated dates), and the change as the patient's own trends show it today.
     */
    public static RecentFigures recent(java.time.ZoneId zone, LocalDate today, TrendHistory history) {
        DiaryDays days = new DiaryDays(history);
        int active = 0;
        long plannedDaysPerWeek = 0;
        int rated = 0;
        Ratio painSum = Ratio.ZERO;
        for (LocalDate date = today.minusDays(TrendWindow.PERIOD_DAYS); date.isBefore(today); date = date.plusDays(1)) {
            DiaryDays.Day day = days.on(date);
            if (day.rated()) {
                rated++;
                painSum = painSum.plus(day.dailyPain());
            }
            if (tracked(date, history.trackingStart(), today)) {
                active += day.active() ? 1 : 0;
                plannedDaysPerWeek += day.restOnly() ? 0 : history.plans().daysPerWeekOn(date, zone);
            }
        }
        Double adherence = plannedDaysPerWeek == 0 ? null
                : Figures.ratio(Ratio.of(active * 7L, plannedDaysPerWeek).min(Ratio.ONE).toDouble());
        Double pain = rated == 0 ? null : Figures.mean(painSum.dividedBy(rated).toDouble());
        return new RecentFigures(adherence, pain, change(days, history.firstPainDate(), today.minusDays(1)));
    }

    private static boolean tracked(LocalDate date, Optional<LocalDate> trackingStart, LocalDate today) {
        return trackingStart.isPresent() && !date.isBefore(trackingStart.get()) && !date.isAfter(today);
    }

    private static Ratio[] onlyStatistics(Ratio[] values, boolean[] statistic) {
        Ratio[] kept = new Ratio[values.length];
        for (int i = 0; i < values.length; i++) {
            kept[i] = statistic[i] ? values[i] : null;
        }
        return kept;
    }

    private static Double toDouble(Ratio value) {
        return value == null ? null : value.toDouble();
    }

    /** The window positions i (0 = oldest) where adherence of week i and pain of week i + lag are both known. */
    private static List<Integer> paired(Ratio[] adherence, Ratio[] painMean, int lag) {
        List<Integer> positions = new ArrayList<>();
        for (int i = 0; i + lag < adherence.length; i++) {
            if (adherence[i] != null && painMean[i + lag] != null) {
                positions.add(i);
            }
        }
        return positions;
    }

    static Correlation correlate(Ratio[] adherence, Ratio[] painMean, int lag) {
        List<Integer> positions = paired(adherence, painMean, lag);
        int n = positions.size();
        boolean sufficient = n >= Correlation.MIN_PAIRS;
        Double rho = null;
        if (sufficient) {
            OptionalDouble value = Spearman.rho(values(adherence, positions, 0), values(painMean, positions, lag));
            rho = value.isPresent() ? Figures.ratio(value.getAsDouble()) : null;
        }
        return new Correlation(Correlation.SPEARMAN, lag, rho, n, sufficient);
    }

    /** Partial Spearman of adherence and pain given the week's position t, with Fisher's z interval. */
    static PartialCorrelation partial(Ratio[] adherence, Ratio[] painMean) {
        List<Integer> positions = paired(adherence, painMean, 0);
        int n = positions.size();
        boolean sufficient = n >= PartialCorrelation.MIN_WEEKS;
        PartialCorrelation none = new PartialCorrelation(PartialCorrelation.PARTIAL_SPEARMAN, PartialCorrelation.WEEK,
                null, null, null, n, sufficient);
        if (!sufficient) {
            return none;
        }
        double[] a = values(adherence, positions, 0);
        double[] p = values(painMean, positions, 0);
        double[] t = positions.stream().mapToDouble(Integer::doubleValue).toArray();
        OptionalDouble rAp = Spearman.rho(a, p);
        OptionalDouble rAt = Spearman.rho(a, t);
        OptionalDouble rPt = Spearman.rho(p, t);
        if (rAp.isEmpty() || rAt.isEmpty() || rPt.isEmpty()
                || Math.abs(rAt.getAsDouble()) == 1 || Math.abs(rPt.getAsDouble()) == 1) {
            return none;
        }
        double rho = partialRho(rAp.getAsDouble(), rAt.getAsDouble(), rPt.getAsDouble());
        Double ciLow = null;
        Double ciHigh = null;
        if (Math.abs(rho) < 1) {
            double[] interval = fisherInterval(rho, n);
            ciLow = Figures.ratio(interval[0]);
            ciHigh = Figures.ratio(interval[1]);
        }
        return new PartialCorrelation(PartialCorrelation.PARTIAL_SPEARMAN, PartialCorrelation.WEEK,
                Figures.ratio(rho), ciLow, ciHigh, n, true);
    }

    /** (r_ap − r_at·r_pt) / √((1 − r_at²)(1 − r_pt²)). */
    static double partialRho(double rAp, double rAt, double rPt) {
        return (rAp - rAt * rPt) / Math.sqrt((1 - rAt * rAt) * (1 - rPt * rPt));
    }

    /** tanh(atanh(rho) ∓ 1.96·se), se = √((1 + rho²/2) / (n − 4)) (Bonett and Wright's for Spearman). */
    static double[] fisherInterval(double rho, int n) {
        double z = 0.5 * Math.log((1 + rho) / (1 - rho));
        double se = Math.sqrt((1 + rho * rho / 2) / (n - 4));
        return new double[]{Math.tanh(z - Z_95 * se), Math.tanh(z + Z_95 * se)};
    }

    /** The median of the pairwise slopes against the week's position, exact, over the weeks with a value. */
    static TrendSlope theilSen(Ratio[] series, int decimals) {
        List<Integer> positions = new ArrayList<>();
        for (int i = 0; i < series.length; i++) {
            if (series[i] != null) {
                positions.add(i);
            }
        }
        int n = positions.size();
        if (n < TrendSlope.MIN_WEEKS) {
            return new TrendSlope(null, n, false);
        }
        List<Ratio> slopes = new ArrayList<>(n * (n - 1) / 2);
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                int ti = positions.get(i);
                int tj = positions.get(j);
                slopes.add(series[tj].minus(series[ti]).dividedBy(tj - ti));
            }
        }
        slopes.sort(Comparator.naturalOrder());
        int middle = slopes.size() / 2;
        Ratio median = slopes.size() % 2 == 1 ? slopes.get(middle)
                : slopes.get(middle - 1).plus(slopes.get(middle)).dividedBy(2);
        double slope = median.toDouble();
        return new TrendSlope(decimals == 2 ? Figures.painSlope(slope) : Figures.ratio(slope), n, true);
    }

    /**
     * Over the dates d from {@code from} to {@code to} whose next date is rated and within the range: mean
     * daily pain of d + 1 after a date with a session, and after a date without one.
     */
    static NextDayPain nextDayPain(DiaryDays days, Optional<LocalDate> from, LocalDate to) {
        int afterSession = 0;
        int afterOther = 0;
        Ratio sumAfterSession = Ratio.ZERO;
        Ratio sumAfterOther = Ratio.ZERO;
        if (from.isPresent()) {
            for (LocalDate date = from.get(); date.isBefore(to); date = date.plusDays(1)) {
                DiaryDays.Day next = days.on(date.plusDays(1));
                if (!next.rated()) {
                    continue;
                }
                if (days.on(date).active()) {
                    afterSession++;
                    sumAfterSession = sumAfterSession.plus(next.dailyPain());
                } else {
                    afterOther++;
                    sumAfterOther = sumAfterOther.plus(next.dailyPain());
                }
            }
        }
        Ratio meanAfterSession = afterSession == 0 ? null : sumAfterSession.dividedBy(afterSession);
        Ratio meanAfterOther = afterOther == 0 ? null : sumAfterOther.dividedBy(afterOther);
        Double difference = meanAfterSession == null || meanAfterOther == null ? null
                : Figures.mean(meanAfterSession.minus(meanAfterOther).toDouble());
        return new NextDayPain(afterSession, Figures.mean(toDouble(meanAfterSession)), afterOther,
                Figures.mean(toDouble(meanAfterOther)), difference,
                afterSession >= NextDayPain.MIN_DAYS && afterOther >= NextDayPain.MIN_DAYS);
    }

    /**
     * The first 14 days from the first pain entry against the 14 days ending with {@code lastComplete}: each
     * mean rounded to one decimal first, then the delta, percent and verdict on those rounded values.
     */
    static PainChange change(DiaryDays days, Optional<LocalDate> firstPainDate, LocalDate lastComplete) {
        LocalDate latestFrom = lastComplete.minusDays(TrendWindow.PERIOD_DAYS - 1L);
        LocalDate baselineFrom = firstPainDate.orElse(null);
        LocalDate baselineTo = baselineFrom == null ? null : baselineFrom.plusDays(TrendWindow.PERIOD_DAYS - 1L);
        BigDecimal baseline = baselineFrom == null ? null : periodMean(days, baselineFrom, baselineTo);
        BigDecimal latest = periodMean(days, latestFrom, lastComplete);
        boolean overlap = baselineFrom != null && !baselineFrom.isAfter(lastComplete) && !latestFrom.isAfter(baselineTo);
        if (baseline == null || latest == null || overlap) {
            return new PainChange(null, null, null, null, false, ChangeVerdict.NOT_ENOUGH_DATA,
                    baselineFrom, baselineTo, latestFrom, lastComplete);
        }
        BigDecimal delta = MeaningfulChange.delta(baseline, latest);
        BigDecimal percent = MeaningfulChange.percent(delta, baseline);
        ChangeVerdict verdict = MeaningfulChange.verdict(baseline, delta, percent);
        return new PainChange(shown(baseline), shown(latest), shown(delta), percent == null ? null : shown(percent),
                verdict.meaningful(), verdict, baselineFrom, baselineTo, latestFrom, lastComplete);
    }

    /** The period's mean daily pain rounded to one decimal, or null with fewer than 4 rated dates. */
    private static BigDecimal periodMean(DiaryDays days, LocalDate from, LocalDate to) {
        int rated = 0;
        Ratio sum = Ratio.ZERO;
        for (LocalDate date = from; !date.isAfter(to); date = date.plusDays(1)) {
            DiaryDays.Day day = days.on(date);
            if (day.rated()) {
                rated++;
                sum = sum.plus(day.dailyPain());
            }
        }
        return rated < MIN_RATED_DAYS ? null : Figures.decimal(sum.dividedBy(rated).toDouble(), 1);
    }

    /** A period needs this many rated dates for its mean to count. */
    static final int MIN_RATED_DAYS = 4;

    private static Double shown(BigDecimal value) {
        double shown = value.doubleValue();
        return shown == 0 ? 0.0 : shown;
    }

    private static double[] values(Ratio[] series, List<Integer> positions, int lag) {
        return positions.stream().mapToDouble(i -> series[i + lag].toDouble()).toArray();
    }

}
