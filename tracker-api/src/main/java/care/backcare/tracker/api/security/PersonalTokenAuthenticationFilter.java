package care.backcare.tracker.api.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.Optional;

/**
 * {@code Authorization: Bearer <personal token>}: one SHA-256 and one indexed lookup, never a
 * password hash. A token that doesn't check out is a 401 at once, not an anonymous request. The
 * operator's token, when one is configured, is recognised here too, with the operator's role only.
 */
class PersonalTokenAuthenticationFilter extends OncePerRequestFilter {

    private static final String BEARER = "bearer ";

    private final PersonalTokenAuthenticator authenticator;
    private final OperatorToken operator;
    private final AuthenticationEntryPoint entryPoint;
    private final Throttle throttle;
    private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();

    PersonalTokenAuthenticationFilter(PersonalTokenAuthenticator authenticator, OperatorToken operator,
                                      AuthenticationEntryPoint entryPoint, Throttle throttle) {
        this.authenticator = authenticator;
        this.operator = operator;
        this.entryPoint = entryPoint;
        this.throttle = throttle;
    }

    static boolean carriesBearerToken(HttpServletRequest request) {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        return header != null && header.regionMatches(true, 0, BEARER, 0, BEARER.length());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!carriesBearerToken(request)) {
            chain.doFilter(request, response);
            return;
        }
        String token = request.getHeader(HttpHeaders.AUTHORIZATION).substring(BEARER.length()).trim();
        if (operator.matches(token)) {
            authenticate(UsernamePasswordAuthenticationToken.authenticated("operator", null,
                    AuthorityUtils.createAuthorityList("ROLE_OPERATOR")));
            chain.doFilter(request, response);
            return;
        }
        Optional<PatientPrincipal> principal = authenticator.authenticate(token);
        if (principal.isEmpty()) {
            throttle.signInFailed(request.getRemoteAddr(), null);
            contexts.clearContext();
            entryPoint.commence(request, response, new BadCredentialsException("invalid personal token"));
            return;
        }
        authenticate(UsernamePasswordAuthenticationToken.authenticated(
                principal.get(), null, AuthorityUtils.createAuthorityList("ROLE_PATIENT")));
        chain.doFilter(request, response);
    }

    private void authenticate(UsernamePasswordAuthenticationToken authentication) {
        SecurityContext context = contexts.createEmptyContext();
        context.setAuthentication(authentication);
        contexts.setContext(context);
    }
}
