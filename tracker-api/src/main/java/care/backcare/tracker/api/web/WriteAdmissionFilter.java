package care.backcare.tracker.api.web;

import care.backcare.tracker.api.config.TrackerProperties;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Admission control for writes: at most {@code tracker.writes.concurrency} writes are worked on at
 * once (default: one per processor, plus one to use the time a write waits for its commit to reach
 * the disk); the others wait their turn, in order of arrival. More writes at once than that only adds
 * contention (threads, connections, index pages) and makes every read queue behind them for CPU: a
 * physiotherapist's page would wait for a burst of sessions being logged. Measured with 16 clients
 * on two cores: on a busy machine, 3 at once raised throughput from about 300 to 700-900 sessions/s
 * and cut the p99 of a concurrent trends read from 160 to about 40 ms; on a quiet one, 3 and 8 at once
 * logged the same ~1,500/s, 2 fewer (1,250/s), and the read p99 was 38 ms with 3, 64 ms with 8 (docs/benchmarks.md). A write that cannot start
 * within {@code tracker.writes.queue-timeout} is answered 503 with {@code Retry-After}: nothing was
 * recorded, and the client's id makes the retry safe. Reads are never held here.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
// the settings are declared here too, so that controller slice tests (which load filters, not configuration) have them
@EnableConfigurationProperties(TrackerProperties.class)
class WriteAdmissionFilter extends OncePerRequestFilter {

    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    private final Semaphore permits;
    private final Duration queueTimeout;
    private final ProblemResponses problems;

    WriteAdmissionFilter(TrackerProperties properties, ProblemResponses problems) {
        this.permits = new Semaphore(properties.writes().permits(), true);
        this.queueTimeout = properties.writes().queueTimeout();
        this.problems = problems;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return READS.contains(request.getMethod()) || !request.getRequestURI().startsWith("/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean admitted;
        try {
            admitted = permits.tryAcquire(queueTimeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            admitted = false;
        }
        if (!admitted) {
            response.setHeader(HttpHeaders.RETRY_AFTER, "5");
            problems.write(request, response, HttpStatus.SERVICE_UNAVAILABLE,
                    "The server is busy; nothing was recorded. Please try again in a few seconds.");
            return;
        }
        try {
            chain.doFilter(request, response);
        } finally {
            permits.release();
        }
    }
}
