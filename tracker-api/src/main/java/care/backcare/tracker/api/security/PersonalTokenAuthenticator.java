package care.backcare.tracker.api.security;

import java.util.Optional;

/** Checks a presented personal token; implemented by the token feature that owns the token records. */
public interface PersonalTokenAuthenticator {

    Optional<PatientPrincipal> authenticate(String token);
}
