package care.backcare.tracker.clinician;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** A clinician saw the patient's alerts up to {@code through}. */
public record AlertAcknowledgement(UUID clinicianId, String clinicianName, Instant through, String note,
                                   Instant acknowledgedAt) {

    /** The first acknowledgement that covered an alert recorded at {@code recordedAt}: who saw it first, and when. */
    public static Optional<AlertAcknowledgement> firstCovering(List<AlertAcknowledgement> acknowledgements,
                                                               Instant recordedAt) {
        return acknowledgements.stream().filter(ack -> !ack.through().isBefore(recordedAt))
                .min(Comparator.comparing(AlertAcknowledgement::acknowledgedAt));
    }
}
