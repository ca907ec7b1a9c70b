package care.backcare.tracker.pain;

import care.backcare.tracker.body.BodyRegion;
import care.backcare.tracker.kernel.Checks;
import care.backcare.tracker.kernel.Fingerprint;

import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** What a patient reports about their pain at one moment. */
public record PainContent(
        Instant recordedAt,
        int score,
        Set<BodyRegion> regions,
        Set<RedFlag> redFlags,
        String notes) {

    public PainContent {
        Checks.present("recordedAt", recordedAt);
        Checks.inRange("score", score, PainRules.MIN_SCORE, PainRules.MAX_SCORE);
        regions = ordered(regions, BodyRegion.class);
        redFlags = ordered(redFlags, RedFlag.class);
        notes = Checks.optionalText("notes", notes, PainRules.NOTES_MAX_LENGTH);
    }

    public long fingerprint() {
        return Fingerprint.of(String.join("|",
                recordedAt.toString(),
                Integer.toString(score),
                regions.stream().map(Enum::name).collect(Collectors.joining(",")),
                redFlags.stream().map(Enum::name).collect(Collectors.joining(",")),
                notes == null ? "" : notes));
    }

    /** Enum order, so the stored event and the fingerprint don't depend on the order a client listed them. */
    static <E extends Enum<E>> Set<E> ordered(Set<E> values, Class<E> type) {
        if (values == null || values.isEmpty()) {
            return Collections.unmodifiableSet(EnumSet.noneOf(type));
        }
        return Collections.unmodifiableSet(EnumSet.copyOf(values));
    }
}
