package care.backcare.tracker.api.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.EstimationProbe;
import io.github.bucket4j.TimeMeter;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * One Bucket4j bucket per key (an address, an address and account, an account): each failure takes a
 * token, and a key whose bucket is empty is refused until the window that began with its first
 * failure has passed, when the bucket fills again. Nobody is held back for longer than the window. The
 * buckets live in a bounded Caffeine cache, so a flood of addresses cannot exhaust memory, and they
 * run on the application's clock. In memory, per node: several nodes each apply the limits on their own.
 */
@Component
public class AttemptLimiter {

    public record Limit(int maxFailures, Duration window) {
    }

    static final int MAX_KEYS = 100_000;

    private final TimeMeter time;
    private final Cache<String, Bucket> buckets = Caffeine.newBuilder()
            .maximumSize(MAX_KEYS)
            .expireAfterAccess(Duration.ofDays(1))
            .build();

    AttemptLimiter(Clock clock) {
        this.time = new TimeMeter() {
            @Override
            public long currentTimeNanos() {
                return clock.millis() * 1_000_000L;
            }

            @Override
            public boolean isWallClockBased() {
                return true;
            }
        };
    }

    /** How long the key must still wait, if it has reached its limit. */
    public Optional<Duration> blockedFor(String key, Limit limit) {
        Bucket bucket = buckets.getIfPresent(limit.maxFailures() + "/" + limit.window() + "/" + key);
        if (bucket == null) {
            return Optional.empty();
        }
        EstimationProbe probe = bucket.estimateAbilityToConsume(1);
        return probe.canBeConsumed() ? Optional.empty()
                : Optional.of(Duration.ofNanos(probe.getNanosToWaitForRefill()));
    }

    public void recordFailure(String key, Limit limit) {
        bucket(key, limit).tryConsume(1);
    }

    /** Takes one token if there is one: false when the key is at its limit (for rates rather than failures). */
    public boolean tryAcquire(String key, Limit limit) {
        return bucket(key, limit).tryConsume(1);
    }

    /** The failures counted against the key in its current window. */
    public int failures(String key, Limit limit) {
        Bucket bucket = buckets.getIfPresent(limit.maxFailures() + "/" + limit.window() + "/" + key);
        return bucket == null ? 0 : (int) (limit.maxFailures() - bucket.getAvailableTokens());
    }

    public void clear(String key, Limit limit) {
        buckets.invalidate(limit.maxFailures() + "/" + limit.window() + "/" + key);
    }

    /** Forgets every failure; for operators (and tests) after a false alarm. */
    public void clearAll() {
        buckets.invalidateAll();
    }

    private Bucket bucket(String key, Limit limit) {
        return buckets.get(limit.maxFailures() + "/" + limit.window() + "/" + key, k -> Bucket.builder()
                .addLimit(bandwidth -> bandwidth.capacity(limit.maxFailures())
                        .refillIntervally(limit.maxFailures(), limit.window()))
                .withCustomTimePrecision(time)
                .build());
    }
}
