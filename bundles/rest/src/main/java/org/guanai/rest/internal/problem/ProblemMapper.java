package org.guanai.rest.internal.problem;

import java.lang.annotation.Annotation;
import java.lang.reflect.Type;

import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.UriInfo;
import javax.ws.rs.ext.ExceptionMapper;
import javax.ws.rs.ext.ParamConverter;
import javax.ws.rs.ext.ParamConverterProvider;

import org.guanai.rest.api.GuanaiRest;
import org.guanai.rest.internal.RestText;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtension;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtensionSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;

/**
 * Every exception becomes problem+json ({@link Problems}); parameters are converted strictly
 * ({@link ParamConverters}) so their errors reach it with a name. One service, because the
 * whiteboard allows one extension per {@code osgi.jaxrs.name} and resources select this one.
 * It selects the JSON extension, which writes its bodies.
 */
@Component(service = {ExceptionMapper.class, ParamConverterProvider.class})
@JaxrsExtension
@JaxrsApplicationSelect(GuanaiRest.SELECT_APPLICATIONS)
@JaxrsName(GuanaiRest.PROBLEM_EXTENSION)
@JaxrsExtensionSelect(GuanaiRest.SELECT_JSON)
public class ProblemMapper implements ExceptionMapper<Throwable>, ParamConverterProvider {
    private final Problems problems = new Problems();
    private final ParamConverters converters = new ParamConverters();

    /** A per-request proxy injected by the JAX-RS runtime. */
    @Context
    UriInfo uriInfo;

    /** The request's headers (a per-request proxy), for the language its {@code Accept-Language} asks for. */
    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(Throwable exception) {
        return problems.toResponse(exception, requestPath(), RestText.language(headers));
    }

    @Override
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        return converters.getConverter(rawType, genericType, annotations);
    }

    private String requestPath() {
        try {
            return uriInfo == null ? null : uriInfo.getRequestUri().getRawPath();
        } catch (RuntimeException e) {
            return null;
        }
    }
}
