package care.backcare.tracker.api.report;

import care.backcare.tracker.account.FetchProfileQuery;
import care.backcare.tracker.account.PatientProfile;
import care.backcare.tracker.api.trend.TrendQueries;
import care.backcare.tracker.api.web.NotFoundException;
import care.backcare.tracker.health.FetchHealthProfileQuery;
import care.backcare.tracker.health.HealthProfile;
import care.backcare.tracker.health.RiskFactor;
import care.backcare.tracker.pain.FetchPainEntriesQuery;
import care.backcare.tracker.pain.FetchRedFlagHistoryQuery;
import care.backcare.tracker.pain.RedFlagRecord;
import care.backcare.tracker.pain.RedFlagTriage;
import care.backcare.tracker.pain.PainEntryView;
import care.backcare.tracker.report.DayRecord;
import care.backcare.tracker.report.Note;
import care.backcare.tracker.report.PlanInForce;
import care.backcare.tracker.report.RedFlagEntry;
import care.backcare.tracker.report.SharpPainSession;
import care.backcare.tracker.report.StretchWeek;
import care.backcare.tracker.report.WeeklyReport;
import care.backcare.tracker.routine.FetchRoutineQuery;
import care.backcare.tracker.routine.RoutineView;
import care.backcare.tracker.session.ExerciseEntry;
import care.backcare.tracker.session.FetchSessionsQuery;
import care.backcare.tracker.session.PainDuring;
import care.backcare.tracker.session.SessionView;
import care.backcare.tracker.session.Side;
import care.backcare.tracker.stretch.Stretch;
import care.backcare.tracker.stretch.StretchCatalog;
import care.backcare.tracker.trend.FetchTrendsQuery;
import care.backcare.tracker.trend.IsoWeek;
import care.backcare.tracker.trend.Trends;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IntSummaryStatistics;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Builds a weekly report from the read models. The trend figures come from the same query as
 * {@code GET /api/me/trends}, so the report and the API agree to the digit.
 */
@Component
public class WeeklyReportAssembler {

    /** How far back a streak of active days is followed. */
    static final int STREAK_LOOKBACK_DAYS = 400;
    static final int DAYS_SHOWN = 28;

    private final QueryGateway queries;
    private final Clock clock;
    private final TrendQueries trendQueries;

    WeeklyReportAssembler(QueryGateway queries, Clock clock, TrendQueries trendQueries) {
        this.queries = queries;
        this.clock = clock;
        this.trendQueries = trendQueries;
    }

    public WeeklyReport assemble(UUID patientId, IsoWeek week, int weeks) {
        PatientProfile profile = queries.query(new FetchProfileQuery(patientId),
                ResponseTypes.optionalInstanceOf(PatientProfile.class)).join()
                .orElseThrow(() -> new NotFoundException("This account no longer exists."));
        ZoneId zone = profile.timeZone();
        Trends trends = queries.query(new FetchTrendsQuery(patientId, week, weeks), ResponseTypes.instanceOf(Trends.class)).join();
        LocalDate windowStart = week.plusWeeks(1L - weeks).start();
        LocalDate weekEnd = week.end();
        LocalDate firstDayShown = weekEnd.minusDays(DAYS_SHOWN - 1);

        List<SessionView> sessions = queries.query(new FetchSessionsQuery(patientId,
                        weekEnd.minusDays(STREAK_LOOKBACK_DAYS), weekEnd),
                ResponseTypes.multipleInstancesOf(SessionView.class)).join();
        LocalDate painFrom = windowStart.isBefore(firstDayShown) ? windowStart : firstDayShown;
        List<PainEntryView> pain = queries.query(new FetchPainEntriesQuery(patientId, painFrom, weekEnd),
                ResponseTypes.multipleInstancesOf(PainEntryView.class)).join();
        RoutineView plan = queries.query(new FetchRoutineQuery(patientId, week.endExclusive(zone).toInstant()),
                ResponseTypes.instanceOf(RoutineView.class)).join();

        HealthProfile health = queries.query(new FetchHealthProfileQuery(patientId),
                ResponseTypes.instanceOf(HealthProfile.class)).join();
        List<RedFlagRecord> redFlags = queries.query(new FetchRedFlagHistoryQuery(patientId, windowStart, weekEnd),
                ResponseTypes.multipleInstancesOf(RedFlagRecord.class)).join();

        Set<LocalDate> restDates = trendQueries.restDates(patientId, weekEnd.minusDays(STREAK_LOOKBACK_DAYS), weekEnd);

        List<SessionView> windowSessions = within(sessions, windowStart, weekEnd, SessionView::date);
        List<SessionView> weekSessions = within(sessions, week.start(), weekEnd, SessionView::date);
        return new WeeklyReport(profile.displayName(), zone, week, clock.instant(), trends,
                new PlanInForce(plan.plan().stretches(), plan.plan().minutesPerDay(), plan.plan().daysPerWeek(),
                        plan.plannedAt() == null),
                streak(sessions, restDates, weekEnd, LocalDate.now(clock.withZone(zone))),
                redFlagEntries(redFlags, health.riskFactors()),
                windowSessions.stream().filter(session -> session.painDuring() == PainDuring.SHARP)
                        .map(session -> new SharpPainSession(session.date(), session.completedAt(), session.notes()))
                        .toList(),
                days(sessions, pain, restDates, firstDayShown, weekEnd),
                stretches(weekSessions, plan.plan().stretches()),
                notes(weekSessions, within(pain, week.start(), weekEnd, PainEntryView::date)),
                null, health.riskFactors());
    }

    /** What the patient wrote on local dates {@code from} to {@code to}, oldest first (the overview's whole window). */
    public List<Note> notesBetween(UUID patientId, LocalDate from, LocalDate to) {
        List<SessionView> sessions = queries.query(new FetchSessionsQuery(patientId, from, to),
                ResponseTypes.multipleInstancesOf(SessionView.class)).join();
        List<PainEntryView> pain = queries.query(new FetchPainEntriesQuery(patientId, from, to),
                ResponseTypes.multipleInstancesOf(PainEntryView.class)).join();
        return notes(sessions, pain);
    }

    /** Every red-flag entry of the window, withdrawn ones included (marked), at its level under the current policy. */
    static List<RedFlagEntry> redFlagEntries(List<RedFlagRecord> records, Set<RiskFactor> riskFactors) {
        return records.stream()
                .map(entry -> new RedFlagEntry(entry.date(), entry.recordedAt(), entry.score(), entry.redFlags(),
                        entry.urgencyGiven(), RedFlagTriage.levelOf(entry.redFlags(), riskFactors).orElseThrow(),
                        entry.regions(), entry.notes(), entry.withdrawnAt()))
                .toList();
    }

    private static <T> List<T> within(List<T> entries, LocalDate from, LocalDate to,
                                      java.util.function.Function<T, LocalDate> date) {
        return entries.stream().filter(entry -> !date.apply(entry).isBefore(from) && !date.apply(entry).isAfter(to))
                .toList();
    }

    /**
     * Consecutive active days up to the week's last day; for the current week up to today, and a day
     * not yet over does not break the streak when yesterday was active.
     */
    static int streak(List<SessionView> sessions, LocalDate weekEnd, LocalDate today) {
        return streak(sessions, Set.of(), weekEnd, today);
    }

    /**
     * v1.1: a rest day without a session neither adds to the streak nor breaks it (resting when the back flares
     * is what the guide advises), so the streak counts active days back to the last day that was neither.
     */
    static int streak(List<SessionView> sessions, Set<LocalDate> restDays, LocalDate weekEnd, LocalDate today) {
        Set<LocalDate> active = sessions.stream().map(SessionView::date).collect(Collectors.toCollection(TreeSet::new));
        LocalDate day = weekEnd.isAfter(today) ? today : weekEnd;
        if (!active.contains(day) && day.equals(today)) {
            day = day.minusDays(1);
        }
        int streak = 0;
        LocalDate stop = day.minusDays(STREAK_LOOKBACK_DAYS);
        while (day.isAfter(stop) && (active.contains(day) || restDays.contains(day))) {
            if (active.contains(day)) {
                streak++;
            }
            day = day.minusDays(1);
        }
        return streak;
    }

    static List<DayRecord> days(List<SessionView> sessions, List<PainEntryView> pain, Set<LocalDate> restDates,
                                LocalDate from, LocalDate to) {
        Map<LocalDate, List<SessionView>> sessionsByDay = sessions.stream()
                .collect(Collectors.groupingBy(SessionView::date));
        Map<LocalDate, IntSummaryStatistics> painByDay = pain.stream()
                .collect(Collectors.groupingBy(PainEntryView::date, Collectors.summarizingInt(PainEntryView::score)));
        List<DayRecord> days = new ArrayList<>();
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            List<SessionView> daySessions = sessionsByDay.getOrDefault(day, List.of());
            IntSummaryStatistics scores = painByDay.get(day);
            days.add(new DayRecord(day, daySessions.size(),
                    daySessions.stream().mapToInt(SessionView::durationMinutes).sum(),
                    scores == null ? 0 : (int) scores.getCount(),
                    scores == null ? null : scores.getAverage(),
                    scores == null ? null : scores.getMin(),
                    scores == null ? null : scores.getMax(),
                    daySessions.isEmpty() && restDates.contains(day)));
        }
        return days;
    }

    /** Planned stretches first, in the plan's order, then any others done, in the catalog's order. */
    static List<StretchWeek> stretches(List<SessionView> weekSessions, List<String> planned) {
        Map<String, List<ExerciseEntry>> byStretch = weekSessions.stream().flatMap(session -> session.exercises().stream())
                .collect(Collectors.groupingBy(ExerciseEntry::stretch));
        Map<String, StretchWeek> rows = new LinkedHashMap<>();
        for (String id : planned) {
            rows.put(id, row(id, true, byStretch.getOrDefault(id, List.of())));
        }
        for (Stretch stretch : StretchCatalog.all()) {
            if (!rows.containsKey(stretch.id()) && byStretch.containsKey(stretch.id())) {
                rows.put(stretch.id(), row(stretch.id(), false, byStretch.get(stretch.id())));
            }
        }
        return List.copyOf(rows.values());
    }

    private static StretchWeek row(String id, boolean inPlan, List<ExerciseEntry> done) {
        Stretch stretch = StretchCatalog.find(id).orElseThrow();
        return new StretchWeek(id, stretch.name(), stretch.perSide(), inPlan, done.size(),
                done.stream().mapToInt(ExerciseEntry::reps).sum(),
                holdSeconds(done, null),
                (int) done.stream().filter(entry -> entry.side() == Side.LEFT).count(),
                (int) done.stream().filter(entry -> entry.side() == Side.RIGHT).count(),
                (int) done.stream().filter(entry -> entry.side() == Side.BOTH).count(),
                holdSeconds(done, Side.LEFT),
                holdSeconds(done, Side.RIGHT));
    }

    /** Hold x reps over the entries done on {@code side}, or over all of them when {@code side} is null. */
    private static int holdSeconds(List<ExerciseEntry> done, Side side) {
        return done.stream().filter(entry -> side == null || entry.side() == side)
                .mapToInt(entry -> entry.holdSeconds() * entry.reps()).sum();
    }

    static List<Note> notes(List<SessionView> weekSessions, List<PainEntryView> weekPain) {
        List<Note> notes = new ArrayList<>();
        weekSessions.stream().filter(session -> session.notes() != null)
                .forEach(session -> notes.add(new Note(session.date(), session.completedAt(), Note.Kind.SESSION, session.notes())));
        weekPain.stream().filter(entry -> entry.notes() != null)
                .forEach(entry -> notes.add(new Note(entry.date(), entry.recordedAt(), Note.Kind.PAIN, entry.notes())));
        notes.sort(Comparator.comparing(Note::at));
        return notes;
    }
}
