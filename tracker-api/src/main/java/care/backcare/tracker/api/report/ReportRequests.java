package care.backcare.tracker.api.report;

import care.backcare.tracker.report.ChartImages;
import care.backcare.tracker.report.Note;
import care.backcare.tracker.report.WeeklyReport;
import care.backcare.tracker.report.WeeklyReportRenderer;
import care.backcare.tracker.kernel.InvalidValueException;
import care.backcare.tracker.trend.IsoWeek;
import care.backcare.tracker.api.operations.ReadModelFreshness;
import care.backcare.tracker.api.security.Throttle;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.OptionalLong;
import java.util.UUID;

/** What the patient's and the shared report endpoints have in common: reading the week, rendering, answering. */
@Component
public class ReportRequests {

    public static final int MIN_WEEKS = 4;
    public static final int MAX_WEEKS = 52;
    /** The width the charts of an overview are drawn at: the PDF's proportions by default, narrower for a phone. */
    public static final int DEFAULT_CHART_WIDTH = 720;
    public static final int MIN_CHART_WIDTH = 280;
    public static final int MAX_CHART_WIDTH = 1440;

    /**
     * The overview the web pages show: the report's model, its charts ready for an img tag, and the weeks ×
     * stretches grid of the whole window.
     */
    public record Overview(WeeklyReport report, Charts charts, StretchGrids.StretchGrid stretchGrid,
                           List<Note> windowNotes) {
    }

    public record Charts(String progress, String association, String dailyPain) {
    }

    private final WeeklyReportAssembler assembler;
    private final WeeklyReportRenderer renderer;
    private final ChartImages charts;
    private final ReadModelFreshness freshness;
    private final Throttle throttle;
    private final StretchGrids grids;

    /**
     * Rendered PDFs by patient, week, window and the patient's newest event: asking again for the same report
     * costs two indexed lookups, not a rendering. Kept only once the read models hold that event (a report
     * rendered while it was on its way would be kept without it: {@link ReadModelFreshness}); 10 minutes at most, so the "so far" of a week in
     * progress and the generation time shown move on; bounded, so memory stays small (a report is ~100 KB).
     */
    private record RenderedKey(UUID patientId, IsoWeek week, int weeks, long lastEvent) {
    }

    private final Cache<RenderedKey, byte[]> rendered = Caffeine.newBuilder()
            .maximumSize(64)
            .expireAfterWrite(Duration.ofMinutes(10))
            .build();

    ReportRequests(WeeklyReportAssembler assembler, WeeklyReportRenderer renderer, ChartImages charts, ReadModelFreshness freshness,
                   Throttle throttle, StretchGrids grids) {
        this.grids = grids;
        this.assembler = assembler;
        this.renderer = renderer;
        this.charts = charts;
        this.freshness = freshness;
        this.throttle = throttle;
    }

    /**
     * The requested ISO week, the current one when absent; never a week that has not begun, nor one
     * whose window of {@code weeks} would start before the first week there is ({@link IsoWeek#FIRST}).
     */
    public IsoWeek week(String requested, IsoWeek current, int weeks) {
        return week(requested, current, current, weeks);
    }

    /** As {@link #week(String, IsoWeek, int)}, with {@code fallback} when no week is asked for. */
    public IsoWeek week(String requested, IsoWeek current, IsoWeek fallback, int weeks) {
        if (requested == null || requested.isBlank()) {
            return fallback;
        }
        IsoWeek week;
        try {
            week = IsoWeek.parse(requested.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException("week", "must be an ISO week such as 2026-W47");
        }
        if (week.compareTo(current) > 0) {
            throw new InvalidValueException("week", "must not be after the current week " + current);
        }
        IsoWeek earliest = IsoWeek.FIRST.plusWeeks(weeks - 1L);
        if (week.compareTo(earliest) < 0) {
            throw new InvalidValueException("week", "must be " + earliest + " or later for a window of " + weeks
                    + " weeks");
        }
        return week;
    }

    /** A cached rendering, or a new one within the caller's rate limit (Throttle: 30 a minute per address). */
    public ResponseEntity<byte[]> pdf(UUID patientId, IsoWeek week, int weeks) {
        OptionalLong newest = freshness.appliedHead(patientId);
        RenderedKey key = newest.isPresent() ? new RenderedKey(patientId, week, weeks, newest.getAsLong()) : null;
        byte[] pdf = key == null ? null : rendered.getIfPresent(key);
        if (pdf == null) {
            if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request) {
                throttle.reportRendering(request.getRequest().getRemoteAddr());
            }
            pdf = renderer.render(assembler.assemble(patientId, week, weeks));
            if (key != null) {
                rendered.put(key, pdf);
            }
        }
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("backcare-report-" + week + ".pdf", StandardCharsets.UTF_8).build().toString())
                .cacheControl(CacheControl.noStore())
                .body(pdf);
    }

    /**
     * The charts keep the PDF's type sizes, so a page asks for them about as wide as it shows them: a phone
     * then gets legible labels instead of a 720-pixel drawing shrunk to a third.
     */
    /** What an access log says was looked at: the week asked for (when it is one) and the window. */
    public static String accessDetail(String week, int weeks) {
        boolean isoWeek = week != null && week.matches("\\d{4}-W\\d{2}");
        return (isoWeek ? week : "current week") + ", " + weeks + " weeks";
    }

    public Overview overview(UUID patientId, IsoWeek week, int weeks, int chartWidth) {
        WeeklyReport report = assembler.assemble(patientId, week, weeks);
        return new Overview(report, new Charts(
                chart(report, ChartImages.Chart.PROGRESS, chartWidth, 300),
                chart(report, ChartImages.Chart.ASSOCIATION, Math.min(chartWidth, 420), 320),
                chart(report, ChartImages.Chart.DAILY_PAIN, chartWidth, 260)),
                grids.of(patientId, report.timeZone(), report.trends().weeks()),
                assembler.notesBetween(patientId, report.trends().weeks().getFirst().start(), report.week().end()));
    }

    private String chart(WeeklyReport report, ChartImages.Chart chart, int width, int height) {
        String svg = charts.svg(report, chart, width, height);
        return "data:image/svg+xml;base64," + Base64.getEncoder().encodeToString(svg.getBytes(StandardCharsets.UTF_8));
    }
}
