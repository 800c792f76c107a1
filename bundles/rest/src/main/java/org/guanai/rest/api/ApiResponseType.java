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
 * Writes (any method but GET/HEAD) that take {@code @Context HttpHeaders}, as
 * {@link Etags#requireIfMatch} needs, are documented with a required {@code If-Match} header
 * and the 412/428 responses.
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

    /** One line saying what the operation does. */
    String summary() default "";
}
