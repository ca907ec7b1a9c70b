package care.backcare.tracker.api.e2e;

import care.backcare.tracker.api.TrackerApplication;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * One node, and a second one that only beats (it never claims): alone, the node holds all four segments of
 * the read models; with another node alive it keeps its fair share of two and gives the rest away; when the
 * other node is gone it takes them all back. (TwoNodesIT shows two real nodes sharing and taking over.)
 */
class SegmentBalancerTest {

    private static final String OTHER_NODE = "4242@elsewhere";

    @Test
    void a_lone_node_holds_every_segment_and_gives_away_its_surplus_while_another_node_is_alive() {
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(TrackerApplication.class).run(
                "--server.port=0", "--spring.datasource.url=jdbc:h2:mem:balance-" + UUID.randomUUID()
                        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;LOCK_TIMEOUT=10000")) {
            JdbcClient jdbc = app.getBean(JdbcClient.class);
            StreamingEventProcessor processor = app.getBean(EventProcessingConfiguration.class)
                    .eventProcessor("read-models", StreamingEventProcessor.class).orElseThrow();
            String me = ManagementFactory.getRuntimeMXBean().getName();

            await().atMost(Duration.ofSeconds(20)).until(() -> processor.processingStatus().size() == 4
                    && owners(jdbc) == 4 && jdbc.sql("select count(*) from token_entry where owner = ?").param(me)
                    .query(Long.class).single() == 4);
            assertThat(jdbc.sql("select node_id from processing_node").query(String.class).list()).containsExactly(me);

            // another node beats (its heartbeat stays fresh for the whole test)
            jdbc.sql("insert into processing_node (processor_name, node_id, last_seen) values ('read-models', ?, ?)")
                    .params(OTHER_NODE, Instant.now().plus(Duration.ofHours(1)).toEpochMilli()).update();
            // heartbeat 1 s + rebalance delay 4 s + margin
            await().atMost(Duration.ofSeconds(10)).until(() -> processor.processingStatus().size() == 2);
            assertThat(processor.processingStatus()).containsOnlyKeys(0, 1);

            // the other node is gone: the released segments come back once the release (5 s) is over
            jdbc.sql("delete from processing_node where node_id = ?").param(OTHER_NODE).update();
            await().atMost(Duration.ofSeconds(10)).until(() -> processor.processingStatus().size() == 4);
        }
    }

    private static long owners(JdbcClient jdbc) {
        return jdbc.sql("select count(*) from token_entry where processor_name = 'read-models' and owner is not null")
                .query(Long.class).single();
    }
}
