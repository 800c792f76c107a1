package org.guanai.rest.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Describes a resource method for the OpenAPI document served at {@code api/v1/openapi.json}.
 * Optional: without it the document still lists the operation, its parameters and, unless the
 * method returns {@code javax.ws.rs.core.Response}, its body type. Use it to say what a
 * {@code Response} carries and to give the operation a summary:
 *
 * <pre>
 * &#64;GET
 * &#64;ApiResponseType(value = PersonDTO.class, page = true, summary = "List persons")
 * public Page&lt;PersonDTO&gt; list(...)
 *
 * &#64;POST
 * &#64;ApiResponseType(value = PersonDTO.class, status = 201, summary = "Register a person")
 * public Response create(PersonDTO person, &#64;Context UriInfo uriInfo)
 * </pre>
 *
 * Writes other than a create (any method but GET/HEAD, except a POST to the collection itself) that take
 * {@code @Context HttpHeaders}, as {@link Etags#requireIfMatch} needs, are documented with a required
 * {@code If-Match} header, the 412/428 responses and an {@code ETag} on success. A 201 is documented with
 * {@code Location} and {@code ETag}, a 202 with {@code Location}; a GET that answers with {@link Etags#ok}
 * says so with {@link #etag}. Parameters are described with swagger's {@code @Parameter} (query parameters
 * are Strings here: its {@code schema} says what they really take); {@code offset}, {@code limit},
 * {@code township}, {@code village} and the full-view {@code unmask}/{@code reason} are described once for all.
 * Summaries are Chinese, then English.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface ApiResponseType {
    /** The body type of a successful response (the item type when {@link #page} or {@link #list}); {@code Void} for none. */
    Class<?> value() default Void.class;

    /** The body is an {@code org.guanai.registry.api.Page} of {@link #value}. */
    boolean page() default false;

    /** The body is a JSON array of {@link #value}. */
    boolean list() default false;

    /** HTTP status of a successful response, e.g. 201 for a create. */
    int status() default 200;

    /** One line saying what the operation does: Chinese, then English. */
    String summary() default "";

    /** The success response carries the record's {@code ETag} (a GET of one record answering with {@link Etags#ok}). */
    boolean etag() default false;

    /** The one thing it reads may not exist (e.g. a restore staged for the next start): 404 is then documented. */
    boolean mayBeAbsent() default false;
}
