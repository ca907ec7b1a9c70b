package care.backcare.tracker.patient;

import java.time.Instant;

/** What the aggregate must remember of a share to decide on it. */
record ShareState(Instant expiresAt, boolean revoked, boolean expired) {

    boolean isActiveAt(Instant now) {
        return !revoked && !expired && now.isBefore(expiresAt);
    }

    ShareState revoke() {
        return new ShareState(expiresAt, true, expired);
    }

    ShareState expire() {
        return new ShareState(expiresAt, revoked, true);
    }
}
