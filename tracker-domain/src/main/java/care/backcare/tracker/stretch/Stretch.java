package care.backcare.tracker.stretch;

import care.backcare.tracker.body.BodyRegion;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * One movement of the guide with its dose: hold time in seconds (0 when the movement is counted in
 * repetitions only) and repetitions, per side when {@code perSide}.
 */
public record Stretch(
        String id,
        String name,
        StretchKind kind,
        Set<BodyRegion> regions,
        int defaultHoldSeconds,
        int defaultReps,
        boolean perSide,
        BestTime bestTime,
        List<String> steps,
        List<String> cautions) {

    public Stretch {
        regions = Collections.unmodifiableSet(EnumSet.copyOf(regions));
        steps = List.copyOf(steps);
        cautions = List.copyOf(cautions);
    }
}
