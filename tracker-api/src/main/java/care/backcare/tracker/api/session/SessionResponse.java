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

    static SessionResponse of(SessionView view) {
        return new SessionResponse(view.sessionId(), view.completedAt(), view.date(), view.durationMinutes(),
                view.exercises(), view.painDuring(), view.notes(), SessionSafety.adviceFor(view.painDuring()).orElse(null));
    }
}
