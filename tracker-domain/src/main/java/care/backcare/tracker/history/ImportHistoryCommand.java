package care.backcare.tracker.history;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.util.List;
import java.util.UUID;

/**
 * Facts of a patient's history brought from an export (possibly of another server), to be recorded as they
 * are, with their own ids and times, all in one unit of work. {@code expectedVersion} is the version of the
 * history the facts were checked against: if anything was recorded since, the import is refused as a whole.
 *
 * @param facts events of the diary (sessions, pain entries, routine plans, rest days, withdrawals), already
 *              addressed to this patient
 */
public record ImportHistoryCommand(@TargetAggregateIdentifier UUID patientId,
                                   @TargetAggregateVersion Long expectedVersion,
                                   List<Object> facts) {

    public ImportHistoryCommand {
        facts = List.copyOf(facts);
    }
}
