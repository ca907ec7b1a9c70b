package care.backcare.tracker.api.security;

import org.springframework.security.core.AuthenticationException;

/** No permit for a password check within the queue timeout: 503 with Retry-After, nothing counted. */
public class SignInBusyException extends AuthenticationException {

    SignInBusyException() {
        super("The server is busy; please try again in a few seconds.");
    }
}
