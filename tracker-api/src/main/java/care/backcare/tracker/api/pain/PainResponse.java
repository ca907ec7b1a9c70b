package care.backcare.tracker.api.pain;

import care.backcare.tracker.body.BodyRegion;
import care.backcare.tracker.pain.PainEntryView;
import care.backcare.tracker.pain.RedFlag;
import care.backcare.tracker.pain.RedFlagAdvice;
import care.backcare.tracker.pain.RedFlagTriage;
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
        @JsonInclude(JsonInclude.Include.NON_NULL) RedFlagAdvice advice) {

    /** An entry read back from the read model: the advice for the urgency it was triaged with. */
    static PainResponse of(PainEntryView view) {
        return of(view, view.urgency() == null ? null : RedFlagTriage.adviceFor(view.urgency()));
    }

    /** An entry just written, with the advice the aggregate answered. */
    static PainResponse of(PainEntryView view, RedFlagAdvice advice) {
        return new PainResponse(view.entryId(), view.recordedAt(), view.date(), view.score(), view.regions(),
                view.redFlags(), view.notes(), advice);
    }
}
