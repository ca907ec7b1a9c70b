package care.backcare.tracker.api.security;

import care.backcare.tracker.api.web.ProblemResponses;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * DNS rebinding: a web page on an attacker's name that later resolves to 127.0.0.1 or a home network
 * address would reach this server from the victim's browser as the attacker's own origin. Such a
 * request still names the attacker's host, so only requests addressed to a known name are answered:
 * {@code tracker.hosts} when set, else {@code localhost} and the public base URL's host. IP literals
 * always pass: no name, nothing to rebind (a phone on the home network reaching {@code 192.168.1.20}); so
 * does a request with no {@code Host} header at all (HTTP/1.0: a health check), which no browser sends.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 5)
class HostAllowListFilter extends OncePerRequestFilter {

    private final Set<String> hosts = new TreeSet<>();
    private final ProblemResponses problems;

    HostAllowListFilter(PublicAddressProperties properties, ProblemResponses problems) {
        this.problems = problems;
        properties.hosts().forEach(host -> hosts.add(host.strip().toLowerCase(Locale.ROOT)));
        if (hosts.isEmpty()) {
            hosts.add("localhost");
            if (properties.publicBaseUrl() != null && properties.publicBaseUrl().getHost() != null) {
                hosts.add(properties.publicBaseUrl().getHost().toLowerCase(Locale.ROOT));
            }
        }
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String host = request.getServerName();
        // no Host header at all (HTTP/1.0: a health check, a script) is no browser's, so no rebinding
        if (request.getHeader("Host") != null && !allowed(host)) {
            SecurityEvents.hostRefused(request.getRemoteAddr(), host);
            problems.write(request, response, HttpStatus.BAD_REQUEST,
                    "This server does not answer to that host name (see tracker.hosts).");
            return;
        }
        chain.doFilter(request, response);
    }

    boolean allowed(String host) {
        if (host == null || host.isEmpty()) {
            return false;
        }
        String name = host.toLowerCase(Locale.ROOT);
        return hosts.contains(name) || ipLiteral(name);
    }

    private static boolean ipLiteral(String host) {
        if (host.startsWith("[") || host.indexOf(':') >= 0) {
            return true; // IPv6: a host name never contains a colon
        }
        String[] parts = host.split("\\.", -1);
        if (parts.length != 4) {
            return false;
        }
        for (String part : parts) {
            if (part.isEmpty() || part.length() > 3 || !part.chars().allMatch(Character::isDigit)
                    || Integer.parseInt(part) > 255) {
                return false;
            }
        }
        return true;
    }
}
