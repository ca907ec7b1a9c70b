package care.backcare.tracker.api.config;

import care.backcare.tracker.kernel.EntryConflictException;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.modelling.command.ConcurrencyException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

class ConflictRetrySchedulerTest {

    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor();
    private final ConflictRetryScheduler scheduler = new ConflictRetryScheduler(executor, 3, 1);

    @AfterEach
    void stop() {
        executor.shutdownNow();
    }

    @SuppressWarnings("unchecked")
    private static List<Class<? extends Throwable>[]> failures(int count) {
        List<Class<? extends Throwable>[]> failures = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            failures.add(new Class[]{ConcurrencyException.class});
        }
        return failures;
    }

    @Test
    void a_conflict_caused_by_a_duplicate_key_is_retried() throws Exception {
        CountDownLatch dispatched = new CountDownLatch(1);
        ConcurrencyException conflict = new ConcurrencyException("sequence taken",
                new RuntimeException("constraint", new SQLException("duplicate key")));
        assertThat(scheduler.scheduleRetry(GenericCommandMessage.asCommandMessage("x"), conflict, failures(1),
                dispatched::countDown)).isTrue();
        assertThat(dispatched.await(2, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void a_refusal_is_never_retried_and_conflicts_only_a_few_times() {
        assertThat(scheduler.scheduleRetry(GenericCommandMessage.asCommandMessage("x"),
                new EntryConflictException("session", UUID.randomUUID()), failures(1), () -> { })).isFalse();
        assertThat(scheduler.scheduleRetry(GenericCommandMessage.asCommandMessage("x"),
                new IllegalStateException("bug"), failures(1), () -> { })).isFalse();
        assertThat(scheduler.scheduleRetry(GenericCommandMessage.asCommandMessage("x"),
                new ConcurrencyException("again"), failures(4), () -> { })).isFalse();
    }
}
