package org.guanai.rest.internal.problem;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import org.guanai.registry.api.FieldError;

/** An RFC 9457 problem details body. */
@JsonPropertyOrder({"type", "title", "status", "detail", "instance", "errors", "correlationId"})
public final class Problem {
    public String type;
    public String title;
    public int status;
    public String detail;
    /** The request path. */
    public String instance;
    /** Only on problems about particular fields (validation, conflicts on a field). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public List<FieldError> errors;
    /**
     * Names this answer in the server log (also the {@code X-Correlation-Id} header): a client quoting it lets the
     * administrator find the one log line, and for a server error its stack trace.
     */
    public String correlationId;
}
