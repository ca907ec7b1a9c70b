package care.backcare.tracker.api.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.Set;

/**
 * Admission control for writes: at most {@code tracker.writes.concurrency} writes are worked on at
 * once (default: one per processor, plus one to use the time a write waits for its commit to reach
 * the disk); the others wait their turn, in order of arrival. More writes at once than that only adds
 * contention (threads, connections, index pages) and makes every read queue behind them for CPU: a
 * physiotherapist's page would wait for a burst of sessions being logged. Measured with 16 clients
 * on two cores: on a busy machine, 3 at once raised throughput from about 300 to 700-900 sessions/s
 * and cut the p99 of a concurrent trends read from 160 to about 40 ms; on a quiet one, 3 and 8 at once
 * logged the same ~1,500/s, 2 fewer (1,250/s), and the read p99 was 38 ms with 3, 64 ms with 8 (README,
 * "Benchmarks"). A write that cannot start within {@code tracker.writes.queue-timeout} is answered 503
 * with {@code Retry-After}: nothing was recorded, and the client's id makes the retry safe. Reads are
 * never held here.
 * <p>
 * A write is admitted only once it is authenticated (this filter runs after Spring Security's chain)
 * and its body has been read in full ({@link RequestBodyLimitFilter} reads it first, within a
 * deadline): a client that sends slowly, or has no account, holds no permit. Registration and the
 * password change use the small pool for password work instead ({@link Admission}).
 */
@Component
@Order(WriteAdmissionFilter.ORDER)
class WriteAdmissionFilter extends OncePerRequestFilter {

    /** After Spring Security's filter chain (-100). */
    static final int ORDER = -90;

    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");
    private static final Set<String> PASSWORD_WORK = Set.of("/api/accounts", "/api/me/password");

    private final Admission admission;
    private final ProblemResponses problems;

    WriteAdmissionFilter(Admission admission, ProblemResponses problems) {
        this.admission = admission;
        this.problems = problems;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return READS.contains(request.getMethod()) || !request.getRequestURI().startsWith("/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            admission.write(() -> chain.doFilter(request, response), PASSWORD_WORK.contains(request.getRequestURI()));
        } catch (Admission.BusyException busy) {
            problems.write(request, response, ProblemCatalog.answer(busy));
        } catch (ServletException | IOException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new ServletException(e);
        }
    }
}
