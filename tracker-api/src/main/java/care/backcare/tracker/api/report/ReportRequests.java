package care.backcare.tracker.api.report;

import care.backcare.tracker.report.ChartImages;
import care.backcare.tracker.report.WeeklyReport;
import care.backcare.tracker.report.WeeklyReportRenderer;
import care.backcare.tracker.shared.InvalidValueException;
import care.backcare.tracker.trend.IsoWeek;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;

/** What the patient's and the shared report endpoints have in common: reading the week, rendering, answering. */
@Component
public class ReportRequests {

    public static final int MIN_WEEKS = 4;
    public static final int MAX_WEEKS = 52;

    /** The overview the web pages show: the report's model and its charts, ready for an img tag. */
    public record Overview(WeeklyReport report, Charts charts) {
    }

    public record Charts(String progress, String association, String dailyPain) {
    }

    private final WeeklyReportAssembler assembler;
    private final WeeklyReportRenderer renderer;
    private final ChartImages charts;

    ReportRequests(WeeklyReportAssembler assembler, WeeklyReportRenderer renderer, ChartImages charts) {
        this.assembler = assembler;
        this.renderer = renderer;
        this.charts = charts;
    }

    /** The requested ISO week, the current one when absent; never a week that has not begun. */
    public IsoWeek week(String requested, IsoWeek current) {
        if (requested == null || requested.isBlank()) {
            return current;
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
        return week;
    }

    public ResponseEntity<byte[]> pdf(UUID patientId, IsoWeek week, int weeks) {
        byte[] pdf = renderer.render(assembler.assemble(patientId, week, weeks));
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("backcare-report-" + week + ".pdf", StandardCharsets.UTF_8).build().toString())
                .cacheControl(CacheControl.noStore())
                .body(pdf);
    }

    public Overview overview(UUID patientId, IsoWeek week, int weeks) {
        WeeklyReport report = assembler.assemble(patientId, week, weeks);
        return new Overview(report, new Charts(
                dataUri(charts.svg(report, ChartImages.Chart.PROGRESS, 720, 300)),
                dataUri(charts.svg(report, ChartImages.Chart.ASSOCIATION, 420, 320)),
                dataUri(charts.svg(report, ChartImages.Chart.DAILY_PAIN, 720, 260))));
    }

    private static String dataUri(String svg) {
        return "data:image/svg+xml;base64," + Base64.getEncoder().encodeToString(svg.getBytes(StandardCharsets.UTF_8));
    }
}
