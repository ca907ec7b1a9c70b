package care.backcare.tracker.session;

import care.backcare.tracker.kernel.Checks;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

public record CompleteSessionCommand(
        @TargetAggregateIdentifier UUID patientId,
        UUID sessionId,
        SessionContent content) {

    public CompleteSessionCommand {
        Checks.present("sessionId", sessionId);
        Checks.present("content", content);
    }
}
