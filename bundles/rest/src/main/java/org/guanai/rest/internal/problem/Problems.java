package org.guanai.rest.internal.problem;

import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;

import javax.ws.rs.ForbiddenException;
import javax.ws.rs.WebApplicationException;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.Response;

import org.guanai.registry.api.AccessRefusedException;
import org.guanai.registry.api.ConflictException;
import org.guanai.registry.api.FieldError;
import org.guanai.registry.api.LimitExceededException;
import org.guanai.registry.api.Message;
import org.guanai.registry.api.NotFoundException;
import org.guanai.registry.api.RegistryException;
import org.guanai.registry.api.StaleVersionException;
import org.guanai.registry.api.ValidationException;
import org.guanai.rest.api.Etags;
import org.guanai.rest.api.GuanaiRest;
import org.guanai.registry.api.security.Caller;
import org.guanai.registry.api.security.CallerContext;
import org.guanai.rest.internal.InvalidInputException;
import org.guanai.rest.internal.LogText;
import org.guanai.rest.internal.RestText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every error the API returns, as {@code application/problem+json}. Details are either messages
 * written for clients (registry exceptions, {@link InvalidInputException}, the one-line message of a
 * resource's {@link ForbiddenException}) or fixed texts: never
 * an exception's class, stack trace or a driver's SQL. Every answer carries a correlation id; a refusal (4xx) is
 * logged as one line with it, an unexpected failure (5xx) with it and its stack trace.
 */
public final class Problems {
    public static final String BASIC_CHALLENGE = "Basic realm=\"Guanai\"";
    /** One line per refused request (INFO; 401 at DEBUG), one ERROR with the stack trace per server error. */
    private static final Logger LOG = LoggerFactory.getLogger("org.guanai.rest.problems");
    public static final String CORRELATION_HEADER = "X-Correlation-Id";
    /** What WebApplicationException makes up when given no message, e.g. "HTTP 403 Forbidden". */
    private static final Pattern RUNTIME_MESSAGE = Pattern.compile("HTTP \\d{3}( .*)?");
    private static final int MAX_CLIENT_MESSAGE = 300;
    private static final List<String> KEPT_HEADERS = List.of(HttpHeaders.ALLOW, HttpHeaders.RETRY_AFTER);

    /** The response for {@code e}, thrown while serving {@code instance} (the request path, may be null), in Chinese. */
    public Response toResponse(Throwable e, String instance) {
        return toResponse(e, instance, Message.CHINESE);
    }

    /**
     * The response for {@code e}, thrown while serving {@code instance} (the request path, may be null), with
     * title, detail and field messages in {@code language} ({@link Message#supported}: Chinese unless English).
     */
    public Response toResponse(Throwable e, String instance, Locale language) {
        Locale l = Message.supported(language);
        if (e instanceof InvalidInputException) {
            return invalidInput((InvalidInputException) e, instance, l);
        }
        if (e instanceof ValidationException) {
            List<FieldError> errors = ((ValidationException) e).errors().stream().map(f -> f.in(l)).toList();
            return build(problem(ProblemType.VALIDATION, ((ValidationException) e).getMessage(l), instance, errors, l))
                    .build();
        }
        if (e instanceof RegistryException) {
            return registry((RegistryException) e, instance, l);
        }
        if (e instanceof Etags.PreconditionRequiredException) {
            return build(problem(ProblemType.PRECONDITION_REQUIRED, null, instance, null, l)).build();
        }
        if (e instanceof Etags.IllegalIfMatchException) {
            return build(problem(ProblemType.MALFORMED_REQUEST, RestText.message("ifMatch.illegal",
                    ((Etags.IllegalIfMatchException) e).value()).render(l), instance, null, l)).build();
        }
        if (e instanceof WebApplicationException) {
            return webApplication((WebApplicationException) e, instance, l);
        }
        return internal(e, 500, instance, l).build();
    }

    private Response registry(RegistryException e, String instance, Locale l) {
        String detail = e.getMessage(l);
        if (e instanceof NotFoundException) {
            return build(problem(ProblemType.NOT_FOUND, detail, instance, null, l)).build();
        }
        if (e instanceof ConflictException) {
            String field = ((ConflictException) e).field();
            List<FieldError> errors = field == null ? null : List.of(new FieldError(field, detail));
            return build(problem(ProblemType.CONFLICT, detail, instance, errors, l)).build();
        }
        if (e instanceof StaleVersionException) {
            return build(problem(ProblemType.STALE_VERSION, detail, instance, null, l))
                    .tag(Etags.of(((StaleVersionException) e).currentVersion())).build();
        }
        if (e instanceof LimitExceededException) {
            LimitExceededException limit = (LimitExceededException) e;
            if (limit.limit() == LimitExceededException.Limit.SIZE) {
                return build(problem(ProblemType.PAYLOAD_TOO_LARGE, detail, instance, null, l)).build();
            }
            return build(problem(ProblemType.BUSY, detail, instance, null, l))
                    .header(HttpHeaders.RETRY_AFTER, Math.max(1, limit.retryAfterSeconds())).build();
        }
        if (e instanceof AccessRefusedException) {
            return forbidden(instance, detail, l);
        }
        // A refusal the registry has no finer type for yet; its message is written for clients.
        return build(problem(ProblemType.VALIDATION, detail, instance, List.of(), l)).build();
    }

    /** 401 with the Basic challenge. */
    public Response unauthorized(String instance, Locale language) {
        return unauthorized(instance, null, language);
    }

    /** 401 with the Basic challenge and a detail of the caller's choosing (e.g. a temporary lockout), null for the usual. */
    public Response unauthorized(String instance, Message detail, Locale language) {
        Locale l = Message.supported(language);
        return build(problem(ProblemType.UNAUTHORIZED, detail == null ? null : detail.render(l), instance, null, l))
                .header(HttpHeaders.WWW_AUTHENTICATE, BASIC_CHALLENGE).build();
    }

    /** 403 with {@code detail}, which must name neither roles nor internals. */
    public Response forbidden(String instance, Message detail, Locale language) {
        Locale l = Message.supported(language);
        return forbidden(instance, detail.render(l), l);
    }

    private Response forbidden(String instance, String detail, Locale l) {
        return build(problem(ProblemType.FORBIDDEN, detail, instance, null, l)).build();
    }

    private Response invalidInput(InvalidInputException e, String instance, Locale l) {
        String message = e.getMessage(l);
        if (e.status() == 413) {
            return build(problem(ProblemType.PAYLOAD_TOO_LARGE, message, instance, null, l)).build();
        }
        if (e.status() == 404) {
            return build(problem(ProblemType.NOT_FOUND, e.field() + ": " + message, instance, null, l)).build();
        }
        if (e.field() == null) {
            return build(problem(ProblemType.MALFORMED_REQUEST, message, instance, null, l)).build();
        }
        return build(problem(ProblemType.VALIDATION, e.field() + ": " + message, instance,
                List.of(new FieldError(e.field(), message)), l)).build();
    }

    /** Errors of the JAX-RS runtime (no such path, method, media type …) keep their status. */
    private Response webApplication(WebApplicationException e, String instance, Locale l) {
        Response original = e.getResponse();
        if (original == null) {
            return internal(e, 500, instance, l).build();
        }
        int status = original.getStatus();
        Response.ResponseBuilder builder;
        if (status >= 500) {
            builder = internal(e, status, instance, l);
        } else {
            ProblemType type = ProblemType.forStatus(status);
            builder = build(type == null
                    ? problem("about:blank", reasonPhrase(status), status, reasonPhrase(status), instance, null)
                    : problem(type, runtimeDetail(type, e, original, l), instance, null, l));
        }
        for (String header : KEPT_HEADERS) {
            String value = original.getHeaderString(header);
            if (value != null) {
                builder.header(header, value);
            }
        }
        if (status == 401) {
            builder.header(HttpHeaders.WWW_AUTHENTICATE, BASIC_CHALLENGE);
        }
        return builder.build();
    }

    private static String runtimeDetail(ProblemType type, WebApplicationException e, Response original, Locale l) {
        // The runtime signals a parameter it could not convert with 404 (path, query) or 400 (header).
        boolean badParameter = e.getCause() instanceof IllegalArgumentException;
        if (badParameter && (type == ProblemType.NOT_FOUND || type == ProblemType.MALFORMED_REQUEST)) {
            return RestText.message("problem.bad-parameter").render(l);
        }
        if (type == ProblemType.FORBIDDEN && e instanceof ForbiddenException && isForClient(e)) {
            return e.getMessage().trim();
        }
        if (type == ProblemType.METHOD_NOT_ALLOWED) {
            String allow = original.getHeaderString(HttpHeaders.ALLOW);
            if (allow != null && !allow.isBlank()) {
                return RestText.message("problem.method-not-allowed.allowed", allow).render(l);
            }
        }
        return type.defaultDetail().render(l);
    }

    /**
     * A resource's {@code new ForbiddenException("recording a health result needs the health role")}
     * is written for the client: one plain line. Not the runtime's own "HTTP 403 Forbidden", not
     * multi-line text, not a wrapped exception's message (it may carry internals): those get the
     * generic detail.
     */
    private static boolean isForClient(WebApplicationException e) {
        String message = e.getMessage();
        if (message == null || message.isBlank() || e.getCause() != null || message.length() > MAX_CLIENT_MESSAGE) {
            return false;
        }
        if (RUNTIME_MESSAGE.matcher(message.trim()).matches()) {
            return false;
        }
        return message.chars().noneMatch(c -> Character.isISOControl(c) || c == '\u2028' || c == '\u2029');
    }

    private static Response.ResponseBuilder internal(Throwable e, int status, String instance, Locale l) {
        String correlationId = UUID.randomUUID().toString();
        LOG.error("{} {}: internal error (correlation id {})", status, LogText.of(instance), correlationId, e);
        ProblemType type = ProblemType.INTERNAL;
        Problem p = problem(type.uri(), status == 500 ? type.title().render(l) : reasonPhrase(status), status,
                RestText.message("problem.internal.detail", correlationId).render(l), instance, null);
        p.correlationId = correlationId;
        return build(p);
    }

    private static Problem problem(ProblemType type, String detail, String instance, List<FieldError> errors,
            Locale l) {
        return problem(type.uri(), type.title().render(l), type.status(),
                detail == null || detail.isBlank() ? type.defaultDetail().render(l) : detail, instance, errors);
    }

    private static Problem problem(String type, String title, int status, String detail, String instance,
            List<FieldError> errors) {
        Problem p = new Problem();
        p.type = type;
        p.title = title;
        p.status = status;
        p.detail = detail;
        p.instance = instance;
        p.errors = errors;
        return p;
    }

    private static Response.ResponseBuilder build(Problem p) {
        if (p.correlationId == null) {
            // a refusal: one line, no stack trace (the client was told why; the trail has who, where it matters)
            p.correlationId = UUID.randomUUID().toString();
            if (p.status == 401 ? LOG.isDebugEnabled() : LOG.isInfoEnabled()) {
                String line = "{} {}: {} (correlation id {}, user {})";
                Object[] args = {p.status, LogText.of(p.instance), LogText.of(p.detail), p.correlationId,
                        LogText.of(CallerContext.current().map(Caller::user).orElse(null))};
                if (p.status == 401) {
                    LOG.debug(line, args);
                } else {
                    LOG.info(line, args);
                }
            }
        }
        return Response.status(p.status).type(GuanaiRest.PROBLEM_JSON)
                .header(HttpHeaders.CACHE_CONTROL, "no-store").header(CORRELATION_HEADER, p.correlationId).entity(p);
    }

    private static String reasonPhrase(int status) {
        Response.Status known = Response.Status.fromStatusCode(status);
        return known == null ? "HTTP " + status : known.getReasonPhrase();
    }
}
