package care.backcare.tracker.api.security;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/** Feeds password sign-in failures and successes (HTTP Basic and the web page's login) to the throttle. */
@Component
class SignInOutcomes {

    private final Throttle throttle;

    SignInOutcomes(Throttle throttle) {
        this.throttle = throttle;
    }

    @EventListener
    void failed(AbstractAuthenticationFailureEvent event) {
        String address = address(event.getAuthentication());
        if (address != null) {
            throttle.signInFailed(address, event.getAuthentication().getName());
        }
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        String address = address(event.getAuthentication());
        if (address != null && event.getAuthentication().getPrincipal() instanceof PatientPrincipal patient
                && patient.method() == PatientPrincipal.Method.PASSWORD) {
            throttle.signInSucceeded(address, patient.username());
        }
    }

    private static String address(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails details ? details.getRemoteAddress() : null;
    }
}
