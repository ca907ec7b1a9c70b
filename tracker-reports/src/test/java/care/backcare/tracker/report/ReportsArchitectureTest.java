package care.backcare.tracker.report;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The reports module turns the domain's records into PDF bytes with OpenPDF and JFreeChart and
 * nothing else: no Spring, no HTTP, no JDBC, no event store.
 */
@AnalyzeClasses(packages = "care.backcare.tracker.report", importOptions = ImportOption.DoNotIncludeTests.class)
class ReportsArchitectureTest {

    @ArchTest
    static final ArchRule only_the_domain_openpdf_jfreechart_and_the_jdk = classes()
            .should().onlyDependOnClassesThat().resideInAnyPackage(
                    "care.backcare.tracker.report..",
                    "care.backcare.tracker.trend..", "care.backcare.tracker.pain..",
                    "care.backcare.tracker.session..", "care.backcare.tracker.stretch..",
                    "care.backcare.tracker.body..", "care.backcare.tracker.health..",
                    "org.openpdf.text..", "org.jfree.chart..", "org.jfree.data..", "org.jfree.svg..",
                    "java..");

    @ArchTest
    static final ArchRule no_web_persistence_or_event_store = noClasses().should().dependOnClassesThat()
            .resideInAnyPackage("org.springframework..", "jakarta..", "javax.servlet..", "java.sql..", "javax.sql..",
                    "java.net.http..", "org.axonframework..", "care.backcare.tracker.api..");
}
