package care.backcare.tracker.share;

import care.backcare.tracker.shared.Checks;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

/** A use of a share link; refused unless the share is active at this moment. */
public record RecordShareAccessCommand(
        @TargetAggregateIdentifier UUID patientId,
        UUID shareId,
        UUID accessId,
        SharedView view,
        String detail) {

    public RecordShareAccessCommand {
        Checks.present("shareId", shareId);
        Checks.present("accessId", accessId);
        Checks.present("view", view);
        detail = Checks.optionalText("detail", detail, 100);
    }
}
