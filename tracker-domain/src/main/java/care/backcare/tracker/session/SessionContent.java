package care.backcare.tracker.session;

import care.backcare.tracker.kernel.Checks;
import care.backcare.tracker.kernel.Fingerprint;

import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

/** What a patient reports about one session; the same content under the same id is the same write. */
public record SessionContent(
        Instant completedAt,
        int durationMinutes,
        List<ExerciseEntry> exercises,
        PainDuring painDuring,
        String notes) {

    public SessionContent {
        Checks.present("completedAt", completedAt);
        Checks.inRange("durationMinutes", durationMinutes, SessionRules.MIN_DURATION_MINUTES, SessionRules.MAX_DURATION_MINUTES);
        Checks.notEmpty("exercises", exercises);
        Checks.inRange("exercises", exercises.size(), 1, SessionRules.MAX_EXERCISES);
        exercises = List.copyOf(exercises);
        painDuring = painDuring == null ? PainDuring.NONE : painDuring;
        notes = Checks.optionalText("notes", notes, SessionRules.NOTES_MAX_LENGTH);
    }

    public long fingerprint() {
        return Fingerprint.of(String.join("|",
                completedAt.toString(),
                Integer.toString(durationMinutes),
                exercises.stream().map(ExerciseEntry::canonical).collect(Collectors.joining(";")),
                painDuring.name(),
                notes == null ? "" : notes));
    }
}
