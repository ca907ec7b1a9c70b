package care.backcare.tracker.api.session;

import care.backcare.tracker.session.ExerciseEntry;
import care.backcare.tracker.session.PainDuring;
import care.backcare.tracker.session.SessionSafety;
import care.backcare.tracker.session.SessionView;
import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A recorded session; {@code advice} is present when the patient felt sharp pain during it. */
record SessionResponse(
        UUID sessionId,
        Instant completedAt,
        LocalDate date,
        int durationMinutes,
        List<ExerciseEntry> exercises,
        PainDuring painDuring,
        String notes,
        @JsonInclude(JsonInclude.Include.NON_NULL) String advice) {

    /** A session read back from the read model: sharp pain carries the guide's advice, as it did when recorded. */
    static SessionResponse of(SessionView view) {
        return of(view, SessionSafety.adviceFor(view.painDuring()).orElse(null));
    }

    /** A session just written, with the advice the aggregate answered. */
    static SessionResponse of(SessionView view, String advice) {
        return new SessionResponse(view.sessionId(), view.completedAt(), view.date(), view.durationMinutes(),
                view.exercises(), view.painDuring(), view.notes(), advice);
    }
}
