package care.backcare.tracker.api.session;

import care.backcare.tracker.api.stretch.KnownStretch;
import care.backcare.tracker.session.ExerciseEntry;
import care.backcare.tracker.session.PainDuring;
import care.backcare.tracker.session.SessionContent;
import care.backcare.tracker.session.SessionRules;
import care.backcare.tracker.session.Side;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.Instant;
import java.util.List;

record SessionRequest(
        @NotNull Instant completedAt,
        @NotNull @Min(SessionRules.MIN_DURATION_MINUTES) @Max(SessionRules.MAX_DURATION_MINUTES) Integer durationMinutes,
        @NotNull @Size(min = 1, max = SessionRules.MAX_EXERCISES) List<@NotNull @Valid Exercise> exercises,
        PainDuring painDuring,
        @Size(max = SessionRules.NOTES_MAX_LENGTH) String notes) {

    record Exercise(
            @NotNull @KnownStretch String stretch,
            @NotNull @Min(0) @Max(SessionRules.MAX_HOLD_SECONDS) Integer holdSeconds,
            @NotNull @Min(SessionRules.MIN_REPS) @Max(SessionRules.MAX_REPS) Integer reps,
            Side side) {
    }

    SessionContent toContent() {
        return new SessionContent(completedAt, durationMinutes,
                exercises.stream().map(e -> new ExerciseEntry(e.stretch(), e.holdSeconds(), e.reps(), e.side())).toList(),
                painDuring, notes);
    }

    @Override
    public String toString() {
        return "SessionRequest[completedAt=" + completedAt + "]";
    }
}
