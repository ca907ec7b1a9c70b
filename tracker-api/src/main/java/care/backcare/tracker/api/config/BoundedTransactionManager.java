package care.backcare.tracker.api.config;

import org.axonframework.common.transaction.Transaction;
import org.axonframework.common.transaction.TransactionManager;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.time.Duration;
import java.util.Optional;

/**
 * Axon's Spring transactions, with a limit on how long one that appended events may stay open: checked just
 * before the commit, a transaction older than {@code maxDuration} that appended events is rolled back and the
 * commit fails with {@link TransactionTooLongException}, so its command is not acknowledged. Its events can
 * therefore never commit after the gap timeout has made the tracking processor give up on their indexes (see
 * {@link EventStoreConfig}).
 *
 * <p>Only transactions that appended events are limited: they are the only ones that leave gaps. The event
 * processors' transactions (a batch of a replay can legitimately take long), token claims and snapshots are
 * never cut short; should a handler send a command that appends in the processor's transaction, that
 * transaction is limited too.
 *
 * <p>The age is counted from when Axon started the transaction, or first took part in one started elsewhere
 * (registration opens its own to claim the username), which is always before its first event was appended.
 * The check runs as a {@link TransactionSynchronization} of the physical transaction, so it holds wherever
 * that transaction is committed: by Axon's unit of work or by a {@code TransactionTemplate} around it.
 */
final class BoundedTransactionManager implements TransactionManager {

    private final TransactionManager delegate;
    private final Duration maxDuration;

    BoundedTransactionManager(TransactionManager delegate, Duration maxDuration) {
        this.delegate = delegate;
        this.maxDuration = maxDuration;
    }

    @Override
    public Transaction startTransaction() {
        Transaction transaction = delegate.startTransaction();
        deadline();
        return transaction;
    }

    /** Called by the storage engine as it appends events in the current transaction. */
    void eventsAppended() {
        deadline().ifPresent(CommitDeadline::eventsAppended);
    }

    Duration maxDuration() {
        return maxDuration;
    }

    /** The current transaction's deadline, registered on first use; empty outside a Spring transaction. */
    private Optional<CommitDeadline> deadline() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return Optional.empty();
        }
        for (TransactionSynchronization synchronization : TransactionSynchronizationManager.getSynchronizations()) {
            if (synchronization instanceof CommitDeadline deadline) {
                return Optional.of(deadline);
            }
        }
        CommitDeadline deadline = new CommitDeadline(System.nanoTime(), maxDuration);
        TransactionSynchronizationManager.registerSynchronization(deadline);
        return Optional.of(deadline);
    }

    private static final class CommitDeadline implements TransactionSynchronization {

        private final long startedNanos;
        private final Duration maxDuration;
        private boolean eventsAppended;

        CommitDeadline(long startedNanos, Duration maxDuration) {
            this.startedNanos = startedNanos;
            this.maxDuration = maxDuration;
        }

        void eventsAppended() {
            eventsAppended = true;
        }

        /** An exception here makes Spring roll the transaction back and rethrow it (not a TransactionException, which it would not roll back). */
        @Override
        public void beforeCommit(boolean readOnly) {
            Duration age = Duration.ofNanos(System.nanoTime() - startedNanos);
            if (eventsAppended && age.compareTo(maxDuration) > 0) {
                throw new TransactionTooLongException(age, maxDuration);
            }
        }
    }
}
