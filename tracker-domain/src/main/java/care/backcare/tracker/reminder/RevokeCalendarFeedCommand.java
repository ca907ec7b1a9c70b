package care.backcare.tracker.reminder;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

/** Stop the patient's calendar feed, if there is one. */
public record RevokeCalendarFeedCommand(@TargetAggregateIdentifier UUID patientId) {
}
