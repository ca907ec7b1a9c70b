package care.backcare.tracker.api.security;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Spring's password check (with its protection against user enumeration by timing), answering with
 * the same {@link PatientPrincipal} a personal token gives.
 */
class PasswordAuthenticationProvider extends DaoAuthenticationProvider {

    PasswordAuthenticationProvider(PatientCredentials credentials, PasswordEncoder passwordEncoder) {
        super(credentials);
        setPasswordEncoder(passwordEncoder);
    }

    @Override
    protected Authentication createSuccessAuthentication(Object principal, Authentication authentication, UserDetails user) {
        PatientCredentials.PatientUser patient = (PatientCredentials.PatientUser) user;
        UsernamePasswordAuthenticationToken result = UsernamePasswordAuthenticationToken.authenticated(
                new PatientPrincipal(patient.patientId(), patient.getUsername(), PatientPrincipal.Method.PASSWORD),
                null, user.getAuthorities());
        result.setDetails(authentication.getDetails());
        return result;
    }
}
