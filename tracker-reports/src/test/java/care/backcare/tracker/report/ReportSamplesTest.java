package care.backcare.tracker.report;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * Renders the reports a person should look at into target/report-samples, every page as PNG
 * (110 dpi) beside the PDF: the twelve-week sample (red flags, sharp pain), the 52-week and the
 * empty report, and one with thirty long notes.
 */
class ReportSamplesTest {

    private static final Path SAMPLES = Path.of("target", "report-samples");

    static Stream<Arguments> samples() {
        return Stream.of(
                arguments("twelve-weeks", SampleReports.twelveWeeks()),
                arguments("week-in-progress", SampleReports.weekInProgress()),
                arguments("fifty-two-weeks", SampleReports.fiftyTwoWeeks()),
                arguments("empty", SampleReports.empty()),
                arguments("long-notes", SampleReports.longNotes()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void every_page_is_written_as_png(String name, WeeklyReport report) throws Exception {
        RenderedPdf pdf = RenderedPdf.of(report);
        Files.createDirectories(SAMPLES);
        Files.write(SAMPLES.resolve(name + ".pdf"), pdf.bytes());
        List<Path> pngs = pdf.writePngs(SAMPLES, name, 110);
        assertThat(pngs).hasSize(pdf.pages());
        for (Path png : pngs) {
            assertThat(Files.size(png)).isGreaterThan(10_000);
        }
    }
}
