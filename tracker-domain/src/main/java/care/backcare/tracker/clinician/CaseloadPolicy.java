package care.backcare.tracker.clinician;

import care.backcare.tracker.pain.TriageLevel;
import care.backcare.tracker.trend.ChangeVerdict;
import care.backcare.tracker.trend.RecentFigures;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The caseload's rules, one place, readable by a clinician: which reasons hold for a patient today and the priority
 * they give. The figures come from the trend engine ({@link RecentFigures}), never computed a second way here.
 *
 * <p>When each reason happened ({@code at}): for an alert, the newest entry that raises it; for the figures
 * (pain worsened, low adherence), the start of today, when they were last computed; for no recent entries, the
 * last entry (or the connection, when there never was one).
 */
public final class CaseloadPolicy {

    /** Adherence over the last 14 complete days below this is low. */
    public static final double LOW_ADHERENCE_BELOW = 0.5;
    /** Dates, today included, on which at least one entry is expected. */
    public static final int RECENT_DAYS = 7;
    /** Dates before today in which a sharp-pain session is an alert. */
    public static final int SHARP_PAIN_DAYS = 14;

    /** What one patient's diary says, as the caseload needs it. Alerts are the ones not acknowledged yet. */
    public record Facts(
            ZoneId zone,
            LocalDate today,
            List<Alert> openRedFlags,
            List<Instant> openSharpPainSessions,
            RecentFigures recent,
            Instant lastEntryAt,
            LocalDate lastEntryDate,
            Instant connectedAt) {
    }

    /** A red-flag entry not withdrawn, at its level under the current health profile. */
    public record Alert(Instant recordedAt, TriageLevel level) {
    }

    public record Reason(CaseloadReason code, Instant at) {
    }

    public record Assessment(CaseloadPriority priority, List<Reason> reasons) {

        /** The newest reason's time, which orders patients of one priority; null with none. */
        public Instant newestReasonAt() {
            return reasons.stream().map(Reason::at).filter(Objects::nonNull).max(Comparator.naturalOrder()).orElse(null);
        }
    }

    private CaseloadPolicy() {
    }

    public static Assessment assess(Facts facts) {
        List<Reason> reasons = new ArrayList<>();
        redFlag(facts, TriageLevel.EMERGENCY, CaseloadReason.RED_FLAG_EMERGENCY, reasons);
        redFlag(facts, TriageLevel.SAME_DAY, CaseloadReason.RED_FLAG_SAME_DAY, reasons);
        redFlag(facts, TriageLevel.SOON, CaseloadReason.RED_FLAG_SOON, reasons);
        Instant startOfToday = facts.today().atStartOfDay(facts.zone()).toInstant();
        RecentFigures recent = facts.recent();
        if (recent.change() != null && recent.change().verdict() == ChangeVerdict.WORSENED) {
            reasons.add(new Reason(CaseloadReason.PAIN_WORSENED, startOfToday));
        }
        Instant earliestSharp = facts.today().minusDays(SHARP_PAIN_DAYS).atStartOfDay(facts.zone()).toInstant();
        facts.openSharpPainSessions().stream().filter(at -> !at.isBefore(earliestSharp))
                .max(Comparator.naturalOrder())
                .ifPresent(at -> reasons.add(new Reason(CaseloadReason.SHARP_PAIN, at)));
        if (recent.adherence() != null && recent.adherence() < LOW_ADHERENCE_BELOW) {
            reasons.add(new Reason(CaseloadReason.LOW_ADHERENCE, startOfToday));
        }
        LocalDate firstRecentDate = facts.today().minusDays(RECENT_DAYS - 1);
        if (facts.lastEntryDate() == null || facts.lastEntryDate().isBefore(firstRecentDate)) {
            reasons.add(new Reason(CaseloadReason.NO_RECENT_ENTRIES,
                    facts.lastEntryAt() != null ? facts.lastEntryAt() : facts.connectedAt()));
        }
        return new Assessment(priority(reasons), List.copyOf(reasons));
    }

    private static void redFlag(Facts facts, TriageLevel level, CaseloadReason code, List<Reason> reasons) {
        facts.openRedFlags().stream().filter(alert -> alert.level() == level).map(Alert::recordedAt)
                .max(Comparator.naturalOrder())
                .ifPresent(at -> reasons.add(new Reason(code, at)));
    }

    static CaseloadPriority priority(List<Reason> reasons) {
        if (reasons.stream().anyMatch(reason -> reason.code() == CaseloadReason.RED_FLAG_EMERGENCY)) {
            return CaseloadPriority.EMERGENCY;
        }
        if (reasons.stream().anyMatch(reason -> reason.code() == CaseloadReason.RED_FLAG_SAME_DAY)) {
            return CaseloadPriority.SAME_DAY;
        }
        return reasons.isEmpty() ? CaseloadPriority.ON_TRACK : CaseloadPriority.ATTENTION;
    }

    /** Most urgent first, then the newest reason first, then by name for a stable order. */
    public static <T> Comparator<T> order(java.util.function.Function<T, CaseloadPriority> priority,
                                          java.util.function.Function<T, Instant> newestReasonAt) {
        return Comparator.comparing(priority)
                .thenComparing(newestReasonAt, Comparator.nullsLast(Comparator.reverseOrder()));
    }
}
