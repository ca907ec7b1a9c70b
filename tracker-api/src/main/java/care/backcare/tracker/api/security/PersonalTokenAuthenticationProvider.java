package care.backcare.tracker.api.security;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;

import java.time.Duration;
import java.util.Optional;

/**
 * {@code Authorization: Bearer <personal token>}: one SHA-256 and one indexed lookup, never a password
 * hash. A token that doesn't check out (unknown, revoked or expired) is a 401 at once, not an
 * anonymous request, and counts against the address; an address over its limit is refused before any
 * lookup. The operator's token, when one is configured, is recognised here too, with the operator's
 * role only.
 */
final class PersonalTokenAuthenticationProvider implements AuthenticationProvider {

    private final PersonalTokenAuthenticator authenticator;
    private final OperatorToken operator;
    private final Throttle throttle;

    PersonalTokenAuthenticationProvider(PersonalTokenAuthenticator authenticator, OperatorToken operator,
                                        Throttle throttle) {
        this.authenticator = authenticator;
        this.operator = operator;
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        BearerToken bearer = (BearerToken) authentication;
        String address = ClientAddress.of(bearer);
        Optional<Duration> wait = throttle.addressBlocked(address, null);
        if (wait.isPresent()) {
            SecurityEvents.signInThrottled(address, null, wait.get());
            throw new SignInThrottledException(wait.get());
        }
        if (operator.matches(bearer.token())) {
            SecurityEvents.operatorAction(address, "authenticated");
            return authenticated("operator", "ROLE_OPERATOR", bearer);
        }
        Optional<PatientPrincipal> principal = authenticator.authenticate(bearer.token());
        if (principal.isEmpty()) {
            throttle.signInFailed(address, null);
            SecurityEvents.tokenGuessed(address);
            throw new BadCredentialsException("invalid personal token");
        }
        return authenticated(principal.get(), principal.get().role().authority(), bearer);
    }

    private static Authentication authenticated(Object principal, String role, BearerToken bearer) {
        UsernamePasswordAuthenticationToken result = UsernamePasswordAuthenticationToken.authenticated(
                principal, null, AuthorityUtils.createAuthorityList(role));
        result.setDetails(bearer.getDetails());
        return result;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return BearerToken.class.isAssignableFrom(authentication);
    }
}
