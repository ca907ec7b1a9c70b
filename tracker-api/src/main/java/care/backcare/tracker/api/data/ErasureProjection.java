package care.backcare.tracker.api.data;

import care.backcare.tracker.account.PatientErasedEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

/**
 * The read models are updated after the command: one of them may still have been behind when the erasure
 * deleted its rows. Events of a patient reach it in order, so when the erasure event arrives every earlier
 * one has been handled (or, after the key was destroyed, skipped): deleting again here leaves nothing behind.
 */
@Component
@ProcessingGroup("read-models")
class ErasureProjection {

    private final PersonalRows rows;

    ErasureProjection(PersonalRows rows) {
        this.rows = rows;
    }

    @EventHandler
    void on(PatientErasedEvent event) {
        rows.delete(event.patientId());
    }
}
