package care.backcare.tracker.api.config;

import java.time.Duration;

/** A transaction that appended events stayed open too long to be committed safely; it was rolled back. */
public final class TransactionTooLongException extends RuntimeException {

    public TransactionTooLongException(Duration age, Duration limit) {
        super("A transaction that appended events was open for " + age.toMillis() + " ms, longer than the "
                + limit.toMillis() + " ms allowed (tracker.event-store.max-transaction-duration): rolled back, "
                + "nothing recorded");
    }
}
