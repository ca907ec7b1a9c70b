package care.backcare.tracker.api.security;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/**
 * The limits on guessing. A wrong password counts against the address it came from, against that
 * address on that account, and against the account overall; the account limit is high enough that
 * one attacker's address is refused long before the real user would be. Share-token misses count
 * per address. Every refusal ends when the window has passed.
 */
@Component
public class Throttle {

    private final AttemptLimiter limiter;
    private final AttemptLimiter.Limit perAddress;
    private final AttemptLimiter.Limit perAccountAndAddress;
    private final AttemptLimiter.Limit perAccount;
    private final AttemptLimiter.Limit sharePerAddress;

    Throttle(AttemptLimiter limiter,
             @Value("${tracker.throttle.window:PT15M}") Duration window,
             @Value("${tracker.throttle.per-address:30}") int perAddress,
             @Value("${tracker.throttle.per-account-and-address:10}") int perAccountAndAddress,
             @Value("${tracker.throttle.per-account:50}") int perAccount,
             @Value("${tracker.throttle.share-misses-per-address:20}") int sharePerAddress) {
        this.limiter = limiter;
        this.perAddress = new AttemptLimiter.Limit(perAddress, window);
        this.perAccountAndAddress = new AttemptLimiter.Limit(perAccountAndAddress, window);
        this.perAccount = new AttemptLimiter.Limit(perAccount, window);
        this.sharePerAddress = new AttemptLimiter.Limit(sharePerAddress, window);
    }

    /** How long this sign-in attempt must wait, if the address, the account or the pair is over its limit. */
    public Optional<Duration> signInBlocked(String address, String username) {
        Optional<Duration> wait = limiter.blockedFor(addressKey(address), perAddress);
        if (username != null) {
            wait = longest(wait, limiter.blockedFor(pairKey(address, username), perAccountAndAddress));
            wait = longest(wait, limiter.blockedFor(accountKey(username), perAccount));
        }
        return wait;
    }

    public void signInFailed(String address, String username) {
        limiter.recordFailure(addressKey(address), perAddress);
        if (username != null) {
            limiter.recordFailure(pairKey(address, username), perAccountAndAddress);
            limiter.recordFailure(accountKey(username), perAccount);
        }
    }

    /** The real user got in: their own address stops counting against the account. */
    public void signInSucceeded(String address, String username) {
        limiter.clear(pairKey(address, username));
    }

    public Optional<Duration> shareLookupBlocked(String address) {
        return limiter.blockedFor("share:" + address, sharePerAddress);
    }

    public void shareLookupMissed(String address) {
        limiter.recordFailure("share:" + address, sharePerAddress);
    }

    private static String addressKey(String address) {
        return "address:" + address;
    }

    private static String pairKey(String address, String username) {
        return "pair:" + address + "|" + username.toLowerCase(Locale.ROOT);
    }

    private static String accountKey(String username) {
        return "account:" + username.toLowerCase(Locale.ROOT);
    }

    private static Optional<Duration> longest(Optional<Duration> a, Optional<Duration> b) {
        if (a.isEmpty()) {
            return b;
        }
        if (b.isEmpty()) {
            return a;
        }
        return a.get().compareTo(b.get()) >= 0 ? a : b;
    }
}
