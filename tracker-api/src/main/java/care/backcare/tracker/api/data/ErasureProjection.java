package care.backcare.tracker.api.data;

import care.backcare.tracker.account.PatientErasedEvent;
import care.backcare.tracker.api.support.BatchedWrites;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.UUID;

/**
 * The read models are updated after the command: one of them may still have been behind when the erasure
 * deleted its rows. Events of a patient reach it in order, so when the erasure event arrives every earlier
 * one has been handled (or, after the key was destroyed, skipped): deleting again here leaves nothing behind.
 *
 * <p>"Handled" is not "written": the projections gather their rows over the processor's batch and write them
 * when it commits ({@link BatchedWrites}). The deletion is therefore a follow-up of the batch, run after every
 * row of it, so a patient's earlier events in the same batch as their erasure (a replay, or an erasure right
 * after a write) cannot put rows back after it.
 */
@Component
@ProcessingGroup("read-models")
class ErasureProjection {

    private final PersonalRows rows;
    private final BatchedWrites writes;
    private final BatchedWrites.FollowUp<UUID> erasures = new BatchedWrites.FollowUp<>("erasures", this::delete);

    ErasureProjection(PersonalRows rows, BatchedWrites writes) {
        this.rows = rows;
        this.writes = writes;
    }

    @EventHandler
    void on(PatientErasedEvent event) {
        writes.afterRows(erasures, event.patientId());
    }

    private void delete(List<UUID> patients) {
        patients.forEach(rows::delete);
    }
}
