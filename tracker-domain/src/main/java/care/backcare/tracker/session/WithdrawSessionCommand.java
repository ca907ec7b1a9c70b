package care.backcare.tracker.session;

import care.backcare.tracker.kernel.Checks;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

public record WithdrawSessionCommand(
        @TargetAggregateIdentifier UUID patientId,
        UUID sessionId) {

    public WithdrawSessionCommand {
        Checks.present("sessionId", sessionId);
    }
}
