package care.backcare.tracker.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The domain depends on Axon's modelling and event-sourcing APIs only. */
@AnalyzeClasses(packages = "care.backcare.tracker", importOptions = ImportOption.DoNotIncludeTests.class)
class DomainArchitectureTest {

    @ArchTest
    static final ArchRule no_spring_web_jpa_or_http = noClasses().should().dependOnClassesThat()
            .resideInAnyPackage("org.springframework..", "jakarta.persistence..", "jakarta.servlet..",
                    "org.hibernate..", "java.net.http..");

    @ArchTest
    static final ArchRule no_reports_or_pdf = noClasses().should().dependOnClassesThat()
            .resideInAnyPackage("care.backcare.tracker.report..", "care.backcare.tracker.api..",
                    "org.openpdf..", "org.jfree..", "java.awt..");

    @ArchTest
    static final ArchRule no_serialization_framework_annotations = noClasses().should().dependOnClassesThat()
            .resideInAnyPackage("com.fasterxml..", "tools.jackson..", "com.thoughtworks.xstream..");
}
