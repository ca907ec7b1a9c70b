package care.backcare.tracker.api.web;

import care.backcare.tracker.api.config.TransactionTooLongException;
import care.backcare.tracker.api.data.protection.ErasedPatientDataException;
import care.backcare.tracker.api.security.TooManyAttemptsException;
import care.backcare.tracker.kernel.EntryConflictException;
import care.backcare.tracker.kernel.InvalidValueException;
import care.backcare.tracker.kernel.UnknownEntryException;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.axonframework.commandhandling.CommandExecutionException;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.web.csrf.MissingCsrfTokenException;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The one exception-to-status table: complete for the application's own exceptions, and right in what it answers. */
class ProblemCatalogTest {

    /** The application's exceptions that never reach a request, and why; everything else needs a row. */
    private static final Map<Class<? extends Throwable>, String> NEVER_ANSWERED = Map.of(
            ErasedPatientDataException.class, "raised only where an erased patient's events are read without the "
                    + "upcaster that skips them (an event processor stops on it); no request reads them");

    private static final UUID ENTRY = UUID.fromString("5f0c6f0e-8d5c-4d7e-9a43-0c2b8a1f9e11");

    @Test
    void every_exception_of_the_application_and_the_domain_has_a_row() {
        List<JavaClass> exceptions = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("care.backcare.tracker")
                .stream()
                .filter(type -> type.isAssignableTo(Throwable.class))
                .filter(type -> !type.getModifiers().contains(JavaModifier.ABSTRACT))
                .toList();
        // the domain's refusals, the web layer's and security's are all seen (the scan finds the modules' classes)
        assertThat(exceptions).extracting(JavaClass::getName).contains(EntryConflictException.class.getName(),
                NotFoundException.class.getName(), TooManyAttemptsException.class.getName(),
                "care.backcare.tracker.share.UnknownShareException", "care.backcare.tracker.token.TooManyTokensException");

        List<String> unanswered = exceptions.stream()
                .filter(type -> !NEVER_ANSWERED.containsKey(type.reflect()))
                .filter(type -> !ProblemCatalog.covers(type.reflect().asSubclass(Throwable.class)))
                .map(JavaClass::getName)
                .toList();
        assertThat(unanswered).as("exceptions without a row in ProblemCatalog (a 500 if one reaches a request)")
                .isEmpty();
    }

    @Test
    void each_kind_of_refusal_gets_its_status() {
        assertThat(status(new InvalidValueException("painScore", "must be between 0 and 10"))).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(status(new BadCredentialsException("no"))).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(status(new InsufficientAuthenticationException("anonymous"))).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(status(new AuthorizationDeniedException("Access Denied"))).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(status(new UnknownEntryException("pain entry", ENTRY))).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(status(new EntryConflictException("pain entry", ENTRY))).isEqualTo(HttpStatus.CONFLICT);
        assertThat(status(new IllegalStateException("a bug"))).isEqualTo(HttpStatus.INTERNAL_SERVER_ERROR);
    }

    @Test
    void the_detail_is_the_refusals_own_words_or_a_fixed_one_never_an_internal_message() {
        EntryConflictException conflict = new EntryConflictException("pain entry", ENTRY);
        assertThat(ProblemCatalog.answer(conflict).detail()).isEqualTo(conflict.getMessage());
        assertThat(ProblemCatalog.answer(new AuthorizationDeniedException("Access Denied")).detail())
                .isEqualTo("You are not allowed to do this.");
        assertThat(ProblemCatalog.answer(new MissingCsrfTokenException(null)).detail()).contains("X-XSRF-TOKEN");
        ProblemCatalog.Answer bug = ProblemCatalog.answer(new IllegalStateException("select * from patient where note='x'"));
        assertThat(bug.detail()).isEqualTo("Something went wrong on our side. Nothing was recorded; please try again.")
                .doesNotContain("select");
        assertThat(bug.retryAfterSeconds()).isNull();
    }

    @Test
    void refusals_that_pass_say_when_to_try_again() {
        ProblemCatalog.Answer throttled = ProblemCatalog.answer(
                new TooManyAttemptsException("Too many failed sign-in attempts.", Duration.ofMillis(1_500)));
        assertThat(throttled.status()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
        assertThat(throttled.retryAfterSeconds()).isEqualTo(2);
        assertThat(throttled.response().build().getHeaders().getFirst("Retry-After")).isEqualTo("2");

        ProblemCatalog.Answer tooLong = ProblemCatalog.answer(
                new TransactionTooLongException(Duration.ofSeconds(25), Duration.ofSeconds(20)));
        assertThat(tooLong.status()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
        assertThat(tooLong.retryAfterSeconds()).isEqualTo(5);
        assertThat(tooLong.detail()).doesNotContain("ms").contains("Nothing was recorded");
    }

    @Test
    void a_wrapped_refusal_is_answered_as_itself() {
        RuntimeException wrapped = new CommandExecutionException("failed", new UnknownEntryException("pain entry", ENTRY));
        assertThat(ProblemCatalog.tabled(wrapped)).get().isInstanceOf(UnknownEntryException.class);
        assertThat(ProblemCatalog.answer(wrapped).status()).isEqualTo(HttpStatus.NOT_FOUND);
        RuntimeException rolledBack = new IllegalStateException("commit failed",
                new TransactionTooLongException(Duration.ofSeconds(25), Duration.ofSeconds(20)));
        assertThat(status(rolledBack)).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
        assertThat(ProblemCatalog.tabled(new IllegalStateException(new RuntimeException()))).isEmpty();
    }

    @Test
    void statuses_without_an_exception_say_whose_fault_it_is() {
        assertThat(ProblemCatalog.detailForStatus(400)).isEqualTo("The request could not be understood.");
        assertThat(ProblemCatalog.detailForStatus(505)).isEqualTo("Something went wrong on our side.");
    }

    private static HttpStatus status(Throwable ex) {
        return ProblemCatalog.answer(ex).status();
    }
}
