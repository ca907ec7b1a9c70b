package care.backcare.tracker.pain;

import care.backcare.tracker.kernel.Checks;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

public record LogPainCommand(
        @TargetAggregateIdentifier UUID patientId,
        UUID entryId,
        PainContent content) {

    public LogPainCommand {
        Checks.present("entryId", entryId);
        Checks.present("content", content);
    }
}
