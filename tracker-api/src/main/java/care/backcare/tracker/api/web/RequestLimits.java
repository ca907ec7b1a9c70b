package care.backcare.tracker.api.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * The limits on a request's body and on how many requests are worked on at once, each default here only.
 *
 * @param maxRequestBytes  {@code tracker.max-request-bytes}: the largest body, JSON or form (413 beyond)
 * @param bodyReadTimeout  {@code tracker.body-read-timeout}: the longest a client may take to send a body
 *                         (408 beyond; also the container's socket read timeout)
 * @param maxImportBytes   {@code tracker.max-import-bytes}: the largest body of {@code POST /api/me/import} (a
 *                         whole history brought back from an export)
 * @param importReadTimeout {@code tracker.import-read-timeout}: the longest a client may take to send an import
 * @param writes           {@code tracker.writes.*}
 */
@ConfigurationProperties("tracker")
public record RequestLimits(
        @DefaultValue("65536") long maxRequestBytes,
        @DefaultValue("10s") Duration bodyReadTimeout,
        @DefaultValue("20971520") long maxImportBytes,
        @DefaultValue("60s") Duration importReadTimeout,
        @DefaultValue Writes writes) {

    /**
     * @param concurrency        writes worked on at once; 0 means one per processor plus one
     * @param queueTimeout       how long a write may wait for its turn (503 beyond)
     * @param signInConcurrency  password checks and hashes (sign-in, registration, password change) at once;
     *                           0 means one per processor, at least 2
     */
    public record Writes(
            @DefaultValue("0") int concurrency,
            @DefaultValue("30s") Duration queueTimeout,
            @DefaultValue("0") int signInConcurrency) {
    }
}
