package care.backcare.tracker.api.security;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The limits on guessing. A wrong password counts against the address it came from, against that
 * address on that account, and against the account overall; the account limit is high enough that
 * one attacker's address is refused long before the real user would be. Share-token misses count
 * per address. Every refusal ends when the window has passed.
 * <p>
 * Attackers spread over enough addresses could keep an account over its limit for as long as they
 * keep guessing. So an address that signed in to the account successfully not long ago (30 days by
 * default) is not held back by the account's limit: the real user keeps getting in from their usual
 * places, while the limits per address, and per address and account, still apply to it.
 */
@Component
public class Throttle {

    static final int MAX_KNOWN_ADDRESSES = 100_000;

    private final AttemptLimiter limiter;
    private final AttemptLimiter.Limit perAddress;
    private final AttemptLimiter.Limit perAccountAndAddress;
    private final AttemptLimiter.Limit perAccount;
    private final AttemptLimiter.Limit sharePerAddress;
    private final Clock clock;
    private final Duration knownFor;
    /** address and account -> the last successful sign-in from there; bounded, the least recently used forgotten first */
    private final Map<String, Instant> knownAddresses = new LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Instant> eldest) {
            return size() > MAX_KNOWN_ADDRESSES;
        }
    };

    Throttle(AttemptLimiter limiter, Clock clock,
             @Value("${tracker.throttle.window:PT15M}") Duration window,
             @Value("${tracker.throttle.per-address:30}") int perAddress,
             @Value("${tracker.throttle.per-account-and-address:10}") int perAccountAndAddress,
             @Value("${tracker.throttle.per-account:50}") int perAccount,
             @Value("${tracker.throttle.share-misses-per-address:20}") int sharePerAddress,
             @Value("${tracker.throttle.known-address-for:P30D}") Duration knownFor) {
        this.limiter = limiter;
        this.clock = clock;
        this.knownFor = knownFor;
        this.perAddress = new AttemptLimiter.Limit(perAddress, window);
        this.perAccountAndAddress = new AttemptLimiter.Limit(perAccountAndAddress, window);
        this.perAccount = new AttemptLimiter.Limit(perAccount, window);
        this.sharePerAddress = new AttemptLimiter.Limit(sharePerAddress, window);
    }

    /**
     * How long this sign-in attempt must wait, if the address, the pair or the account is over its limit
     * (the account's limit only for an address that has not signed in to it lately).
     */
    public Optional<Duration> signInBlocked(String address, String username) {
        Optional<Duration> wait = limiter.blockedFor(addressKey(address), perAddress);
        if (username != null) {
            wait = longest(wait, limiter.blockedFor(pairKey(address, username), perAccountAndAddress));
            if (!knownAddress(address, username)) {
                wait = longest(wait, limiter.blockedFor(accountKey(username), perAccount));
            }
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

    /**
     * The real user got in: their own address stops counting against the account, and for a while it
     * is not held back when others push the account over its limit.
     */
    public void signInSucceeded(String address, String username) {
        String pair = pairKey(address, username);
        limiter.clear(pair);
        synchronized (knownAddresses) {
            knownAddresses.put(pair, clock.instant());
        }
    }

    private boolean knownAddress(String address, String username) {
        String pair = pairKey(address, username);
        synchronized (knownAddresses) {
            Instant lastSignIn = knownAddresses.get(pair);
            if (lastSignIn != null && !lastSignIn.plus(knownFor).isAfter(clock.instant())) {
                knownAddresses.remove(pair);
                return false;
            }
            return lastSignIn != null;
        }
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
