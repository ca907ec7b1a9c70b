package care.backcare.tracker.api.pain;

import care.backcare.tracker.body.BodyRegion;
import care.backcare.tracker.pain.PainContent;
import care.backcare.tracker.pain.PainRules;
import care.backcare.tracker.pain.RedFlag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.Instant;
import java.util.Set;

record PainRequest(
        @NotNull Instant recordedAt,
        @NotNull @Min(PainRules.MIN_SCORE) @Max(PainRules.MAX_SCORE) Integer score,
        Set<@NotNull BodyRegion> regions,
        Set<@NotNull RedFlag> redFlags,
        @Size(max = PainRules.NOTES_MAX_LENGTH) String notes) {

    PainContent toContent() {
        return new PainContent(recordedAt, score, regions, redFlags, notes);
    }

    @Override
    public String toString() {
        return "PainRequest[recordedAt=" + recordedAt + "]";
    }
}
