package care.backcare.tracker.api.trend;

import care.backcare.tracker.api.operations.ReadModelFreshness;
import care.backcare.tracker.api.operations.ReadModelRebuild;
import care.backcare.tracker.api.support.Api;
import care.backcare.tracker.api.support.Api.Patient;
import care.backcare.tracker.api.support.PostgresApiTest;
import care.backcare.tracker.trend.FetchTrendsQuery;
import care.backcare.tracker.trend.Trends;
import care.backcare.tracker.trend.WeekTrend;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Trends are kept for the next request only once the read models hold the patient's newest event: a trend
 * computed while an entry is still on its way is shown, never kept, so the next look has the entry.
 */
class KeptTrendsTest extends PostgresApiTest {

    @Autowired
    private TrendQueries trends;

    @Autowired
    private ReadModelFreshness freshness;

    @Autowired
    private EventProcessingConfiguration processing;

    @Autowired
    private ReadModelRebuild readModels;

    private static int painEntries(Trends trends) {
        return trends.weeks().stream().mapToInt(WeekTrend::painEntries).sum();
    }

    @Test
    void a_trend_is_kept_only_once_the_read_models_hold_the_newest_event() {
        Patient patient = api.register("Europe/Lisbon");
        assertThat(api.put("/api/me/pain/" + UUID.randomUUID(), patient.auth(),
                Api.pain("2026-11-16T20:00:00Z", 6, "")).status()).isEqualTo(201);
        FetchTrendsQuery query = new FetchTrendsQuery(patient.id(), null, 4);
        await().atMost(Duration.ofSeconds(20)).until(() -> freshness.appliedHead(patient.id()).isPresent());

        Trends first = trends.handle(query);
        assertThat(painEntries(first)).isEqualTo(1);
        assertThat(trends.handle(query)).as("asked again, nothing changed: kept").isSameAs(first);

        StreamingEventProcessor processor = processing
                .eventProcessor(ReadModelRebuild.READ_MODELS, StreamingEventProcessor.class).orElseThrow();
        processor.shutDown();
        try {
            assertThat(api.put("/api/me/pain/" + UUID.randomUUID(), patient.auth(),
                    Api.pain("2026-11-17T20:00:00Z", 4, "")).status()).isEqualTo(201);
            assertThat(freshness.appliedHead(patient.id())).as("the new entry is not in the read models yet").isEmpty();
            Trends during = trends.handle(query);
            assertThat(painEntries(during)).isEqualTo(1);
            assertThat(trends.handle(query)).as("computed again, not kept").isNotSameAs(during).isEqualTo(during);
        } finally {
            processor.start();
            // the context is shared with later tests: leave the read models running and caught up, every segment
            await().atMost(Duration.ofSeconds(30)).until(readModels::isCaughtUp);
        }

        await().atMost(Duration.ofSeconds(20)).until(() -> painEntries(trends.handle(query)) == 2);
        await().atMost(Duration.ofSeconds(20)).until(() -> freshness.appliedHead(patient.id()).isPresent());
        Trends after = trends.handle(query);
        assertThat(painEntries(after)).isEqualTo(2);
        assertThat(trends.handle(query)).isSameAs(after);
    }
}
