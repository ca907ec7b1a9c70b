package care.backcare.tracker.api.account;

import care.backcare.tracker.account.FetchProfileQuery;
import care.backcare.tracker.clinician.ClinicianProfile;
import care.backcare.tracker.clinician.FetchClinicianQuery;
import care.backcare.tracker.account.PatientProfile;
import care.backcare.tracker.api.security.PatientPrincipal;
import care.backcare.tracker.api.security.Throttle;
import care.backcare.tracker.api.security.WebSessions;
import care.backcare.tracker.api.web.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
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
    private final PasswordChange passwordChange;
    private final Throttle throttle;
    private final QueryGateway queries;

    AccountController(Registration registration, PasswordChange passwordChange, Throttle throttle, QueryGateway queries) {
        this.registration = registration;
        this.passwordChange = passwordChange;
        this.throttle = throttle;
        this.queries = queries;
    }

    @PostMapping("/api/accounts")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Open an account", description = "Username 3-40 of a-z 0-9 . _ -; password 12+ characters "
            + "(at most 72 bytes), not a common or breached password and not containing the username (400); "
            + "timeZone an IANA zone id. A taken username is 409. At most 10 accounts an hour from one address (429).")
    Registered register(@Valid @RequestBody RegistrationRequest request, HttpServletRequest http) {
        throttle.registration(http.getRemoteAddr());
        UUID patientId = registration.register(request.username(), request.password(), request.displayName().strip(),
                ZoneId.of(request.timeZone()));
        return new Registered(patientId, request.username());
    }

    record ClinicianRegistered(UUID clinicianId, String username) {
    }

    @PostMapping("/api/clinicians")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Open a clinician's account", description = "The rules of POST /api/accounts, in the same "
            + "username namespace (409 when taken), and a profession (1-60 characters). A clinician signs in like a "
            + "patient and reaches /api/clinician/**; the diary paths under /api/me answer 403.")
    ClinicianRegistered registerClinician(@Valid @RequestBody ClinicianRegistrationRequest request,
                                          HttpServletRequest http) {
        throttle.registration(http.getRemoteAddr());
        UUID clinicianId = registration.registerClinician(request.username(), request.password(),
                request.displayName().strip(), ZoneId.of(request.timeZone()), request.profession().strip());
        return new ClinicianRegistered(clinicianId, request.username());
    }

    @PutMapping("/api/me/password")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Change the password, proving the current one",
            description = "A wrong current password is 401 and changes nothing (and counts as a failed sign-in). The new "
                    + "password follows the registration rules (400). With signOutEverywhere, every other web session "
                    + "and every personal token ends at once; this request's own web session stays signed in.")
    void changePassword(@AuthenticationPrincipal PatientPrincipal patient, @Valid @RequestBody PasswordChangeRequest request,
                        HttpServletRequest http) {
        int epoch = passwordChange.change(patient, http.getRemoteAddr(), request.currentPassword(), request.newPassword(),
                request.signOutEverywhere());
        if (request.signOutEverywhere()) {
            WebSessions.keepThisSession(http, epoch);
        }
    }

    @GetMapping("/api/session")
    @Operation(summary = "Who is signed in (the web page's cookie session, or the credentials sent)",
            description = "The web page signs in with POST /api/session (form fields username, password) and "
                    + "signs out with DELETE /api/session. Requests authenticated by the session cookie must send "
                    + "the XSRF-TOKEN cookie's value in the X-XSRF-TOKEN header.")
    Object session(@AuthenticationPrincipal PatientPrincipal account) {
        if (account.role() == PatientPrincipal.Role.CLINICIAN) {
            return queries.query(new FetchClinicianQuery(account.accountId()),
                            ResponseTypes.optionalInstanceOf(ClinicianProfile.class)).join()
                    .orElseThrow(() -> new NotFoundException("This account no longer exists."));
        }
        return me(account);
    }

    @GetMapping("/api/me")
    @Operation(summary = "The signed-in patient's profile")
    PatientProfile me(@AuthenticationPrincipal PatientPrincipal patient) {
        Optional<PatientProfile> profile = queries.query(new FetchProfileQuery(patient.patientId()),
                ResponseTypes.optionalInstanceOf(PatientProfile.class)).join();
        return profile.orElseThrow(() -> new NotFoundException("This account no longer exists."));
    }
}
