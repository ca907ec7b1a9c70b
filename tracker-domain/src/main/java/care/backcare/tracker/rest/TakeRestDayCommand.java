package care.backcare.tracker.rest;

import care.backcare.tracker.kernel.Checks;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.UUID;

public record TakeRestDayCommand(
        @TargetAggregateIdentifier UUID patientId,
        LocalDate date,
        RestDayReason reason,
        String notes) {

    public TakeRestDayCommand {
        Checks.present("date", date);
        Checks.present("reason", reason);
        notes = Checks.optionalText("notes", notes, RestDayRules.NOTES_MAX_LENGTH);
    }
}
