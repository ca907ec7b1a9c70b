package care.backcare.tracker.api.config;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.gateway.AbstractRetryScheduler;
import org.axonframework.common.ExceptionUtils;
import org.axonframework.modelling.command.ConcurrencyException;

import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Retries a command only when another node appended to the same patient first (its cached copy of the
 * patient was stale; the failed attempt dropped it from the cache). Anything else, a refusal above all,
 * is final. Axon's scheduler judges each cause of a failure separately with its predicate, and the
 * database error under every conflict would make it give up: here the whole chain is asked whether a
 * conflict is in it. The scheduling and counting are Axon's.
 */
final class ConflictRetryScheduler extends AbstractRetryScheduler {

    private final long intervalMillis;

    ConflictRetryScheduler(ScheduledExecutorService executor, int maxRetries, long intervalMillis) {
        super(new Builder().retryExecutor(executor).maxRetryCount(maxRetries));
        this.intervalMillis = intervalMillis;
    }

    @Override
    protected boolean isExplicitlyNonTransient(Throwable failure) {
        return ExceptionUtils.findException(failure, ConcurrencyException.class).isEmpty();
    }

    /** Spread the retries of nodes that collided, so they do not collide again. */
    @Override
    protected long computeRetryInterval(CommandMessage commandMessage, RuntimeException lastFailure,
                                        List<Class<? extends Throwable>[]> failures) {
        return intervalMillis * failures.size() + ThreadLocalRandom.current().nextLong(intervalMillis);
    }

    private static final class Builder extends AbstractRetryScheduler.Builder<Builder> {
    }
}
