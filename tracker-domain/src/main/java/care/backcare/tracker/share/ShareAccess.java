package care.backcare.tracker.share;

import java.time.Instant;

/** One use of a share link: when, and what was looked at. */
public record ShareAccess(Instant accessedAt, SharedView view, String detail) {
}
