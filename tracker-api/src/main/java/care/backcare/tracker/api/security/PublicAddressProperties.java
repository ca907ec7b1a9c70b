package care.backcare.tracker.api.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.net.URI;
import java.util.List;

/**
 * How the server is reached, each default here only (docs/security.md).
 *
 * @param publicBaseUrl   {@code tracker.public-base-url}, e.g. {@code https://backcare.example.org}: the base of
 *                        every URL the server hands out (share links, ...). Unset, the request's own origin is used.
 * @param hosts           {@code tracker.hosts}: the host names requests may be addressed to (DNS rebinding gets
 *                        nowhere). Empty: {@code localhost} and the public base URL's host. IP literals always pass.
 * @param trustedProxies  {@code tracker.trusted-proxies}: the addresses of the reverse proxies whose
 *                        {@code X-Forwarded-For}/{@code -Proto}/{@code -Host} are believed (with
 *                        {@code server.forward-headers-strategy=native}). Empty: nobody's.
 */
@ConfigurationProperties("tracker")
public record PublicAddressProperties(
        URI publicBaseUrl,
        @DefaultValue List<String> hosts,
        @DefaultValue List<String> trustedProxies) {
}
