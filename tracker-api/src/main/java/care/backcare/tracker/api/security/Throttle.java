package care.backcare.tracker.api.security;

import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The limits on guessing ({@link ThrottleProperties} has the figures). A wrong password counts against
 * the address it came from, against that address on that account, and against the account overall;
 * the account limit is high enough that one attacker's address is refused long before the real user
 * would be. Bearer-token and share-token misses count per address. Every refusal ends when the window
 * has passed.
 * <p>
 * Attackers spread over enough addresses could keep an account over its limit for as long as they
 * keep guessing. That must not lock the owner out (ADR 0301): an address that signed in to the account
 * lately is not held back by the account's limit at all, and any other address that did not itself
 * help put the account over its limit may still try a few passwords ({@link #mayStillTry}): the right
 * one gets in, a wrong one is refused as throttled.
 * <p>
 * Also here: plain rate limits on opening accounts and on rendering PDF reports, per address.
 */
@Component
public class Throttle {

    static final int MAX_KNOWN_ADDRESSES = 100_000;

    private final AttemptLimiter limiter;
    private final AttemptLimiter.Limit perAddress;
    private final AttemptLimiter.Limit perAccountAndAddress;
    private final AttemptLimiter.Limit perAccount;
    private final AttemptLimiter.Limit sharePerAddress;
    private final AttemptLimiter.Limit registrations;
    private final AttemptLimiter.Limit reports;
    private final int triesOverAccountLimit;
    private final Clock clock;
    private final Duration knownFor;
    /** address and account -> the last successful sign-in from there; bounded, the least recently used forgotten first */
    private final Map<String, Instant> knownAddresses = new LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Instant> eldest) {
            return size() > MAX_KNOWN_ADDRESSES;
        }
    };

    Throttle(AttemptLimiter limiter, Clock clock, ThrottleProperties limits) {
        this.limiter = limiter;
        this.clock = clock;
        this.knownFor = limits.knownAddressFor();
        this.perAddress = new AttemptLimiter.Limit(limits.perAddress(), limits.window());
        this.perAccountAndAddress = new AttemptLimiter.Limit(limits.perAccountAndAddress(), limits.window());
        this.perAccount = new AttemptLimiter.Limit(limits.perAccount(), limits.window());
        this.sharePerAddress = new AttemptLimiter.Limit(limits.shareMissesPerAddress(), limits.window());
        this.registrations = new AttemptLimiter.Limit(limits.registrationsPerAddress(), limits.registrationWindow());
        this.reports = new AttemptLimiter.Limit(limits.reportsPerAddress(), limits.reportWindow());
        this.triesOverAccountLimit = limits.triesOverAccountLimit();
    }

    /**
     * How long this sign-in attempt must wait, if the address, the pair or the account is over its limit
     * (the account's limit only for an address that has not signed in to it lately).
     */
    public Optional<Duration> signInBlocked(String address, String username) {
        Optional<Duration> wait = addressBlocked(address, username);
        if (username != null && !knownAddress(address, username)) {
            wait = longest(wait, limiter.blockedFor(accountKey(username), perAccount));
        }
        return wait;
    }

    /** The limits of this address alone (and of this address on this account): never the account's. */
    public Optional<Duration> addressBlocked(String address, String username) {
        Optional<Duration> wait = limiter.blockedFor(addressKey(address), perAddress);
        if (username != null) {
            wait = longest(wait, limiter.blockedFor(pairKey(address, username), perAccountAndAddress));
        }
        return wait;
    }

    /**
     * Whether an attempt held back by the account's limit only may still have its password checked:
     * the address is within its own limits and has failed fewer than a few times on this account.
     */
    public boolean mayStillTry(String address, String username) {
        return addressBlocked(address, username).isEmpty()
                && limiter.failures(pairKey(address, username), perAccountAndAddress) < triesOverAccountLimit;
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
        limiter.clear(pair, perAccountAndAddress);
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
        SecurityEvents.shareLinkMissed(address);
        limiter.recordFailure("share:" + address, sharePerAddress);
    }

    /**
     * Takes one registration from the address's allowance; refused with the wait when there is none left.
     * Loopback addresses (the operator's own scripts and benchmarks on the machine) have no allowance to spend.
     */
    public void registration(String address) {
        take("registration:" + address, registrations, "Too many accounts were opened from here lately.");
    }

    /** Takes one PDF rendering from the address's allowance (a cached report costs none). */
    public void reportRendering(String address) {
        take("report:" + address, reports, "Too many reports were asked for from here lately.");
    }

    private void take(String key, AttemptLimiter.Limit limit, String why) {
        String address = key.substring(key.indexOf(':') + 1);
        if (loopback(address)) {
            return;
        }
        if (!limiter.tryAcquire(key, limit)) {
            Duration wait = limiter.blockedFor(key, limit).orElse(Duration.ofSeconds(1));
            SecurityEvents.throttled(key.substring(0, key.indexOf(':')), key.substring(key.indexOf(':') + 1), wait);
            throw new TooManyAttemptsException(why + " Please wait before trying again.", wait);
        }
    }

    static boolean loopback(String address) {
        return address.startsWith("127.") || address.equals("::1") || address.equals("0:0:0:0:0:0:0:1");
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
