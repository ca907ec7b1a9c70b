package care.backcare.tracker.api.health;

import care.backcare.tracker.api.security.PatientPrincipal;
import care.backcare.tracker.health.FetchHealthProfileQuery;
import care.backcare.tracker.health.HealthProfile;
import care.backcare.tracker.health.UpdateHealthProfileCommand;
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

@RestController
@RequestMapping("/api/me/health-profile")
@Tag(name = "Accounts")
class HealthProfileController {

    private final CommandGateway commands;
    private final QueryGateway queries;

    HealthProfileController(CommandGateway commands, QueryGateway queries) {
        this.commands = commands;
        this.queries = queries;
    }

    @PutMapping
    @Operation(summary = "Say which risk factors apply (the whole set; empty for none)",
            description = "HISTORY_OF_CANCER, OSTEOPOROSIS_OR_LONG_TERM_STEROIDS, IMMUNOSUPPRESSED, AGE_70_OR_OVER. "
                    + "They make some red flags more urgent (see Pain). An unknown risk factor is 400.")
    HealthProfileResponse update(@AuthenticationPrincipal PatientPrincipal patient,
                                 @Valid @RequestBody HealthProfileRequest request) {
        HealthProfile profile = commands.sendAndWait(
                new UpdateHealthProfileCommand(patient.patientId(), request.riskFactors()));
        return HealthProfileResponse.of(profile);
    }

    @GetMapping
    @Operation(summary = "The patient's risk factors; answered=false while never answered")
    HealthProfileResponse get(@AuthenticationPrincipal PatientPrincipal patient) {
        return HealthProfileResponse.of(queries.query(new FetchHealthProfileQuery(patient.patientId()),
                ResponseTypes.instanceOf(HealthProfile.class)).join());
    }
}
