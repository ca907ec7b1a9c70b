package care.backcare.tracker.api.operations;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * How far each segment of each tracking processor is behind the event store, for {@code /actuator/prometheus}:
 * {@value #LAG} = newest global index − the segment's stored position (a segment with no position yet has all of
 * the history ahead of it), and {@value #HEAD}, the newest global index. The same figures as
 * {@code GET /actuator/readmodels}, read from the token store, so every node reports every segment, whoever owns
 * it: a segment no node holds keeps growing. Read every {@value #REFRESH_MILLIS} ms rather than per scrape.
 */
@Component
class ReadModelLag implements MeterBinder {

    static final String LAG = "backcare.readmodels.lag";
    static final String HEAD = "backcare.events.head";
    static final long REFRESH_MILLIS = 5_000;

    private static final Logger log = LoggerFactory.getLogger(ReadModelLag.class);

    private final EventProcessingConfiguration processing;
    private final ReadModelRebuild store;
    private final AtomicLong head = new AtomicLong();
    private volatile MultiGauge lag;

    ReadModelLag(EventProcessingConfiguration processing, ReadModelRebuild store) {
        this.processing = processing;
        this.store = store;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder(HEAD, head, AtomicLong::get).description("Global index of the newest event in the store")
                .register(registry);
        lag = MultiGauge.builder(LAG).baseUnit("events")
                .description("Events a tracking processor's segment has yet to process (newest global index - position)")
                .register(registry);
    }

    @Scheduled(initialDelay = 1_000, fixedDelay = REFRESH_MILLIS)
    void refresh() {
        MultiGauge gauge = lag;
        if (gauge == null) {
            return;
        }
        try {
            Long newest = store.head();
            long headNow = newest == null ? 0 : newest;
            List<MultiGauge.Row<?>> rows = new ArrayList<>();
            processing.eventProcessors().forEach((name, processor) -> {
                if (processor instanceof StreamingEventProcessor) {
                    for (ReadModelRebuild.StoredSegment segment : store.storedSegments(name)) {
                        Long behind = segment.lag(headNow);
                        rows.add(MultiGauge.Row.of(Tags.of("processor", name, "segment", Integer.toString(segment.segment())),
                                behind == null ? headNow : behind));
                    }
                }
            });
            head.set(headNow);
            gauge.register(rows, true);
        } catch (DataAccessException unavailable) {
            // the database is away: keep the last figures; health and the logs tell the rest
            log.debug("Read-model lag not refreshed: {}", unavailable.getClass().getSimpleName());
        }
    }
}
