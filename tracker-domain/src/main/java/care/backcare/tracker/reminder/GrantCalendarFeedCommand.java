package care.backcare.tracker.reminder;

import care.backcare.tracker.kernel.Checks;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

/** A new secret calendar feed; only the secret's hash travels here. An earlier feed stops working. */
public record GrantCalendarFeedCommand(@TargetAggregateIdentifier UUID patientId, UUID feedId, String tokenHash) {

    public GrantCalendarFeedCommand {
        Checks.present("feedId", feedId);
        Checks.present("tokenHash", tokenHash);
    }
}
