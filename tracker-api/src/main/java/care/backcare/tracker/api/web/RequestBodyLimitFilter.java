package care.backcare.tracker.api.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URLDecoder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Refuses request bodies over {@code tracker.max-request-bytes} with 413 before anything reads them:
 * by the declared Content-Length when there is one, and by counting when the body is chunked. The
 * same limit holds for form bodies (the web page's sign-in), which the container would otherwise
 * parse up to its own, larger limit.
 * <p>
 * The body is then read in full, here, before authentication and before any admission permit is taken
 * ({@link WriteAdmissionFilter}): a client must send it within {@code tracker.body-read-timeout}, or it
 * is answered 408 and the connection closed. A client trickling a body a byte at a time holds one
 * request thread for that long and nothing else.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class RequestBodyLimitFilter extends OncePerRequestFilter {

    /** A whole history brought back from an export: the one request allowed to be large, and slower. */
    static final String IMPORT_PATH = "/api/me/import";

    private final RequestLimits limits;
    private final ProblemResponses problems;

    RequestBodyLimitFilter(RequestLimits limits, ProblemResponses problems) {
        this.limits = limits;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean importing = IMPORT_PATH.equals(request.getRequestURI());
        long maxBytes = importing ? limits.maxImportBytes() : limits.maxRequestBytes();
        Duration readTimeout = importing ? limits.importReadTimeout() : limits.bodyReadTimeout();
        if (request.getContentLengthLong() > maxBytes) {
            problems.write(request, response, ProblemCatalog.answer(new BodyTooLargeException(maxBytes)));
            return;
        }
        HttpServletRequest buffered = request;
        if (hasBody(request)) {
            byte[] body;
            try {
                body = readWithin(request.getInputStream(), maxBytes, readTimeout);
            } catch (BodyTooLargeException oversize) {
                problems.write(request, response, ProblemCatalog.answer(oversize));
                return;
            } catch (BodyTooSlowException | java.net.SocketTimeoutException slow) {
                response.setHeader(HttpHeaders.CONNECTION, "close");
                problems.write(request, response, ProblemCatalog.answer(new BodyTooSlowException()).withDetail(
                        "The request body did not arrive within " + readTimeout.toSeconds() + " seconds."));
                return;
            }
            buffered = new BufferedRequest(request, body);
        }
        try {
            chain.doFilter(buffered, response);
        } catch (ServletException | IOException | RuntimeException failure) {
            // read past the limit outside Spring MVC (a form body parsed by a filter, say)
            if (!causedByOversize(failure) || response.isCommitted()) {
                throw failure;
            }
            response.reset();
            problems.write(request, response, ProblemCatalog.answer(new BodyTooLargeException(maxBytes)));
        }
    }

    private static boolean hasBody(HttpServletRequest request) {
        return request.getContentLengthLong() > 0 || request.getHeader(HttpHeaders.TRANSFER_ENCODING) != null;
    }

    /** The whole body, at most {@code maxBytes}, within the read deadline (checked after every read). */
    private static byte[] readWithin(InputStream in, long maxBytes, Duration readTimeout) throws IOException {
        long deadline = System.nanoTime() + readTimeout.toNanos();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        byte[] chunk = new byte[8192];
        int n;
        while ((n = in.read(chunk)) >= 0) {
            body.write(chunk, 0, n);
            if (body.size() > maxBytes) {
                throw new BodyTooLargeException(maxBytes);
            }
            if (System.nanoTime() - deadline > 0) {
                throw new BodyTooSlowException();
            }
        }
        return body.toByteArray();
    }

    private static boolean causedByOversize(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof BodyTooLargeException) {
                return true;
            }
            if (cause.getCause() == cause) {
                return false;
            }
        }
        return false;
    }

    /** A body past the limit; 413 in {@link ProblemCatalog}. */
    static final class BodyTooLargeException extends IOException {
        BodyTooLargeException(long maxBytes) {
            super("The request body is larger than " + maxBytes + " bytes.");
        }
    }

    /** Too slow: the body was not complete within the read deadline (408 in {@link ProblemCatalog}). */
    static final class BodyTooSlowException extends IOException {
    }

    /**
     * The request with its body already read: the stream replays it, and a form body's parameters are
     * parsed from it (with the query string's, as the container would).
     */
    private static final class BufferedRequest extends HttpServletRequestWrapper {

        private final byte[] body;
        private Map<String, String[]> parameters;

        BufferedRequest(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] buffer, int offset, int length) {
                    return in.read(buffer, offset, length);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("the body has been read already");
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            Charset charset = getCharacterEncoding() == null ? StandardCharsets.UTF_8 : Charset.forName(getCharacterEncoding());
            return new BufferedReader(new InputStreamReader(getInputStream(), charset));
        }

        @Override
        public String getParameter(String name) {
            String[] values = getParameterMap().get(name);
            return values == null || values.length == 0 ? null : values[0];
        }

        @Override
        public String[] getParameterValues(String name) {
            return getParameterMap().get(name);
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.enumeration(getParameterMap().keySet());
        }

        @Override
        public synchronized Map<String, String[]> getParameterMap() {
            if (parameters == null) {
                Map<String, List<String>> all = new LinkedHashMap<>();
                parse(getQueryString(), StandardCharsets.UTF_8, all);
                String type = getContentType();
                if (type != null && type.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded")) {
                    Charset charset = getCharacterEncoding() == null ? StandardCharsets.UTF_8
                            : Charset.forName(getCharacterEncoding());
                    parse(new String(body, charset), charset, all);
                }
                Map<String, String[]> result = new LinkedHashMap<>();
                all.forEach((key, values) -> result.put(key, values.toArray(String[]::new)));
                parameters = Collections.unmodifiableMap(result);
            }
            return parameters;
        }

        private static void parse(String encoded, Charset charset, Map<String, List<String>> into) {
            if (encoded == null || encoded.isEmpty()) {
                return;
            }
            for (String pair : encoded.split("&")) {
                if (pair.isEmpty()) {
                    continue;
                }
                int equals = pair.indexOf('=');
                try {
                    String key = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), charset);
                    String value = equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), charset);
                    into.computeIfAbsent(key, k -> new ArrayList<>()).add(value);
                } catch (IllegalArgumentException malformed) {
                    // skipped, as the container skips a malformed pair
                }
            }
        }
    }
}
