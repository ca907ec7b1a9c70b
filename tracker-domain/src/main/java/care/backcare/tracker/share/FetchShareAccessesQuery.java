package care.backcare.tracker.share;

import java.time.Instant;
import java.util.UUID;

/** A page of a share's uses, newest first: at most {@code limit}, older than {@code before} when it is given. */
public record FetchShareAccessesQuery(UUID patientId, UUID shareId, Instant before, int limit) {

    public static final int DEFAULT_LIMIT = 100;

    public FetchShareAccessesQuery(UUID patientId, UUID shareId) {
        this(patientId, shareId, null, DEFAULT_LIMIT);
    }
}
