package care.backcare.tracker.api.web;

import care.backcare.tracker.account.PatientErasedException;
import care.backcare.tracker.api.account.UsernameTakenException;
import care.backcare.tracker.api.account.WrongPasswordException;
import care.backcare.tracker.api.config.TransactionTooLongException;
import care.backcare.tracker.api.data.ImportRefusedException;
import care.backcare.tracker.api.security.SignInBusyException;
import care.backcare.tracker.api.security.SignInThrottledException;
import care.backcare.tracker.api.security.TooManyAttemptsException;
import care.backcare.tracker.api.share.SharedLinkNotFoundException;
import care.backcare.tracker.kernel.EntryConflictException;
import care.backcare.tracker.kernel.InvalidValueException;
import care.backcare.tracker.clinician.NotConnectedException;
import care.backcare.tracker.clinician.TooManyInvitesException;
import care.backcare.tracker.clinician.UnknownInviteException;
import care.backcare.tracker.kernel.UnknownEntryException;
import care.backcare.tracker.share.TooManySharesException;
import care.backcare.tracker.share.UnknownShareException;
import care.backcare.tracker.token.TooManyTokensException;
import care.backcare.tracker.token.UnknownTokenException;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConflictingModificationException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.firewall.RequestRejectedException;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * The one table from an exception to the answer the client gets: status, detail and, for refusals that pass,
 * {@code Retry-After}. Spring MVC's advice ({@link ProblemHandling}), the security entry point and access-denied
 * handler, the filters and the error page all look here, so a new exception gets its status in one place.
 * The first row whose type the exception (or, failing that, one of its causes) is an instance of answers:
 * subclasses before their parents. An exception with no row is the server's fault: 500, saying nothing of it.
 * Some callers know more than the exception says (which sign-in failed) and word the detail themselves
 * ({@link Answer#withDetail}); the status is always the table's.
 */
public final class ProblemCatalog {

    public static final String NOT_UNDERSTOOD = "The request could not be understood.";
    public static final String OUR_SIDE = "Something went wrong on our side.";
    static final String UNEXPECTED = OUR_SIDE + " Nothing was recorded; please try again.";
    /** A refusal because the server is busy: the client may try again in this many seconds. */
    static final long BUSY_RETRY_SECONDS = 5;

    /** What to answer: a problem with this status and detail, and {@code Retry-After} when not null. */
    public record Answer(HttpStatus status, String detail, Long retryAfterSeconds) {

        public Answer withDetail(String otherDetail) {
            return new Answer(status, otherDetail, retryAfterSeconds);
        }

        public ProblemDetail problem() {
            return ProblemDetail.forStatusAndDetail(status, detail);
        }

        /** A response with this status and {@code Retry-After} (if any), for the problem to be added. */
        public ResponseEntity.BodyBuilder response() {
            ResponseEntity.BodyBuilder builder = ResponseEntity.status(status);
            if (retryAfterSeconds != null) {
                builder.header(HttpHeaders.RETRY_AFTER, Long.toString(retryAfterSeconds));
            }
            return builder;
        }
    }

    private record Row<T extends Throwable>(Class<T> type, Function<? super T, HttpStatus> status,
                                            Function<? super T, String> detail,
                                            ToLongFunction<? super T> retryAfterSeconds) {

        Answer answer(Throwable ex) {
            T typed = type.cast(ex);
            return new Answer(status.apply(typed), detail.apply(typed),
                    retryAfterSeconds == null ? null : retryAfterSeconds.applyAsLong(typed));
        }
    }

    private static final List<Row<?>> ROWS = List.of(
            // 400: the request itself is wrong
            row(InvalidValueException.class, HttpStatus.BAD_REQUEST),
            row(ImportRefusedException.class, refused -> refused.reason() == ImportRefusedException.Reason.CONFLICT
                    ? HttpStatus.CONFLICT : HttpStatus.BAD_REQUEST, Throwable::getMessage, null),
            row(RequestRejectedException.class, HttpStatus.BAD_REQUEST, NOT_UNDERSTOOD),
            row(InvalidParameterException.class, HttpStatus.BAD_REQUEST, NOT_UNDERSTOOD),
            // a body that cannot be decoded before any controller sees it (a form PUT in a charset it does not have)
            row(org.springframework.http.converter.HttpMessageNotReadableException.class, HttpStatus.BAD_REQUEST,
                    NOT_UNDERSTOOD),
            // 401: no one we know, or a proof that does not check out (sign-in limits first: they are 429 / 503)
            row(SignInThrottledException.class, always(HttpStatus.TOO_MANY_REQUESTS), Throwable::getMessage,
                    SignInThrottledException::retryAfterSeconds),
            row(SignInBusyException.class, always(HttpStatus.SERVICE_UNAVAILABLE), Throwable::getMessage,
                    busy -> BUSY_RETRY_SECONDS),
            row(WrongPasswordException.class, HttpStatus.UNAUTHORIZED),
            row(AuthenticationException.class, HttpStatus.UNAUTHORIZED,
                    "Sign in with your username and password (HTTP Basic) or a personal token (Authorization: Bearer)."),
            // 403: known, but not allowed
            row(CsrfException.class, HttpStatus.FORBIDDEN,
                    "Missing or invalid CSRF token: send the XSRF-TOKEN cookie's value in the X-XSRF-TOKEN header."),
            row(AuthorizationDeniedException.class, HttpStatus.FORBIDDEN, "You are not allowed to do this."),
            row(AccessDeniedException.class, HttpStatus.FORBIDDEN),
            // 404: does not exist, or is not yours (the two look the same)
            row(UnknownTokenException.class, HttpStatus.NOT_FOUND),
            row(UnknownShareException.class, HttpStatus.NOT_FOUND),
            row(UnknownEntryException.class, HttpStatus.NOT_FOUND),
            // a clinician asking about a patient who did not (or no longer) connect them: as if there were none
            row(NotConnectedException.class, HttpStatus.NOT_FOUND),
            // unknown, used, expired or deleted: one answer, so a guesser learns nothing
            row(UnknownInviteException.class, HttpStatus.NOT_FOUND),
            row(SharedLinkNotFoundException.class, HttpStatus.NOT_FOUND),
            row(NotFoundException.class, HttpStatus.NOT_FOUND),
            row(AggregateNotFoundException.class, HttpStatus.NOT_FOUND, "This account no longer exists."),
            // 408, 413: the body
            row(RequestBodyLimitFilter.BodyTooSlowException.class, HttpStatus.REQUEST_TIMEOUT,
                    "The request body did not arrive in time."),
            row(RequestBodyLimitFilter.BodyTooLargeException.class, HttpStatus.CONTENT_TOO_LARGE),
            // 409: the id or the name is taken, or a limit is reached
            row(EntryConflictException.class, HttpStatus.CONFLICT),
            row(TooManyTokensException.class, HttpStatus.CONFLICT),
            row(TooManySharesException.class, HttpStatus.CONFLICT),
            row(TooManyInvitesException.class, HttpStatus.CONFLICT),
            row(UsernameTakenException.class, HttpStatus.CONFLICT),
            row(ConflictingModificationException.class, HttpStatus.CONFLICT, "Something was recorded while the file "
                    + "was being checked; nothing of the file was recorded. Please import it again."),
            // 410: the account was erased
            row(PatientErasedException.class, HttpStatus.GONE),
            // 429: too many failures from here
            row(TooManyAttemptsException.class, always(HttpStatus.TOO_MANY_REQUESTS), Throwable::getMessage,
                    TooManyAttemptsException::retryAfterSeconds),
            // 503: busy, nothing done, a retry is safe
            row(Admission.BusyException.class, always(HttpStatus.SERVICE_UNAVAILABLE), Throwable::getMessage,
                    busy -> BUSY_RETRY_SECONDS),
            // rolled back rather than committed late (BoundedTransactionManager): overloaded, not wrong
            row(TransactionTooLongException.class, always(HttpStatus.SERVICE_UNAVAILABLE),
                    tooLong -> "The server is too busy to record this in time. Nothing was recorded; please try again.",
                    tooLong -> BUSY_RETRY_SECONDS));

    private ProblemCatalog() {
    }

    /** The answer to {@code ex}: its own row, else the row of its nearest cause that has one, else 500. */
    public static Answer answer(Throwable ex) {
        return tabled(ex).map(tabled -> rowFor(tabled.getClass()).orElseThrow().answer(tabled))
                .orElseGet(() -> new Answer(HttpStatus.INTERNAL_SERVER_ERROR, UNEXPECTED, null));
    }

    /** {@code ex} if it has a row, else its nearest cause that has one; empty when it is the server's own failure. */
    public static Optional<Throwable> tabled(Throwable ex) {
        for (Throwable current = ex; current != null; current = current.getCause() == current ? null : current.getCause()) {
            if (covers(current.getClass())) {
                return Optional.of(current);
            }
        }
        return Optional.empty();
    }

    /** Whether exceptions of this type have a row of their own or inherited. */
    public static boolean covers(Class<? extends Throwable> type) {
        return rowFor(type).isPresent();
    }

    /** For an error status without an exception (the error page, Tomcat's report): the detail it gets. */
    public static String detailForStatus(int status) {
        return status >= 400 && status < 500 ? NOT_UNDERSTOOD : OUR_SIDE;
    }

    private static Optional<Row<?>> rowFor(Class<?> type) {
        return ROWS.stream().filter(row -> row.type().isAssignableFrom(type)).findFirst();
    }

    private static <T extends Throwable> Row<T> row(Class<T> type, HttpStatus status) {
        return new Row<>(type, always(status), Throwable::getMessage, null);
    }

    private static <T extends Throwable> Row<T> row(Class<T> type, HttpStatus status, String detail) {
        return new Row<>(type, always(status), ex -> detail, null);
    }

    private static <T extends Throwable> Row<T> row(Class<T> type, Function<? super T, HttpStatus> status,
                                                    Function<? super T, String> detail,
                                                    ToLongFunction<? super T> retryAfterSeconds) {
        return new Row<>(type, status, detail, retryAfterSeconds);
    }

    private static <T> Function<T, HttpStatus> always(HttpStatus status) {
        return ex -> status;
    }
}
