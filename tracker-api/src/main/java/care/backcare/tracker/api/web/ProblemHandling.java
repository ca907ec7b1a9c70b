package care.backcare.tracker.api.web;

import care.backcare.tracker.kernel.InvalidValueException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Every error is {@code application/problem+json}: validation failures list their fields, refusals get
 * the status {@link ProblemCatalog} gives them, and nothing internal (stack traces, SQL, class names) leaks out.
 */
@RestControllerAdvice
class ProblemHandling extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemHandling.class);
    static final String INVALID_FIELDS = "The request has invalid fields.";

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldError> errors = new ArrayList<>();
        ex.getBindingResult().getFieldErrors().forEach(error ->
                errors.add(new FieldError(error.getField(), error.getDefaultMessage())));
        ex.getBindingResult().getGlobalErrors().forEach(error ->
                errors.add(new FieldError(error.getObjectName(), error.getDefaultMessage())));
        return handleExceptionInternal(ex, invalid(errors), headers, HttpStatus.BAD_REQUEST, request);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldError> errors = new ArrayList<>();
        ex.getParameterValidationResults().forEach(result -> {
            String name = result.getMethodParameter().getParameterName();
            result.getResolvableErrors().stream()
                    .map(MessageSourceResolvable::getDefaultMessage)
                    .forEach(message -> errors.add(new FieldError(name, message)));
        });
        return handleExceptionInternal(ex, invalid(errors), headers, HttpStatus.BAD_REQUEST, request);
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        String name = ex instanceof MethodArgumentTypeMismatchException mismatch ? mismatch.getName() : ex.getPropertyName();
        FieldError error = new FieldError(name, expectation(ex.getRequiredType()));
        return handleExceptionInternal(ex, invalid(List.of(error)), headers, HttpStatus.BAD_REQUEST, request);
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        FieldError error = new FieldError(ex.getParameterName(), "is required");
        return handleExceptionInternal(ex, invalid(List.of(error)), headers, HttpStatus.BAD_REQUEST, request);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        RequestBodyLimitFilter.BodyTooLargeException tooLarge = findCause(ex, RequestBodyLimitFilter.BodyTooLargeException.class);
        if (tooLarge != null) {
            ProblemCatalog.Answer answer = ProblemCatalog.answer(tooLarge);
            return handleExceptionInternal(ex, answer.problem(), headers, answer.status(), request);
        }
        JacksonException json = findCause(ex, JacksonException.class);
        ProblemDetail problem;
        if (json instanceof UnrecognizedPropertyException unknown) {
            problem = invalid(List.of(new FieldError(path(unknown), "is not a known field")));
        } else if (json instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
            problem = invalid(List.of(new FieldError(path(mismatch), expectation(mismatch.getTargetType()))));
        } else if (json instanceof MismatchedInputException) {
            problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "The body must be a JSON object.");
        } else if (json instanceof StreamReadException || json != null) {
            problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "The body is not valid JSON" + where(json) + ".");
        } else {
            problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "A JSON body is required.");
        }
        return handleExceptionInternal(ex, problem, headers, HttpStatus.BAD_REQUEST, request);
    }

    @ExceptionHandler(InvalidValueException.class)
    ProblemDetail invalidValue(InvalidValueException ex) {
        return invalid(List.of(new FieldError(ex.field(), ex.getMessage())));
    }

    /**
     * Every refusal in {@link ProblemCatalog}: the domain's rules (also when a command handler's refusal arrives
     * wrapped), security's, the firewall's and the container's. Anything else is the server's fault.
     */
    @ExceptionHandler(Exception.class)
    Object refused(Exception ex, NativeWebRequest request) {
        Throwable tabled = ProblemCatalog.tabled(ex).orElse(null);
        if (tabled == null) {
            // The message of an arbitrary exception may quote data (a note, a token); log its shape only.
            log.error("Unexpected failure on {}: {}", request.getDescription(false), SafeLogging.describe(ex));
        } else if (tabled instanceof InvalidValueException invalid) {
            return invalidValue(invalid);
        }
        ProblemCatalog.Answer answer = ProblemCatalog.answer(ex);
        return answer.response().body(answer.problem());
    }

    static ProblemDetail invalid(Collection<FieldError> errors) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, INVALID_FIELDS);
        problem.setTitle("Invalid request");
        problem.setProperty("errors", errors.stream()
                .sorted(Comparator.comparing(FieldError::field).thenComparing(FieldError::message))
                .toList());
        return problem;
    }

    private static String path(JacksonException ex) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : ex.getPath()) {
            if (reference.getPropertyName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? "body" : path.toString();
    }

    private static String where(JacksonException ex) {
        TokenStreamLocation location = ex.getLocation();
        if (location == null || location.getLineNr() < 1) {
            return "";
        }
        return " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
    }

    static String expectation(Class<?> type) {
        if (type == null) {
            return "has the wrong type";
        }
        if (type.isEnum()) {
            return "must be one of " + Arrays.stream(type.getEnumConstants()).map(Object::toString)
                    .collect(Collectors.joining(", "));
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return "must be an integer";
        }
        if (type == String.class) {
            return "must be a string";
        }
        if (type == UUID.class) {
            return "must be a UUID";
        }
        if (type == java.time.Instant.class) {
            return "must be an ISO-8601 instant such as 2026-11-16T07:30:00Z";
        }
        if (type == java.time.LocalDate.class) {
            return "must be a date such as 2026-11-16";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "must be true or false";
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "must be an array";
        }
        return "must be an object";
    }

    private static <T extends Throwable> T findCause(Throwable ex, Class<T> type) {
        for (Throwable current = ex; current != null; current = current.getCause()) {
            if (type.isInstance(current)) {
                return type.cast(current);
            }
            if (current.getCause() == current) {
                break;
            }
        }
        return null;
    }
}
