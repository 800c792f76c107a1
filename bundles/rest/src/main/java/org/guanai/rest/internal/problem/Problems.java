package org.guanai.rest.internal.problem;

import java.util.List;
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
import org.guanai.registry.api.NotFoundException;
import org.guanai.registry.api.RegistryException;
import org.guanai.registry.api.StaleVersionException;
import org.guanai.registry.api.ValidationException;
import org.guanai.rest.api.Etags;
import org.guanai.rest.api.GuanaiRest;
import org.guanai.rest.internal.InvalidInputException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every error the API returns, as {@code application/problem+json}. Details are either messages
 * written for clients (registry exceptions, {@link InvalidInputException}, the one-line message of a
 * resource's {@link ForbiddenException}) or fixed texts: never
 * an exception's class, stack trace or a driver's SQL. Unexpected failures are logged with a
 * reference the client can quote.
 */
public final class Problems {
    public static final String BASIC_CHALLENGE = "Basic realm=\"Guanai\"";
    private static final Logger LOG = LoggerFactory.getLogger(Problems.class);
    /** What WebApplicationException makes up when given no message, e.g. "HTTP 403 Forbidden". */
    private static final Pattern RUNTIME_MESSAGE = Pattern.compile("HTTP \\d{3}( .*)?");
    private static final int MAX_CLIENT_MESSAGE = 300;
    private static final List<String> KEPT_HEADERS = List.of(HttpHeaders.ALLOW, HttpHeaders.RETRY_AFTER);

    /** The response for {@code e}, thrown while serving {@code instance} (the request path, may be null). */
    public Response toResponse(Throwable e, String instance) {
        if (e instanceof InvalidInputException) {
            return invalidInput((InvalidInputException) e, instance);
        }
        if (e instanceof ValidationException) {
            return build(problem(ProblemType.VALIDATION, e.getMessage(), instance,
                    ((ValidationException) e).errors())).build();
        }
        if (e instanceof NotFoundException) {
            return build(problem(ProblemType.NOT_FOUND, e.getMessage(), instance, null)).build();
        }
        if (e instanceof ConflictException) {
            String field = ((ConflictException) e).field();
            List<FieldError> errors = field == null ? null : List.of(new FieldError(field, e.getMessage()));
            return build(problem(ProblemType.CONFLICT, e.getMessage(), instance, errors)).build();
        }
        if (e instanceof StaleVersionException) {
            return build(problem(ProblemType.STALE_VERSION, e.getMessage(), instance, null))
                    .tag(Etags.of(((StaleVersionException) e).currentVersion())).build();
        }
        if (e instanceof LimitExceededException) {
            LimitExceededException limit = (LimitExceededException) e;
            if (limit.limit() == LimitExceededException.Limit.SIZE) {
                return build(problem(ProblemType.PAYLOAD_TOO_LARGE, e.getMessage(), instance, null)).build();
            }
            return build(problem(ProblemType.BUSY, e.getMessage(), instance, null))
                    .header(HttpHeaders.RETRY_AFTER, Math.max(1, limit.retryAfterSeconds())).build();
        }
        if (e instanceof AccessRefusedException) {
            return forbidden(instance, e.getMessage());
        }
        if (e instanceof RegistryException) {
            // A refusal the registry has no finer type for yet; its message is written for clients.
            return build(problem(ProblemType.VALIDATION, e.getMessage(), instance, List.of())).build();
        }
        if (e instanceof Etags.PreconditionRequiredException) {
            return build(problem(ProblemType.PRECONDITION_REQUIRED, e.getMessage(), instance, null)).build();
        }
        if (e instanceof Etags.IllegalIfMatchException) {
            return build(problem(ProblemType.MALFORMED_REQUEST, e.getMessage(), instance, null)).build();
        }
        if (e instanceof WebApplicationException) {
            return webApplication((WebApplicationException) e, instance);
        }
        return internal(e, 500, instance).build();
    }

    /** 401 with the Basic challenge. */
    public Response unauthorized(String instance) {
        return unauthorized(instance, ProblemType.UNAUTHORIZED.defaultDetail());
    }

    /** 401 with the Basic challenge and a detail of the caller's choosing (e.g. a temporary lockout). */
    public Response unauthorized(String instance, String detail) {
        return build(problem(ProblemType.UNAUTHORIZED, detail, instance, null))
                .header(HttpHeaders.WWW_AUTHENTICATE, BASIC_CHALLENGE).build();
    }

    /** 403 with {@code detail}, which must name neither roles nor internals. */
    public Response forbidden(String instance, String detail) {
        return build(problem(ProblemType.FORBIDDEN, detail, instance, null)).build();
    }

    private Response invalidInput(InvalidInputException e, String instance) {
        if (e.status() == 413) {
            return build(problem(ProblemType.PAYLOAD_TOO_LARGE, e.getMessage(), instance, null)).build();
        }
        if (e.status() == 404) {
            return build(problem(ProblemType.NOT_FOUND, e.field() + ": " + e.getMessage(), instance, null)).build();
        }
        if (e.field() == null) {
            return build(problem(ProblemType.MALFORMED_REQUEST, e.getMessage(), instance, null)).build();
        }
        return build(problem(ProblemType.VALIDATION, e.field() + ": " + e.getMessage(), instance,
                List.of(new FieldError(e.field(), e.getMessage())))).build();
    }

    /** Errors of the JAX-RS runtime (no such path, method, media type …) keep their status. */
    private Response webApplication(WebApplicationException e, String instance) {
        Response original = e.getResponse();
        if (original == null) {
            return internal(e, 500, instance).build();
        }
        int status = original.getStatus();
        Response.ResponseBuilder builder;
        if (status >= 500) {
            builder = internal(e, status, instance);
        } else {
            ProblemType type = ProblemType.forStatus(status);
            builder = build(type == null
                    ? problem("about:blank", reasonPhrase(status), status, reasonPhrase(status), instance, null)
                    : problem(type, runtimeDetail(type, e, original), instance, null));
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

    private static String runtimeDetail(ProblemType type, WebApplicationException e, Response original) {
        // The runtime signals a parameter it could not convert with 404 (path, query) or 400 (header).
        boolean badParameter = e.getCause() instanceof IllegalArgumentException;
        if (badParameter && (type == ProblemType.NOT_FOUND || type == ProblemType.MALFORMED_REQUEST)) {
            return "a path, query or header parameter has a malformed value";
        }
        if (type == ProblemType.FORBIDDEN && e instanceof ForbiddenException && isForClient(e)) {
            return e.getMessage().trim();
        }
        if (type == ProblemType.METHOD_NOT_ALLOWED) {
            String allow = original.getHeaderString(HttpHeaders.ALLOW);
            if (allow != null && !allow.isBlank()) {
                return type.defaultDetail() + "; allowed: " + allow;
            }
        }
        return type.defaultDetail();
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

    private static Response.ResponseBuilder internal(Throwable e, int status, String instance) {
        String reference = UUID.randomUUID().toString();
        LOG.error("Internal error {} serving {}", reference, instance, e);
        ProblemType type = ProblemType.INTERNAL;
        return build(problem(type.uri(), status == 500 ? type.title() : reasonPhrase(status), status,
                "internal error; see the server log (reference " + reference + ")", instance, null));
    }

    private static Problem problem(ProblemType type, String detail, String instance, List<FieldError> errors) {
        return problem(type.uri(), type.title(), type.status(),
                detail == null || detail.isBlank() ? type.defaultDetail() : detail, instance, errors);
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
        return Response.status(p.status).type(GuanaiRest.PROBLEM_JSON)
                .header(HttpHeaders.CACHE_CONTROL, "no-store").entity(p);
    }

    private static String reasonPhrase(int status) {
        Response.Status known = Response.Status.fromStatusCode(status);
        return known == null ? "HTTP " + status : known.getReasonPhrase();
    }
}
