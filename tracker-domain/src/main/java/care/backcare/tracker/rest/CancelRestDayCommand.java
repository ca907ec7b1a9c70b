package care.backcare.tracker.rest;

import care.backcare.tracker.kernel.Checks;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.UUID;

public record CancelRestDayCommand(
        @TargetAggregateIdentifier UUID patientId,
        LocalDate date) {

    public CancelRestDayCommand {
        Checks.present("date", date);
    }
}
