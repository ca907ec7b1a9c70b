package care.backcare.tracker.api.data;

import care.backcare.tracker.account.PatientErasedEvent;
import care.backcare.tracker.api.pain.PainProjection;
import care.backcare.tracker.api.support.BatchedWrites;
import care.backcare.tracker.api.support.ReadModelReset;
import care.backcare.tracker.body.BodyRegion;
import care.backcare.tracker.pain.PainLoggedEvent;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.jdbc.test.autoconfigure.JdbcTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The erasure event reaching the read models, in one processor batch with the patient's earlier events (as in
 * a replay, or when the erasure follows a write at once): the projections write their rows when the batch
 * commits, and the erasure's deletion must come after them.
 */
@JdbcTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@TestPropertySource(properties = {
        "spring.datasource.url=jdbc:h2:mem:erasure;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
        "spring.flyway.locations=classpath:db/migration/common", "spring.flyway.placeholders.binary_type=varbinary"})
@Import({PainProjection.class, ErasureProjection.class, PersonalRows.class, BatchedWrites.class, ReadModelReset.class})
class ErasureProjectionTest {

    private static final ZoneId LISBON = ZoneId.of("Europe/Lisbon");

    @Autowired
    PainProjection pain;
    @Autowired
    ErasureProjection erasure;
    @Autowired
    JdbcClient jdbc;

    private PainLoggedEvent painOf(UUID patient) {
        return new PainLoggedEvent(patient, UUID.randomUUID(), Instant.parse("2026-11-18T08:00:00Z"), LISBON, 3,
                Set.of(BodyRegion.LOWER_BACK), Set.of(), null, "");
    }

    private record Delivery(Object projection, Object event) {
    }

    /** The events handed to their projections as one batch of the processor: one unit of work, then its commit. */
    private static void batch(Delivery... deliveries) {
        UnitOfWork<EventMessage<?>> batch = DefaultUnitOfWork.startAndGet(null);
        for (Delivery delivery : deliveries) {
            try {
                new AnnotationEventHandlerAdapter(delivery.projection())
                        .handle(GenericEventMessage.asEventMessage(delivery.event()));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        batch.commit();
    }

    @Test
    void an_erasure_in_the_same_batch_as_the_patients_pain_entry_leaves_no_row_of_it() {
        UUID erased = UUID.randomUUID();
        UUID other = UUID.randomUUID();

        batch(new Delivery(pain, painOf(erased)), new Delivery(pain, painOf(other)),
                new Delivery(erasure, new PatientErasedEvent(erased, Instant.parse("2026-11-18T09:00:00Z"))));

        assertThat(painRows(erased)).isZero();
        assertThat(painRows(other)).isOne();
    }

    @Test
    void an_erasure_in_a_later_batch_deletes_the_rows_written_before() {
        UUID erased = UUID.randomUUID();
        batch(new Delivery(pain, painOf(erased)));
        assertThat(painRows(erased)).isOne();

        batch(new Delivery(erasure, new PatientErasedEvent(erased, Instant.parse("2026-11-18T09:00:00Z"))));

        assertThat(painRows(erased)).isZero();
    }

    private long painRows(UUID patient) {
        return jdbc.sql("select count(*) from pain_log where patient_id = ?").param(patient).query(Long.class).single();
    }
}
