package care.backcare.tracker.api.web;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * The two pools of admission. Writes: at most {@code tracker.writes.concurrency} at once (see
 * {@link WriteAdmissionFilter}). Password work (a sign-in's check, a registration's or a password
 * change's hash): its own small pool, since bcrypt is deliberately slow; a flood of sign-ins then waits
 * in its own queue and never takes a write's turn. Both are only ever entered after the request's body
 * has been read in full ({@link RequestBodyLimitFilter}), so a client sending slowly holds no permit.
 */
@Component
@EnableConfigurationProperties(RequestLimits.class)
public class Admission {

    /** No permit within the queue timeout: nothing was done, the client may retry. */
    public static class BusyException extends RuntimeException {
        BusyException() {
            super("The server is busy; nothing was recorded. Please try again in a few seconds.");
        }
    }

    private final Semaphore writes;
    private final Semaphore signIns;
    private final Duration queueTimeout;

    Admission(RequestLimits limits) {
        int processors = Runtime.getRuntime().availableProcessors();
        RequestLimits.Writes config = limits.writes();
        this.writes = new Semaphore(config.concurrency() > 0 ? config.concurrency() : processors + 1, true);
        this.signIns = new Semaphore(config.signInConcurrency() > 0 ? config.signInConcurrency() : Math.max(2, processors),
                true);
        this.queueTimeout = config.queueTimeout();
    }

    public <T> T signIn(Supplier<T> work) {
        return within(signIns, work);
    }

    <T> T write(Supplier<T> work) {
        return within(writes, work);
    }

    interface Work {
        void run() throws Exception;
    }

    void write(Work work, boolean passwordWork) throws Exception {
        Semaphore pool = passwordWork ? signIns : writes;
        acquire(pool);
        try {
            work.run();
        } finally {
            pool.release();
        }
    }

    private <T> T within(Semaphore pool, Supplier<T> work) {
        acquire(pool);
        try {
            return work.get();
        } finally {
            pool.release();
        }
    }

    private void acquire(Semaphore pool) {
        boolean admitted;
        try {
            admitted = pool.tryAcquire(queueTimeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            admitted = false;
        }
        if (!admitted) {
            throw new BusyException();
        }
    }
}
