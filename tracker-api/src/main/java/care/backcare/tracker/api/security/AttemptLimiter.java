package care.backcare.tracker.api.security;

import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Counts failures per key in a sliding window. A key with too many recent failures is refused until
 * the oldest of them leaves the window: nobody is locked out for longer than the window. Memory is
 * bounded (least recently touched keys are forgotten first), so a flood of addresses cannot exhaust it.
 * In memory, per node: several nodes each apply the limits on their own.
 */
@Component
public class AttemptLimiter {

    public record Limit(int maxFailures, Duration window) {
    }

    static final int MAX_KEYS = 100_000;

    private final Clock clock;
    private final Map<String, Deque<Instant>> failures = new LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Deque<Instant>> eldest) {
            return size() > MAX_KEYS;
        }
    };

    AttemptLimiter(Clock clock) {
        this.clock = clock;
    }

    /** How long the key must still wait, if it has reached its limit. */
    public synchronized Optional<Duration> blockedFor(String key, Limit limit) {
        Deque<Instant> recent = failures.get(key);
        if (recent == null) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        prune(recent, now, limit.window());
        if (recent.size() < limit.maxFailures()) {
            return Optional.empty();
        }
        Duration wait = Duration.between(now, recent.peekFirst().plus(limit.window()));
        return Optional.of(wait.isNegative() ? Duration.ZERO : wait);
    }

    public synchronized void recordFailure(String key, Limit limit) {
        Instant now = clock.instant();
        Deque<Instant> recent = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
        prune(recent, now, limit.window());
        recent.addLast(now);
        while (recent.size() > limit.maxFailures()) {
            recent.removeFirst();
        }
    }

    public synchronized void clear(String key) {
        failures.remove(key);
    }

    /** Forgets every failure; for operators (and tests) after a false alarm. */
    public synchronized void clearAll() {
        failures.clear();
    }

    private static void prune(Deque<Instant> recent, Instant now, Duration window) {
        while (!recent.isEmpty() && !recent.peekFirst().plus(window).isAfter(now)) {
            recent.removeFirst();
        }
    }
}
