package care.backcare.tracker.report;

import care.backcare.tracker.health.RiskFactor;
import care.backcare.tracker.pain.RedFlagHistory;
import care.backcare.tracker.pain.RedFlagSummary;
import care.backcare.tracker.trend.IsoWeek;
import care.backcare.tracker.trend.Trends;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

/**
 * Everything a weekly report shows, as plain values: built by tracker-api from its read models,
 * or by hand in a test. The trend figures are the domain's {@link Trends} for the window ending with
 * {@code week}: the very object {@code GET /api/me/trends} serializes, so report and API agree to the
 * digit.
 *
 * @param patientName  the patient's display name
 * @param timeZone     the patient's zone; weeks and dates are on that calendar
 * @param week         the report's ISO week, the last week of {@code trends}
 * @param generatedAt  when the report was made
 * @param trends       the trend window (4 to 52 weeks) ending with {@code week}
 * @param plan         the routine plan in force at the end of the week
 * @param streakDays   consecutive active days up to the end of the week (or up to today, for the current week)
 * @param redFlags     pain entries of the window that carry red flags, withdrawn ones included (marked), most
 *                     urgent level first, then newest first ({@link RedFlagHistory#ordered})
 * @param redFlagSummary per flag: level, count, first and last seen, new this week (withdrawn entries not counted)
 * @param riskFactors  the patient's health profile, shown in the header
 * @param sharpPain    sessions of the window during which the patient felt sharp pain, oldest first
 * @param days         the last 28 days of the window (ending with the week's Sunday), oldest first, one per day
 * @param stretches    per stretch for the week: what was done, and the planned stretches that were skipped
 * @param notes        what the patient wrote during the week, oldest first
 */
public record WeeklyReport(
        String patientName,
        ZoneId timeZone,
        IsoWeek week,
        Instant generatedAt,
        Trends trends,
        PlanInForce plan,
        int streakDays,
        List<RedFlagEntry> redFlags,
        List<SharpPainSession> sharpPain,
        List<DayRecord> days,
        List<StretchWeek> stretches,
        List<Note> notes,
        List<RedFlagSummary> redFlagSummary,
        Set<RiskFactor> riskFactors) {

    public WeeklyReport {
        redFlags = RedFlagHistory.ordered(List.copyOf(redFlags), RedFlagEntry::level, RedFlagEntry::recordedAt);
        redFlagSummary = redFlagSummary == null
                ? RedFlagHistory.summarize(redFlags, RedFlagEntry::date, RedFlagEntry::flags, RedFlagEntry::withdrawn,
                        riskFactors == null ? Set.of() : riskFactors, week.start())
                : List.copyOf(redFlagSummary);
        riskFactors = riskFactors == null ? Set.of() : Set.copyOf(riskFactors);
        sharpPain = List.copyOf(sharpPain);
        days = List.copyOf(days);
        stretches = List.copyOf(stretches);
        notes = List.copyOf(notes);
        if (trends.weeks().isEmpty() || !trends.weeks().getLast().week().equals(week.toString())) {
            throw new IllegalArgumentException("the trend window must end with the report's week " + week);
        }
    }

    /** Without a health profile; the red-flag summary is computed from the entries. */
    public WeeklyReport(String patientName, ZoneId timeZone, IsoWeek week, Instant generatedAt, Trends trends,
                        PlanInForce plan, int streakDays, List<RedFlagEntry> redFlags, List<SharpPainSession> sharpPain,
                        List<DayRecord> days, List<StretchWeek> stretches, List<Note> notes) {
        this(patientName, timeZone, week, generatedAt, trends, plan, streakDays, redFlags, sharpPain, days, stretches,
                notes, null, Set.of());
    }
}
