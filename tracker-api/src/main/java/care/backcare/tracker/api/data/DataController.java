package care.backcare.tracker.api.data;

import care.backcare.tracker.account.PatientErasedException;
import care.backcare.tracker.api.account.PatientZones;
import care.backcare.tracker.api.security.PatientPrincipal;
import care.backcare.tracker.api.web.FieldError;
import care.backcare.tracker.api.web.ProblemCatalog;
import care.backcare.tracker.kernel.EntryConflictException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.modelling.command.ConflictingModificationException;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

@RestController
@Tag(name = "Your data")
class DataController {

    private final JsonExport json;
    private final CsvExport csv;
    private final FhirExport fhir;
    private final HistoryImport imports;
    private final Erasure erasure;
    private final PatientZones zones;
    private final Clock clock;

    DataController(JsonExport json, CsvExport csv, FhirExport fhir, HistoryImport imports, Erasure erasure,
                   PatientZones zones, Clock clock) {
        this.json = json;
        this.csv = csv;
        this.fhir = fhir;
        this.imports = imports;
        this.erasure = erasure;
        this.zones = zones;
        this.clock = clock;
    }

    @GetMapping("/api/me/export")
    @Operation(summary = "Download all your data (GDPR articles 15 and 20)",
            description = "format=json (default): every fact of your history in order, with ids and times, "
                    + "re-importable; csv: a zip of sessions.csv, exercises.csv, pain.csv, rest-days.csv; "
                    + "fhir: a FHIR R4 Bundle (collection) of your Patient, Observations and CarePlans.")
    ResponseEntity<?> export(@AuthenticationPrincipal PatientPrincipal patient,
                             @RequestParam(defaultValue = "json") String format) {
        LocalDate today = LocalDate.now(clock.withZone(zones.of(patient.patientId())));
        return switch (format.toLowerCase(Locale.ROOT)) {
            case "json" -> attachment(json.export(patient.patientId()), MediaType.APPLICATION_JSON,
                    "backcare-export-" + today + ".json");
            case "csv" -> attachment(csv.export(patient.patientId()), MediaType.parseMediaType("application/zip"),
                    "backcare-export-" + today + ".zip");
            case "fhir" -> attachment(fhir.export(patient.patientId()), MediaType.parseMediaType("application/fhir+json"),
                    "backcare-export-" + today + ".fhir.json");
            default -> ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .body(invalid(List.of(new FieldError("format", "must be one of json, csv, fhir"))));
        };
    }

    @PostMapping("/api/me/import")
    @Operation(summary = "Bring back a JSON export (up to 20 MB), all or nothing",
            description = "Facts already recorded are recognised by their ids and counted, not recorded twice. "
                    + "A fact whose id is recorded with other content is a 409 listing them; an invalid fact a 400 "
                    + "listing them; in both cases nothing is recorded. Accounts, tokens and share links are not "
                    + "moved (counted as skipped).")
    ImportOutcome importHistory(@AuthenticationPrincipal PatientPrincipal patient, @RequestBody byte[] file) {
        try {
            return imports.importFrom(patient.patientId(), file);
        } catch (CommandExecutionException e) {
            if (e.getCause() instanceof EntryConflictException conflict) {
                throw conflict;
            }
            throw e;
        }
    }

    @DeleteMapping("/api/me")
    @Operation(summary = "Close your account and erase your data (GDPR article 17)",
            description = "Asks for the password again. Your events are made unreadable by destroying your own "
                    + "encryption key; every other record of you is deleted; the username becomes free. Only the "
                    + "fact that an account was erased (its id and the time) remains. A wrong password is 401 and "
                    + "changes nothing. A personal token cannot close the account (403).")
    ResponseEntity<Void> erase(@AuthenticationPrincipal PatientPrincipal patient,
                               @Valid @RequestBody ErasureRequest request, HttpServletRequest http) {
        if (patient.method() != PatientPrincipal.Method.PASSWORD) {
            throw new AccessDeniedException("Sign in with your password to close your account.");
        }
        erasure.erase(patient.patientId(), patient.username(), request.password());
        HttpSession session = http.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        SecurityContextHolder.clearContext();
        return ResponseEntity.noContent().build();
    }

    @ExceptionHandler(ImportRefusedException.class)
    ResponseEntity<ProblemDetail> refused(ImportRefusedException ex) {
        ProblemCatalog.Answer answer = ProblemCatalog.answer(ex);
        ProblemDetail problem = answer.problem();
        switch (ex.reason()) {
            case MALFORMED -> problem.setTitle("Not an export this server can read");
            case INVALID -> {
                problem.setTitle("Invalid items");
                problem.setProperty("errors", ex.items());
            }
            case CONFLICT -> {
                problem.setTitle("Conflicting items");
                problem.setProperty("conflicts", ex.items());
                problem.setProperty("errors", ex.items()); // what every client already shows under a form
            }
        }
        return problem(answer, problem);
    }

    @ExceptionHandler({ConflictingModificationException.class, PatientErasedException.class})
    ResponseEntity<ProblemDetail> refused(RuntimeException ex) {
        ProblemCatalog.Answer answer = ProblemCatalog.answer(ex);
        return problem(answer, answer.problem());
    }

    /** The password sent with the request (not a sign-in) is wrong. */
    @ExceptionHandler(BadCredentialsException.class)
    ResponseEntity<ProblemDetail> wrongPassword(BadCredentialsException ex) {
        ProblemCatalog.Answer answer = ProblemCatalog.answer(ex).withDetail("The password is not right. Nothing was changed.");
        return problem(answer, answer.problem());
    }

    private static ResponseEntity<ProblemDetail> problem(ProblemCatalog.Answer answer, ProblemDetail problem) {
        return answer.response().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    private static ProblemDetail invalid(List<FieldError> errors) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "Some fields are not valid.");
        problem.setTitle("Invalid request");
        problem.setProperty("errors", errors);
        return problem;
    }

    private static ResponseEntity<byte[]> attachment(byte[] body, MediaType type, String filename) {
        return ResponseEntity.ok()
                .contentType(type)
                .cacheControl(CacheControl.noStore())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(filename).build().toString())
                .body(body);
    }
}
