package care.backcare.tracker.api.rest;

import care.backcare.tracker.rest.RestDayReason;
import care.backcare.tracker.rest.RestDayRules;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

record RestDayRequest(
        @NotNull RestDayReason reason,
        @Size(max = RestDayRules.NOTES_MAX_LENGTH) String notes) {

    @Override
    public String toString() {
        return "RestDayRequest[reason=" + reason + "]";
    }
}
