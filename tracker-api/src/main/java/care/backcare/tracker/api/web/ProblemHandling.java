package care.backcare.tracker.api.web;

import care.backcare.tracker.api.account.UsernameTakenException;
import care.backcare.tracker.api.account.WrongPasswordException;
import care.backcare.tracker.api.config.TransactionTooLongException;
import care.backcare.tracker.api.security.TooManyAttemptsException;
import care.backcare.tracker.api.share.SharedLinkNotFoundException;
import care.backcare.tracker.share.TooManySharesException;
import care.backcare.tracker.share.UnknownShareException;
import care.backcare.tracker.clinician.NotConnectedException;
import care.backcare.tracker.clinician.TooManyInvitesException;
import care.backcare.tracker.clinician.UnknownInviteException;
import care.backcare.tracker.kernel.EntryConflictException;
import care.backcare.tracker.kernel.InvalidValueException;
import care.backcare.tracker.kernel.UnknownEntryException;
import care.backcare.tracker.token.TooManyTokensException;
import care.backcare.tracker.token.UnknownTokenException;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.modelling.command.AggregateNotFoundException;
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
import org.apache.tomcat.util.http.InvalidParameterException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.firewall.RequestRejectedException;
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
 * Every error is {@code application/problem+json}: validation failures list their fields, domain
 * refusals map to their status, and nothing internal (stack traces, SQL, class names) leaks out.
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
        if (causedBy(ex, RequestBodyLimitFilter.BodyTooLargeException.class)) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE,
                    findCause(ex, RequestBodyLimitFilter.BodyTooLargeException.class).getMessage());
            return handleExceptionInternal(ex, problem, headers, HttpStatus.CONTENT_TOO_LARGE, request);
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

    @ExceptionHandler({EntryConflictException.class, TooManyTokensException.class, TooManySharesException.class,
            UsernameTakenException.class, TooManyInvitesException.class})
    ProblemDetail conflict(RuntimeException ex) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, ex.getMessage());
    }

    @ExceptionHandler({UnknownTokenException.class, UnknownShareException.class, NotFoundException.class,
            SharedLinkNotFoundException.class, UnknownEntryException.class, NotConnectedException.class,
            UnknownInviteException.class})
    ProblemDetail notFound(RuntimeException ex) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, ex.getMessage());
    }

    @ExceptionHandler(TooManyAttemptsException.class)
    ResponseEntity<ProblemDetail> tooMany(TooManyAttemptsException ex) {
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                .header(HttpHeaders.RETRY_AFTER, Long.toString(ex.retryAfterSeconds()))
                .body(ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS, ex.getMessage()));
    }

    @ExceptionHandler(WrongPasswordException.class)
    ProblemDetail unauthorized(WrongPasswordException ex) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED, ex.getMessage());
    }

    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail forbidden(AccessDeniedException ex) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, ex.getMessage());
    }

    @ExceptionHandler(AggregateNotFoundException.class)
    ProblemDetail noSuchPatient(AggregateNotFoundException ex) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "This account no longer exists.");
    }

    @ExceptionHandler(CommandExecutionException.class)
    Object commandFailed(CommandExecutionException ex, NativeWebRequest request) throws Exception {
        Throwable cause = ex.getCause();
        if (cause instanceof InvalidValueException invalid) {
            return invalidValue(invalid);
        }
        if (cause instanceof EntryConflictException || cause instanceof TooManyTokensException
                || cause instanceof TooManySharesException || cause instanceof TooManyInvitesException) {
            return conflict((RuntimeException) cause);
        }
        if (cause instanceof UnknownTokenException || cause instanceof UnknownShareException
                || cause instanceof UnknownEntryException || cause instanceof NotConnectedException
                || cause instanceof UnknownInviteException) {
            return notFound((RuntimeException) cause);
        }
        return unexpected(ex, request);
    }

    /** The firewall refused a header or parameter, or the container could not decode the parameters. */
    @ExceptionHandler({RequestRejectedException.class, InvalidParameterException.class})
    ProblemDetail undecodable(RuntimeException ex) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "The request could not be understood.");
    }

    /**
     * A write whose transaction stayed open too long is rolled back rather than committed late (see
     * BoundedTransactionManager): the server was overloaded, not the request wrong, and a retry is safe.
     */
    private static ResponseEntity<ProblemDetail> tooSlowToRecord() {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, "5")
                .body(ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                        "The server is too busy to record this in time. Nothing was recorded; please try again."));
    }

    @ExceptionHandler(Exception.class)
    Object unexpected(Exception ex, NativeWebRequest request) {
        if (causedBy(ex, TransactionTooLongException.class)) {
            return tooSlowToRecord();
        }
        // The message of an arbitrary exception may quote data (a note, a token); log its shape only.
        log.error("Unexpected failure on {}: {}", request.getDescription(false), SafeLogging.describe(ex));
        return ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
                "Something went wrong on our side. Nothing was recorded; please try again.");
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

    private static boolean causedBy(Throwable ex, Class<? extends Throwable> type) {
        return findCause(ex, type) != null;
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
