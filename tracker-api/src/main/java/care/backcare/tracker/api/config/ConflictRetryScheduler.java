package care.backcare.tracker.api.config;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.gateway.RetryScheduler;
import org.axonframework.modelling.command.ConcurrencyException;

import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/**
 * Retries a command only when another node appended to the same patient first (its cached copy of the
 * patient was stale; the failed attempt dropped it from the cache). Anything else, a refusal above all,
 * is final. Axon's own schedulers judge each cause of a failure separately, and the database error
 * under every conflict would make them give up.
 */
final class ConflictRetryScheduler implements RetryScheduler {

    private final ScheduledExecutorService executor;
    private final int maxRetries;
    private final long intervalMillis;

    ConflictRetryScheduler(ScheduledExecutorService executor, int maxRetries, long intervalMillis) {
        this.executor = executor;
        this.maxRetries = maxRetries;
        this.intervalMillis = intervalMillis;
    }

    @Override
    public boolean scheduleRetry(CommandMessage commandMessage, RuntimeException lastFailure,
                                 List<Class<? extends Throwable>[]> failures, Runnable commandDispatch) {
        if (!isConflict(lastFailure) || failures.size() > maxRetries) {
            return false;
        }
        // spread the retries of nodes that collided, so they do not collide again
        long delay = intervalMillis * failures.size() + ThreadLocalRandom.current().nextLong(intervalMillis);
        executor.schedule(commandDispatch, delay, TimeUnit.MILLISECONDS);
        return true;
    }

    static boolean isConflict(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConcurrencyException) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }
}
