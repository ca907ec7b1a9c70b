package care.backcare.tracker.reminder;

import care.backcare.tracker.kernel.Checks;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

/** Remind the patient at these times on these days (a checked, normalised schedule). */
public record SetRemindersCommand(@TargetAggregateIdentifier UUID patientId, ReminderSchedule schedule) {

    public SetRemindersCommand {
        Checks.present("schedule", schedule);
    }
}
