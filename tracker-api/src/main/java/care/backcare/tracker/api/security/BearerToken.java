package care.backcare.tracker.api.security;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.web.authentication.AuthenticationConverter;
import org.springframework.security.web.authentication.WebAuthenticationDetailsSource;

import java.util.List;

/** A presented {@code Authorization: Bearer} secret (a personal token or the operator's), not yet checked. */
final class BearerToken extends AbstractAuthenticationToken {

    private static final String BEARER = "bearer ";

    private final String token;

    private BearerToken(String token) {
        super(List.of());
        this.token = token;
    }

    String token() {
        return token;
    }

    @Override
    public Object getCredentials() {
        return token;
    }

    @Override
    public Object getPrincipal() {
        return null;
    }

    @Override
    public String toString() {
        return "BearerToken[...]";
    }

    static boolean presentIn(HttpServletRequest request) {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        return header != null && header.regionMatches(true, 0, BEARER, 0, BEARER.length());
    }

    /** For Spring's {@code AuthenticationFilter}: the bearer secret of the request, if it carries one. */
    static final class Converter implements AuthenticationConverter {

        private final WebAuthenticationDetailsSource details = new WebAuthenticationDetailsSource();

        @Override
        public BearerToken convert(HttpServletRequest request) {
            if (!presentIn(request)) {
                return null;
            }
            BearerToken bearer = new BearerToken(request.getHeader(HttpHeaders.AUTHORIZATION).substring(BEARER.length()).trim());
            bearer.setDetails(details.buildDetails(request));
            return bearer;
        }
    }
}
