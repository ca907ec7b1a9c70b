package care.backcare.tracker.api.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.springframework.web.bind.annotation.RestController;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The direction of the modules (api -> domain), and a few rules inside the application. */
@AnalyzeClasses(packages = "care.backcare.tracker", importOptions = ImportOption.DoNotIncludeTests.class)
class ApiArchitectureTest {

    private static final String[] DOMAIN = {"care.backcare.tracker.account..", "care.backcare.tracker.body..",
            "care.backcare.tracker.pain..", "care.backcare.tracker.patient..", "care.backcare.tracker.routine..",
            "care.backcare.tracker.session..", "care.backcare.tracker.shared..", "care.backcare.tracker.stretch..",
            "care.backcare.tracker.token..", "care.backcare.tracker.trend.."};

    @ArchTest
    static final ArchRule the_domain_knows_nothing_of_the_application = noClasses().that().resideInAnyPackage(DOMAIN)
            .should().dependOnClassesThat().resideInAnyPackage("care.backcare.tracker.api..", "care.backcare.tracker.report..",
                    "org.springframework..", "jakarta.persistence..", "jakarta.servlet..", "org.hibernate..");

    @ArchTest
    static final ArchRule controllers_go_through_commands_and_queries = noClasses()
            .that().areAnnotatedWith(RestController.class)
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework.jdbc..", "jakarta.persistence..");

    @ArchTest
    static final ArchRule security_does_not_depend_on_features = noClasses()
            .that().resideInAPackage("care.backcare.tracker.api.security..")
            .should().dependOnClassesThat().resideInAnyPackage("care.backcare.tracker.api.account..",
                    "care.backcare.tracker.api.token..", "care.backcare.tracker.api.session..",
                    "care.backcare.tracker.api.pain..", "care.backcare.tracker.api.trend..");

    @ArchTest
    static final ArchRule events_are_never_serialized_with_xstream = noClasses()
            .should().dependOnClassesThat().resideInAPackage("com.thoughtworks.xstream..");
}
