package care.backcare.tracker.api.security;

import care.backcare.tracker.api.web.RequestLimits;
import org.apache.catalina.valves.RemoteIpValve;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The container's share of the hardening:
 * <ul>
 * <li>Forwarded headers. With {@code server.forward-headers-strategy=native} Tomcat believes
 * {@code X-Forwarded-*} from every private, loopback and link-local address by default, so anyone on
 * the home network, a VPN or a container network could pick their address (escaping the per-address
 * limits) or the host of the share links. Here only {@code tracker.trusted-proxies} are believed, and
 * nobody when none is named.</li>
 * <li>Slow clients: the socket read timeout is the body read deadline ({@code tracker.body-read-timeout}),
 * so a connection that stops sending is closed as soon as one that trickles.</li>
 * <li>Form bodies: the container parses at most {@code tracker.max-request-bytes}, like every other body.</li>
 * </ul>
 */
@Component
class ServerHardening implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

    private final PublicAddressProperties address;
    private final RequestLimits limits;

    ServerHardening(PublicAddressProperties address, RequestLimits limits) {
        this.address = address;
        this.limits = limits;
    }

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        String trusted = trustedProxiesPattern(address.trustedProxies());
        factory.getEngineValves().stream()
                .filter(RemoteIpValve.class::isInstance)
                .map(RemoteIpValve.class::cast)
                .forEach(valve -> {
                    valve.setInternalProxies(trusted);
                    valve.setTrustedProxies(null);
                });
        factory.addConnectorCustomizers(connector -> {
            connector.setMaxPostSize((int) Math.min(Integer.MAX_VALUE, limits.maxRequestBytes()));
            // idle keep-alive connections keep Tomcat's own default (it would otherwise follow connectionTimeout)
            String keepAlive = connector.getProperty("keepAliveTimeout") instanceof Integer configured && configured > 0
                    ? configured.toString() : "60000";
            connector.setProperty("connectionTimeout", Long.toString(limits.bodyReadTimeout().toMillis()));
            connector.setProperty("keepAliveTimeout", keepAlive);
        });
    }

    /** Exact addresses, as one regular expression for Tomcat; none matches nothing. */
    static String trustedProxiesPattern(List<String> proxies) {
        if (proxies.isEmpty()) {
            return "";
        }
        return proxies.stream().map(String::strip).map(Pattern::quote).collect(Collectors.joining("|"));
    }

    /** After Spring Boot's own customizer, which adds the RemoteIpValve. */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
