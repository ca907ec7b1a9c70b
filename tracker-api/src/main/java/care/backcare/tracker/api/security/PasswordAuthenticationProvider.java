package care.backcare.tracker.api.security;

import care.backcare.tracker.api.web.Admission;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.time.Duration;
import java.util.Optional;

/**
 * Spring's password check (with its protection against user enumeration by timing), answering with
 * the same {@link PatientPrincipal} a personal token gives. The sign-in limits are enforced here,
 * where the password is checked, whatever shape the request had (an {@code Authorization} header in
 * any spelling Spring accepts, the web page's form): an attempt over a limit is refused before any
 * hash is computed, and every wrong password counts. Password checks take a permit of the small
 * sign-in pool ({@link Admission}), so a flood of them cannot starve the writes.
 */
class PasswordAuthenticationProvider extends DaoAuthenticationProvider {

    private final Throttle throttle;
    private final Admission admission;

    PasswordAuthenticationProvider(PatientCredentials credentials, PasswordEncoder passwordEncoder, Throttle throttle,
                                   Admission admission) {
        super(credentials);
        setPasswordEncoder(passwordEncoder);
        this.throttle = throttle;
        this.admission = admission;
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String address = ClientAddress.of(authentication);
        String username = authentication.getName() == null ? "" : authentication.getName();
        Optional<Duration> wait = throttle.signInBlocked(address, username);
        // held back by the account's limit only, from an address that did not help put it there (ADR 0301)
        boolean mayStillTry = wait.isPresent() && throttle.mayStillTry(address, username);
        if (wait.isPresent() && !mayStillTry) {
            SecurityEvents.signInThrottled(address, username, wait.get());
            throw new SignInThrottledException(wait.get());
        }
        Authentication result;
        try {
            result = admission.signIn(() -> super.authenticate(authentication));
        } catch (Admission.BusyException busy) {
            throw new SignInBusyException();
        } catch (AuthenticationException failed) {
            throttle.signInFailed(address, username);
            SecurityEvents.signInFailed(address, username, "password");
            if (mayStillTry) {
                throw new SignInThrottledException(wait.get());
            }
            throw failed;
        }
        throttle.signInSucceeded(address, username);
        return result;
    }

    @Override
    protected Authentication createSuccessAuthentication(Object principal, Authentication authentication, UserDetails user) {
        PatientCredentials.PatientUser patient = (PatientCredentials.PatientUser) user;
        UsernamePasswordAuthenticationToken result = UsernamePasswordAuthenticationToken.authenticated(
                new PatientPrincipal(patient.patientId(), patient.getUsername(), PatientPrincipal.Method.PASSWORD,
                        patient.role()),
                null, user.getAuthorities());
        result.setDetails(authentication.getDetails());
        return result;
    }
}
