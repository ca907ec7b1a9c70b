package care.backcare.tracker.api.routine;

import care.backcare.tracker.api.security.PatientPrincipal;
import care.backcare.tracker.routine.FetchRoutineQuery;
import care.backcare.tracker.routine.PlanRoutineCommand;
import care.backcare.tracker.routine.RoutinePlan;
import care.backcare.tracker.routine.RoutineView;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

@RestController
@RequestMapping("/api/me/routine")
@Tag(name = "Routine plan")
class RoutineController {

    /** {@code plannedAt} is null while the patient follows the default plan (10 minutes, 7 days, starter stretches). */
    record RoutineResponse(List<String> stretches, int minutesPerDay, int daysPerWeek, Instant plannedAt,
                           @JsonInclude(JsonInclude.Include.NON_NULL) SetBy setBy) {
        static RoutineResponse of(RoutineView view) {
            RoutinePlan plan = view.plan();
            return new RoutineResponse(plan.stretches(), plan.minutesPerDay(), plan.daysPerWeek(), view.plannedAt(),
                    view.setBy() == null ? null : new SetBy(view.setBy(), view.setByName()));
        }
    }

    /** The clinician who prescribed the plan in force (v1.1); absent when the patient set it. */
    record SetBy(UUID clinicianId, String displayName) {
    }

    private final CommandGateway commands;
    private final QueryGateway queries;

    RoutineController(CommandGateway commands, QueryGateway queries) {
        this.commands = commands;
        this.queries = queries;
    }

    @PutMapping
    @Operation(summary = "Plan the routine: stretches, minutes a day, days a week",
            description = "Adherence of a week counts against the plan in force when the week ended.")
    RoutineResponse plan(@AuthenticationPrincipal PatientPrincipal patient, @Valid @RequestBody RoutineRequest request) {
        RoutineView view = commands.sendAndWait(new PlanRoutineCommand(patient.patientId(), request.plan()));
        return RoutineResponse.of(view);
    }

    @GetMapping
    @Operation(summary = "The plan in force")
    RoutineResponse current(@AuthenticationPrincipal PatientPrincipal patient) {
        return RoutineResponse.of(queries.query(new FetchRoutineQuery(patient.patientId()),
                ResponseTypes.instanceOf(RoutineView.class)).join());
    }
}
