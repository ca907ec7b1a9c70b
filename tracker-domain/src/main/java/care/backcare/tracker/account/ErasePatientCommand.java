package care.backcare.tracker.account;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

/** The patient closed their account and asked for their data to be erased (GDPR article 17). */
public record ErasePatientCommand(@TargetAggregateIdentifier UUID patientId) {
}
