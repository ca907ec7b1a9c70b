package care.backcare.tracker.api.account;

import care.backcare.tracker.account.FetchProfileQuery;
import care.backcare.tracker.account.PatientProfile;
import care.backcare.tracker.api.security.PatientPrincipal;
import care.backcare.tracker.api.web.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.time.ZoneId;
import java.util.Optional;
import java.util.UUID;

@RestController
@Tag(name = "Accounts")
class AccountController {

    record Registered(UUID patientId, String username) {
    }

    private final Registration registration;
    private final QueryGateway queries;

    AccountController(Registration registration, QueryGateway queries) {
        this.registration = registration;
        this.queries = queries;
    }

    @PostMapping("/api/accounts")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Open an account", description = "Username 3-40 of a-z 0-9 . _ -; password 12+ characters "
            + "(at most 72 bytes); timeZone an IANA zone id. A taken username is 409.")
    Registered register(@Valid @RequestBody RegistrationRequest request) {
        UUID patientId = registration.register(request.username(), request.password(), request.displayName().strip(),
                ZoneId.of(request.timeZone()));
        return new Registered(patientId, request.username());
    }

    @GetMapping("/api/session")
    @Operation(summary = "Who is signed in (the web page's cookie session, or the credentials sent)",
            description = "The web page signs in with POST /api/session (form fields username, password) and "
                    + "signs out with DELETE /api/session. Requests authenticated by the session cookie must send "
                    + "the XSRF-TOKEN cookie's value in the X-XSRF-TOKEN header.")
    PatientProfile session(@AuthenticationPrincipal PatientPrincipal patient) {
        return me(patient);
    }

    @GetMapping("/api/me")
    @Operation(summary = "The signed-in patient's profile")
    PatientProfile me(@AuthenticationPrincipal PatientPrincipal patient) {
        Optional<PatientProfile> profile = queries.query(new FetchProfileQuery(patient.patientId()),
                ResponseTypes.optionalInstanceOf(PatientProfile.class)).join();
        return profile.orElseThrow(() -> new NotFoundException("This account no longer exists."));
    }
}
