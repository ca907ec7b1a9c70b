package care.backcare.tracker.api.pain;

import care.backcare.tracker.body.BodyRegion;
import care.backcare.tracker.health.RiskFactor;
import care.backcare.tracker.pain.PainEntryView;
import care.backcare.tracker.pain.RedFlag;
import care.backcare.tracker.pain.RedFlagAdvice;
import care.backcare.tracker.pain.RedFlagTriage;
import care.backcare.tracker.pain.TriageLevel;
import care.backcare.tracker.pain.Urgency;
import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/** A pain entry; {@code advice} is present when it carries red flags. */
record PainResponse(
        UUID entryId,
        Instant recordedAt,
        LocalDate date,
        int score,
        Set<BodyRegion> regions,
        Set<RedFlag> redFlags,
        String notes,
        @JsonInclude(JsonInclude.Include.NON_NULL) Advice advice,
        @JsonInclude(JsonInclude.Include.NON_NULL) SeenBy seenBy) {

    /** A red-flag entry a clinician acknowledged: who saw it first, and when (v1.1). */
    record SeenBy(UUID clinicianId, String displayName, Instant at) {
    }

    PainResponse seenBy(SeenBy seen) {
        return new PainResponse(entryId, recordedAt, date, score, regions, redFlags, notes, advice, seen);
    }

    /** The contract's advice: {@code safetyNet} only with a leg or nerve sign. */
    record Advice(Urgency urgency, TriageLevel level, String message,
                  @JsonInclude(JsonInclude.Include.NON_NULL) String safetyNet) {

        static Advice of(RedFlagAdvice advice) {
            return advice == null ? null
                    : new Advice(advice.urgency(), advice.level(), advice.message(), advice.safetyNet());
        }
    }

    /**
     * An entry read back: triaged under the current policy with the patient's health profile as it is now (the
     * event keeps the urgency given at the time; the level shown follows today's table).
     */
    static PainResponse of(PainEntryView view, Set<RiskFactor> riskFactors) {
        return of(view, RedFlagTriage.assess(view.redFlags(), riskFactors).orElse(null));
    }

    /** An entry just written, with the advice the aggregate answered. */
    static PainResponse of(PainEntryView view, RedFlagAdvice advice) {
        return new PainResponse(view.entryId(), view.recordedAt(), view.date(), view.score(), view.regions(),
                view.redFlags(), view.notes(), Advice.of(advice), null);
    }
}
