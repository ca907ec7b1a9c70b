package care.backcare.tracker.api.config;

import org.axonframework.eventhandling.SimpleEventBus;
import org.axonframework.eventsourcing.AggregateCacheEntry;
import org.axonframework.eventsourcing.EventSourcedAggregate;
import org.axonframework.eventsourcing.NoSnapshotTriggerDefinition;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.inspection.AnnotatedAggregateMetaModelFactory;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class AggregateCacheTest {

    /** A stand-in aggregate: only its version matters to the cache. */
    static class Counter {
        @AggregateIdentifier
        String id = "counter";
    }

    private static AggregateCacheEntry<Counter> withHistoryOf(long events) {
        return new AggregateCacheEntry<>(EventSourcedAggregate.reconstruct(new Counter(),
                AnnotatedAggregateMetaModelFactory.inspectAggregate(Counter.class), events - 1, false,
                SimpleEventBus.builder().build(), NoSnapshotTriggerDefinition.TRIGGER));
    }

    private static long eventsHeld(AggregateCache cache) {
        return IntStream.range(0, 100).filter(i -> cache.containsKey("new-" + i)).count() * 5
                + (cache.containsKey("long history") ? 900 : 0);
    }

    @Test
    void a_patient_weighs_as_many_as_the_events_in_its_history() {
        assertThat(AggregateCache.weight(withHistoryOf(1))).isEqualTo(1);
        assertThat(AggregateCache.weight(withHistoryOf(10_000))).isEqualTo(10_000);
        assertThat(AggregateCache.weight("not an aggregate")).isEqualTo(1);
    }

    @Test
    void the_cache_is_bounded_by_events_held_not_by_patients() {
        AggregateCache cache = new AggregateCache(1_000, Duration.ofHours(1));
        IntStream.range(0, 100).forEach(i -> cache.put("new-" + i, withHistoryOf(5)));
        assertThat(eventsHeld(cache)).isEqualTo(500); // a hundred patients fit

        cache.put("long history", withHistoryOf(900));
        await().atMost(Duration.ofSeconds(5)).until(() -> eventsHeld(cache) <= 1_000);
    }
}
