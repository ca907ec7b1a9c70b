package care.backcare.tracker.share;

import java.time.Instant;

/**
 * One use of a share link: when, what was looked at, and on what kind of device ("Firefox on Android"; null for
 * uses recorded before devices were).
 */
public record ShareAccess(Instant accessedAt, SharedView view, String detail, String client) {
}
