package care.backcare.tracker.bench;

import care.backcare.tracker.report.SampleReports;
import care.backcare.tracker.report.WeeklyReport;
import care.backcare.tracker.report.WeeklyReportRenderer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

import java.util.concurrent.TimeUnit;

/**
 * The weekly report at its largest: a 52-week window (red flags, sharp pain, notes), rendered by
 * one shared renderer as the web server does. Targets: at most 100 ms median on one thread, at
 * least 20 reports a second with two threads.
 *
 * <pre>java -jar tracker-bench/target/benchmarks.jar ReportBenchmark -f 1 -wi 5 -i 10</pre>
 */
@State(Scope.Benchmark)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 10, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Djava.awt.headless=true", "-Xms512m", "-Xmx512m"})
public class ReportBenchmark {

    private WeeklyReportRenderer renderer;
    private WeeklyReport report;

    @Setup
    public void setUp() {
        renderer = new WeeklyReportRenderer();
        report = SampleReports.fiftyTwoWeeks();
    }

    /** Time per report on one thread; the sample distribution gives the median (p0.50). */
    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Threads(1)
    public byte[] renderOneThread() {
        return renderer.render(report);
    }

    /** Reports per second with two threads sharing the renderer. */
    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    @Threads(2)
    public byte[] renderTwoThreads() {
        return renderer.render(report);
    }
}
