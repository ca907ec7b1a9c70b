package care.backcare.tracker.pain;

import care.backcare.tracker.kernel.Checks;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

public record WithdrawPainEntryCommand(
        @TargetAggregateIdentifier UUID patientId,
        UUID entryId) {

    public WithdrawPainEntryCommand {
        Checks.present("entryId", entryId);
    }
}
