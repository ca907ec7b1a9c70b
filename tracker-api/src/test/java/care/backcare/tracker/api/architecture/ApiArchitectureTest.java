package care.backcare.tracker.api.architecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.springframework.web.bind.annotation.RestController;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The direction of the modules (api -> domain), and a few rules inside the application. The rules name package
 * patterns, never lists of packages: a package added to the domain or the application is covered without an edit.
 */
@AnalyzeClasses(packages = "care.backcare.tracker", importOptions = ImportOption.DoNotIncludeTests.class)
class ApiArchitectureTest {

    private static final String APPLICATION = "care.backcare.tracker.api..";
    private static final String REPORTS = "care.backcare.tracker.report..";

    /** The domain module: every package under care.backcare.tracker that is not the application or the reports. */
    private static final DescribedPredicate<JavaClass> DOMAIN = resideInAPackage("care.backcare.tracker..")
            .and(not(resideInAnyPackage(APPLICATION, REPORTS)))
            .as("the domain");

    @ArchTest
    static final ArchRule the_domain_knows_nothing_of_the_application = noClasses().that(DOMAIN)
            .should().dependOnClassesThat().resideInAnyPackage(APPLICATION, REPORTS,
                    "org.springframework..", "jakarta.persistence..", "jakarta.servlet..", "org.hibernate..");

    @ArchTest
    static final ArchRule the_reports_know_nothing_of_the_application = noClasses().that().resideInAPackage(REPORTS)
            .should().dependOnClassesThat().resideInAnyPackage(APPLICATION, "org.springframework..",
                    "org.axonframework..", "jakarta.servlet..");

    @ArchTest
    static final ArchRule controllers_go_through_commands_and_queries = noClasses()
            .that().areAnnotatedWith(RestController.class)
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework.jdbc..", "jakarta.persistence..");

    /** Security may use the web layer's problem responses and shared support, never a feature of the application. */
    @ArchTest
    static final ArchRule security_does_not_depend_on_features = noClasses()
            .that().resideInAPackage("care.backcare.tracker.api.security..")
            .should().dependOnClassesThat(resideInAPackage(APPLICATION).and(not(resideInAnyPackage(
                    "care.backcare.tracker.api.security..", "care.backcare.tracker.api.web..",
                    "care.backcare.tracker.api.support..", "care.backcare.tracker.api.audit.."))))
            .as("security depends on no feature package of the application");

    /** Shared mechanics (support, audit, web) serve the features and never call back into one. */
    @ArchTest
    static final ArchRule shared_mechanics_do_not_depend_on_features = noClasses()
            .that().resideInAnyPackage("care.backcare.tracker.api.support..", "care.backcare.tracker.api.audit..")
            .should().dependOnClassesThat(resideInAPackage(APPLICATION).and(not(resideInAnyPackage(
                    "care.backcare.tracker.api.support..", "care.backcare.tracker.api.audit.."))));

    /** One package per feature in the domain: no two features need each other (the patient uses them all). */
    @ArchTest
    static final ArchRule the_domains_packages_form_no_cycles = slices()
            .matching("care.backcare.tracker.(*)..").should().beFreeOfCycles()
            .ignoreDependency(resideInAPackage(APPLICATION), DescribedPredicate.alwaysTrue());

    @ArchTest
    static final ArchRule events_are_never_serialized_with_xstream = noClasses()
            .should().dependOnClassesThat().resideInAPackage("com.thoughtworks.xstream..");
}
